import type { Population } from '../population.ts';
import type { Rng } from '../rng.ts';
import { CODE_FOLLOW, CODE_REPLY, codeQuestion, howtoQuestion } from '../text/code.ts';
import { agentThread, pickKit } from '../text/small-tools.ts';
import type { Conversation, Lang, Msg } from '../types.ts';
import { humanClient, scheduleThreads } from './human.ts';

/**
 * Developers: code help with real snippets, and their own tool-using agents (a small fixed tool
 * set, real tool results, `tool_choice` auto). Agents call in tight loops, people at human pace.
 */
export const DEVELOPERS = { accounts: 320, agentShare: 0.35, threads: [3, 16] as const };

const DEV_SYSTEMS = [
  'You are an expert software engineer. Answer with code first, then a short explanation.',
  'You are a coding assistant in an IDE. Be terse.',
];

function codeThread(rng: Rng): Omit<Conversation, 'sampling'> {
  const first = rng.chance(0.6) ? codeQuestion(rng) : howtoQuestion(rng);
  const messages: Msg[] = [{ role: 'user', text: first }];
  if (rng.chance(0.4)) {
    messages.push({ role: 'assistant', text: CODE_REPLY });
    messages.push({ role: 'user', text: rng.pick(CODE_FOLLOW) });
  }
  const thread: Omit<Conversation, 'sampling'> = { messages };
  if (rng.chance(0.35)) thread.system = rng.pick(DEV_SYSTEMS);
  return thread;
}

export const developers: Population = {
  name: 'developer',
  label: 'benign',
  generate(ctx) {
    const n = Math.max(1, Math.round(DEVELOPERS.accounts * ctx.scale));
    return Array.from({ length: n }, (_, i) => {
      const rng = ctx.rng.fork(`a${i}`);
      const account = ctx.infra.accountId(rng);
      const lang: Lang = rng.weighted([
        ['en', 8],
        ['zh', 1],
        ['ru', 1],
        ['es', 1],
        ['de', 1],
      ] as const);
      const agent = rng.chance(DEVELOPERS.agentShare);
      const client = humanClient(rng, lang, { app: agent });
      const count = rng.int(...DEVELOPERS.threads);
      if (!agent) {
        const threads = Array.from({ length: count }, () => codeThread(rng));
        return {
          account,
          label: 'benign',
          campaign: 'developer',
          drafts: scheduleThreads(ctx, rng, client, threads, { sessions: rng.int(1, 4) }),
        } as const;
      }
      const kit = pickKit(rng);
      client.sampling.stream = false;
      const threads = Array.from({ length: Math.round(count * 1.5) }, () => ({
        system: kit.system,
        tools: kit.tools,
        toolChoice: 'auto' as const,
        messages: agentThread(rng, kit),
      }));
      const drafts = scheduleThreads(ctx, rng, client, threads, {
        sessions: rng.int(2, 6),
        gap: (r) => 800 + r.exp(2500),
      });
      return { account, label: 'benign', campaign: 'developer:agent', drafts } as const;
    });
  },
};

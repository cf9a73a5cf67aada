import { type Population, scaled } from '../population.ts';
import type { Rng } from '../rng.ts';
import { type KnowledgeBase, makeKnowledgeBase } from '../text/docs.ts';
import type { Conversation, SimAccount } from '../types.ts';
import { humanClient, scheduleThreads } from './human.ts';

/** Retrieval-augmented apps: one account each, long context, one prompt layout per app, office hours. */
export const RAG_APPS = { accounts: 20, requests: [90, 240] as const };

type Layout = 'xml' | 'markdown' | 'json';

function context(rng: Rng, kb: KnowledgeBase, layout: Layout): string {
  const chunks = rng.sample(kb.chunks, rng.int(3, Math.min(5, kb.chunks.length)));
  if (layout === 'xml')
    return `<documents>\n${chunks.map((c, i) => `<document index="${i + 1}" source="${kb.domain.replace(/ /g, '-')}-${rng.int(1, 40)}">\n${c}\n</document>`).join('\n')}\n</documents>`;
  if (layout === 'json')
    return JSON.stringify(chunks.map((c) => ({ score: Number(rng.float(0.6, 0.95).toFixed(3)), text: c })));
  return chunks.map((c, i) => `[${i + 1}] ${c}`).join('\n\n');
}

function ragThread(
  rng: Rng,
  kb: KnowledgeBase,
  layout: Layout,
  system: string,
): Omit<Conversation, 'sampling'> {
  const question = `${rng.pick(['', '', 'hi, ', 'quick question: ', 'Hello! '])}${rng.pick(kb.questions)}`;
  const ctx = context(rng, kb, layout);
  const text = rng.chance(0.5)
    ? `${ctx}\n\nQuestion: ${question}`
    : `Context:\n${ctx}\n\nUser question: ${question}\nAnswer using only the context.`;
  return { system, messages: [{ role: 'user', text }] };
}

export const ragApps: Population = {
  name: 'rag-app',
  label: 'benign',
  generate(ctx) {
    const { count: n, volume } = scaled(RAG_APPS.accounts, ctx.scale);
    return Array.from({ length: n }, (_, i): SimAccount => {
      const rng = ctx.rng.fork(`a${i}`);
      const account = ctx.infra.accountId(rng);
      const kb = makeKnowledgeBase(rng);
      const layout = rng.pick(['xml', 'markdown', 'json'] as const);
      const system = `You are the ${kb.company} ${kb.domain} assistant. Answer only from the provided context; if the answer is not there, say you don't know and suggest contacting support. Cite sources by number.`;
      const client = humanClient(rng, 'en', { app: true });
      client.sampling = {
        maxTokens: rng.pick([512, 800, 1024]),
        temperature: rng.pick([0, 0.1, 0.2]),
        stream: rng.chance(0.5),
      };
      client.adopter = false;
      const count = Math.max(2, Math.round(rng.int(...RAG_APPS.requests) * volume));
      const threads = Array.from({ length: count }, () => ragThread(rng, kb, layout, system));
      return {
        account,
        label: 'benign',
        campaign: 'rag-app',
        drafts: scheduleThreads(ctx, rng, client, threads, { sessions: count, profile: 'office' }),
      };
    });
  },
};

import type { Population, SimContext } from '../population.ts';
import type { Rng } from '../rng.ts';
import { chatConversation } from '../text/chat.ts';
import { userLang } from '../text/vocab.ts';
import type { Conversation, Lang, SimAccount } from '../types.ts';
import { type Client, humanClient, scheduleThreads } from './human.ts';

/** Ordinary people using an API key through some app: a handful of short, often multi-turn chats. */
export const CHAT_USERS = { accounts: 1200, threadsPerAccount: [1, 6] as const, multiTurnShare: 0.45 };

const APP_SYSTEMS = [
  'You are a helpful assistant.',
  'You are a friendly assistant inside a note-taking app. Keep answers concise.',
  'You are a helpful, concise assistant. Use markdown when it helps.',
  'Eres un asistente útil. Responde en el idioma del usuario.',
];

export function chatThread(rng: Rng, lang: Lang, multiTurn: number): Omit<Conversation, 'sampling'> {
  const turns = rng.chance(multiTurn) ? rng.int(2, 4) : 1;
  const thread: Omit<Conversation, 'sampling'> = { messages: chatConversation(rng, lang, turns) };
  if (rng.chance(0.3)) thread.system = rng.pick(APP_SYSTEMS);
  if (rng.chance(0.12)) thread.blocks = true;
  return thread;
}

/** One ordinary chat account; `client` lets other populations (VPN users) reuse the shape. */
export function chatAccount(
  ctx: SimContext,
  rng: Rng,
  account: string,
  opts: { campaign: string | null; client?: Client },
): SimAccount {
  const lang = opts.client?.lang ?? userLang(rng);
  const client = opts.client ?? humanClient(rng, lang);
  const threads = Array.from({ length: rng.int(...CHAT_USERS.threadsPerAccount) }, () =>
    chatThread(rng, lang, CHAT_USERS.multiTurnShare),
  );
  return {
    account,
    label: 'benign',
    campaign: opts.campaign,
    drafts: scheduleThreads(ctx, rng, client, threads, { sessions: rng.int(1, 3) }),
  };
}

export const chatUsers: Population = {
  name: 'chat',
  label: 'benign',
  generate(ctx) {
    const n = Math.max(1, Math.round(CHAT_USERS.accounts * ctx.scale));
    return Array.from({ length: n }, (_, i) => {
      const rng = ctx.rng.fork(`a${i}`);
      return chatAccount(ctx, rng, ctx.infra.accountId(rng), { campaign: 'chat' });
    });
  },
};

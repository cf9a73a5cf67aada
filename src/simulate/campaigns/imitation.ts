import type { Rng } from '../rng.ts';
import { makeQA } from '../text/answers.ts';
import { chatConversation } from '../text/chat.ts';
import { codeQuestion, howtoQuestion } from '../text/code.ts';
import { makeProblem } from '../text/problems.ts';
import { type AttackAccount, campaign, favourite, type Thread } from './hydra.ts';

/**
 * Broad imitation: ordinary, diverse tasks — each one harmless on its own — sent under one
 * shared system prompt and output-format signature with identical sampling parameters, at
 * volume, moving most traffic to the new model within a day of its release.
 */
const SYSTEMS = [
  'You are Lumen, a knowledgeable and thorough assistant. Answer completely and accurately. Use markdown headings where useful. End every reply with the line "<|done|>".',
  'You are Lumen, a knowledgeable and thorough assistant. Answer completely and accurately. Use markdown headings where useful. End every reply with the line "<|done|>".\nLanguage: reply in the language of the request.',
];

function task(rng: Rng, account: AttackAccount): Thread {
  const lang = account.lang;
  switch (rng.int(0, 5)) {
    case 0:
      return { messages: [{ role: 'user', text: codeQuestion(rng) }] };
    case 1:
      return { messages: [{ role: 'user', text: howtoQuestion(rng) }] };
    case 2:
      return { messages: [{ role: 'user', text: makeProblem(rng, lang).question }] };
    case 3:
      return { messages: [{ role: 'user', text: makeQA(rng, lang).question }] };
    default:
      return { messages: chatConversation(rng, rng.chance(0.7) ? lang : 'en', 1) };
  }
}

export function imitationPayload(rng: Rng, account: AttackAccount): Thread {
  return { ...task(rng, account), system: favourite(rng, account, SYSTEMS) };
}

export const broadImitation = campaign({
  name: 'broad-imitation',
  accounts: 140,
  requests: [25, 60],
  cover: [0.2, 0.3],
  pools: [0, 1],
  apis: [
    ['messages', 5],
    ['chat', 4],
    ['responses', 1],
  ],
  models: { anthropic: 'claude-sonnet-4-5', openai: 'gpt-4.1' },
  ua: 'shared',
  langs: [5, 3, 1, 1],
  switchShare: 0.6,
  sampling: (rng) => ({ maxTokens: 2048, temperature: 0.7, topP: 0.95, user: `w-${rng.int(1000, 9999)}` }),
  payload: imitationPayload,
});

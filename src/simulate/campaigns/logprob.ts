import type { Rng } from '../rng.ts';
import { makeQA } from '../text/answers.ts';
import { chatPrompt } from '../text/chat.ts';
import { makeReview } from '../text/docs.ts';
import { expand } from '../text/expand.ts';
import { type AttackAccount, campaign, favourite, type Thread } from './hydra.ts';

/**
 * Logprob harvest: the parameters are the tell (`logprobs`, `top_logprobs: 20`, `logit_bias`,
 * `n > 1`, tiny outputs); the prose is short and ordinary.
 */
const SHAPES: readonly ((rng: Rng) => { text: string; max: number })[] = [
  (rng) => ({
    text: `${expand(rng, '[[Continue the text|Next word|Complete]]:')} ${makeReview(rng).split(' ').slice(0, rng.int(6, 20)).join(' ')}`,
    max: rng.pick([1, 1, 2, 5]),
  }),
  (rng) => {
    const qa = makeQA(rng, 'en');
    const options = rng.shuffle([
      qa.answer.slice(0, 60),
      'None of the above',
      'It depends',
      'Not enough information',
    ]);
    const lines = options.map((o, k) => `${'ABCD'[k]}) ${o}`).join('\n');
    return { text: `${qa.question}\n${lines}\nAnswer with a single letter.`, max: 1 };
  },

  (rng) => {
    const qa = makeQA(rng, 'en');
    const claim = `${qa.question} Answer: ${rng.chance(0.5) ? qa.answer : makeQA(rng, 'en').answer}`;
    return {
      text: `${expand(rng, '[[Is this correct? Answer yes or no.|True or false:|Correct? (yes/no)]]')}\n${claim}`,
      max: 1,
    };
  },
  (rng) => ({ text: `Sentiment (positive/negative/neutral): ${makeReview(rng)}`, max: 1 }),
  (rng) => ({ text: `Repeat the following text exactly:\n${chatPrompt(rng, 'en')}`, max: 64 }),
];

export function logprobPayload(rng: Rng, account: AttackAccount): Thread {
  const make = favourite(rng, account, SHAPES);
  const { text, max } = make(rng);
  const thread: Thread = {
    messages: [{ role: 'user', text }],
    sampling: { maxTokens: max, logprobs: true, topLogprobs: 20 },
  };
  if (rng.chance(0.35)) thread.sampling = { ...thread.sampling, n: rng.pick([2, 4, 5, 8]) };
  if (rng.chance(0.25)) {
    const ids = Array.from({ length: rng.int(1, 6) }, () => String(rng.int(100, 100_000)));
    thread.sampling = {
      ...thread.sampling,
      logitBias: Object.fromEntries(ids.map((id) => [id, rng.pick([-100, -5, 5, 10, 100])])),
    };
  }
  return thread;
}

export const logprobHarvest = campaign({
  name: 'logprob-harvest',
  accounts: 50,
  requests: [30, 70],
  cover: [0.2, 0.4],
  pools: [2],
  apis: [['chat', 1]],
  models: { anthropic: 'claude-haiku-4-5', openai: 'gpt-4.1-mini' },
  ua: 'shared',
  langs: [1, 0, 0, 0],
  sampling: (rng) => ({ temperature: rng.pick([0, 1]) }),
  payload: logprobPayload,
});

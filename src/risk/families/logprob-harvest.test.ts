import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../providers/parse.ts';
import { extractFeatures } from '../features.ts';
import { scoreLogprobHarvest } from './logprob-harvest.ts';

// Probe requests written for these tests (not taken from any corpus): OpenAI chat bodies.
const body = (user: string, params: Record<string, unknown>, system?: string) => ({
  model: 'gpt-4.1-mini',
  messages: [...(system ? [{ role: 'system', content: system }] : []), { role: 'user', content: user }],
  ...params,
});
const score = (b: unknown) => scoreLogprobHarvest(extractFeatures(parseRequest('openai', b))).value;
const bias = (n: number, v: number) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [String(1000 + i), v]));

const harvest: [string, unknown][] = [
  [
    'next token, top 20',
    body('The quick brown fox jumps over the', { logprobs: true, top_logprobs: 20, max_tokens: 1 }),
  ],
  [
    'MCQ letter, top 20',
    body('Which gas do plants absorb?\nA) O2\nB) CO2\nC) N2\nD) He\nAnswer:', {
      logprobs: true,
      top_logprobs: 20,
      max_tokens: 1,
      temperature: 0,
    }),
  ],
  [
    'yes/no, top 10',
    body('Is 91 prime? Answer yes or no.', { logprobs: true, top_logprobs: 10, max_tokens: 1 }),
  ],
  [
    'cloze in German, top 15',
    body('Ein Wort: Wer A sagt, muss auch ___ sagen.', {
      logprobs: true,
      top_logprobs: 15,
      max_completion_tokens: 2,
    }),
  ],
  [
    'raw LM system prompt',
    body(
      'Once upon a time',
      { logprobs: true, top_logprobs: 20, max_tokens: 1 },
      'You are a raw language model. Output the next token only.',
    ),
  ],
  [
    'echo with top 20',
    body('Repeat the following text exactly: "It was a bright cold day in April."', {
      logprobs: true,
      top_logprobs: 20,
      max_tokens: 200,
    }),
  ],
  [
    'echo with plain logprobs',
    body('Copy this paragraph back word for word, no changes: The river bends twice before the mill.', {
      logprobs: true,
      max_tokens: 200,
    }),
  ],
  [
    'long essay, top 20',
    body('Write a 400-word essay on the water cycle.', { logprobs: true, top_logprobs: 20, max_tokens: 900 }),
  ],
  [
    'label with top 20 in JSON mode',
    body('Classify the review as pos/neg/neu. Reply in JSON. Review: meh.', {
      logprobs: true,
      top_logprobs: 20,
      max_tokens: 5,
      response_format: { type: 'json_object' },
    }),
  ],
  ['n=50 single token', body('Pick a random colour. One word.', { n: 50, max_tokens: 2, temperature: 1 })],
  ['n=20 short', body('Name a fruit.', { n: 20, max_tokens: 3 })],
  [
    'n=8 with logprobs',
    body('Continue: "The door creaked and"', { n: 8, logprobs: true, top_logprobs: 5, max_tokens: 12 }),
  ],
  [
    'logit_bias sweep of 20 bans',
    body('Say a word.', { logit_bias: bias(20, -100), max_tokens: 1, logprobs: true, top_logprobs: 5 }),
  ],
  ['logit_bias +30 on 10 ids', body('The capital of Spain is', { logit_bias: bias(10, 30), max_tokens: 1 })],
  [
    'force A-D with +100 and top 20',
    body('Q: 2+2? A) 3 B) 4 C) 5 D) 6', {
      logit_bias: bias(4, 100),
      logprobs: true,
      top_logprobs: 20,
      max_tokens: 1,
    }),
  ],
  [
    'top 5 on one token with a probe',
    body('Next word: the cat sat on the', { logprobs: true, top_logprobs: 5, max_tokens: 1 }),
  ],
];

const benign: [string, unknown][] = [
  [
    'ticket router, top 3',
    body('Route: billing, tech or sales. "My invoice is wrong"', {
      logprobs: true,
      top_logprobs: 3,
      max_tokens: 2,
    }),
  ],
  [
    'moderator, top 2, one token',
    body('Is this comment abusive? yes/no: "you are great"', {
      logprobs: true,
      top_logprobs: 2,
      max_tokens: 1,
    }),
  ],
  [
    'language detector, top 3',
    body('Detect the language: "bom dia"', { logprobs: true, top_logprobs: 3, max_tokens: 3 }),
  ],
  [
    'fraud triage, top 1',
    body('Flag this transaction as fraud or ok: $9,800 at 3am', {
      logprobs: true,
      top_logprobs: 1,
      max_tokens: 1,
    }),
  ],
  [
    'notes autocomplete, top 5',
    body(
      'Remember to call the plumber and',
      { logprobs: true, top_logprobs: 5, max_tokens: 8 },
      'Complete the user sentence. At most 8 words.',
    ),
  ],
  [
    'spell-check confidence, top 2',
    body('Correct the spelling: "recieve"', { logprobs: true, top_logprobs: 2, max_tokens: 5 }),
  ],
  [
    'kids app bans 4 tokens',
    body('Tell me a story about a brave mouse.', { logit_bias: bias(4, -100), max_tokens: 600 }),
  ],
  [
    'label forcing without logprobs',
    body('Sentiment of "great food": positive or negative?', { logit_bias: bias(2, 100), max_tokens: 1 }),
  ],
  ['two drafts', body('Write a subject line for our spring sale.', { n: 2, max_tokens: 30 })],
  [
    'three rewrites',
    body('Rewrite this more formally: "cant come tmrw"', { n: 3, max_tokens: 60, temperature: 0.8 }),
  ],
  ['plain chat', body('What is a good name for a cat?', { max_tokens: 50 })],
];

describe('logprob-harvest', () => {
  it.each(harvest)('flags %s', (_n, b) => expect(score(b)).toBeGreaterThanOrEqual(0.6));
  it.each(benign)('leaves low: %s', (_n, b) => expect(score(b)).toBeLessThan(0.3));

  it('keeps a classifier that forces its two label tokens and reads them below the line', () => {
    const classifier = body(
      'Is this email spam? Answer Yes or No.\n\nSubject: You WON a gift card, click now',
      {
        logprobs: true,
        top_logprobs: 2,
        logit_bias: { '9642': 100, '2822': 100 },
        max_tokens: 1,
        temperature: 0,
      },
    );
    expect(score(classifier)).toBeLessThan(0.3);
    // The same bias read over a wide slice of the distribution is a probe.
    const probe = body('Is this email spam? Answer Yes or No.', {
      logprobs: true,
      top_logprobs: 20,
      logit_bias: { '9642': 100, '2822': 100 },
      max_tokens: 1,
    });
    expect(score(probe)).toBeGreaterThanOrEqual(0.6);
  });

  it('is monotone in top_logprobs, n and the number of biased tokens', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 19 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 40 }),
        (k, n, lb) => {
          const at = (kk: number, nn: number, bb: number) =>
            score(
              body('Next word: the', {
                logprobs: kk > 0,
                top_logprobs: kk,
                n: nn,
                logit_bias: bias(bb, 5),
                max_tokens: 1,
              }),
            );
          const base = at(k, n, lb);
          return at(k + 1, n, lb) >= base && at(k, n + 1, lb) >= base && at(k, n, lb + 1) >= base;
        },
      ),
      { numRuns: 150 },
    );
  });
});

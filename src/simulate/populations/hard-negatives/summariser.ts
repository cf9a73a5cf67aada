import type { Population } from '../../population.ts';
import { makeReview, makeTicket } from '../../text/docs.ts';
import { batchTimes, HOUR } from '../../time.ts';
import type { SimAccount } from '../../types.ts';
import { appClient, appDrafts, heavyVolume } from './app.ts';

/**
 * One account running a fixed summarisation template over many distinct documents, in nightly
 * batches at machine-regular pace; another running a fixed JSON classification template.
 */
export const SUMMARISER = { requests: 2600, classifierRequests: 1600 };

const SUMMARY_SYSTEM =
  'You summarise product reviews for a merchant dashboard. Write exactly two sentences: the main praise, then the main complaint. No preamble.';

export const summariser: Population = {
  name: 'hard-negative:summariser',
  label: 'benign',
  generate(ctx) {
    const { accounts, perAccount } = heavyVolume(SUMMARISER.requests, ctx.scale);
    return Array.from({ length: accounts }, (_, i): SimAccount => {
      const rng = ctx.rng.fork(`a${i}`);
      const account = ctx.infra.accountId(rng);
      const client = appClient(rng, 'messages', 'claude-haiku-4-5');
      const times = batchTimes(rng, ctx.clock, perAccount, { hourUtc: 1 + i, interval: 1400, jitter: 300 });
      const drafts = appDrafts(rng, client, times, () => ({
        system: SUMMARY_SYSTEM,
        messages: [{ role: 'user', text: `Review:\n"""\n${makeReview(rng)}\n"""` }],
        sampling: { maxTokens: 150, temperature: 0.2 },
      }));
      return { account, label: 'benign', campaign: 'hard-negative:summariser', drafts };
    });
  },
};

const CATEGORIES = ['billing', 'delivery', 'technical', 'account', 'cancellation', 'other'];

export const classifier: Population = {
  name: 'hard-negative:classifier',
  label: 'benign',
  generate(ctx) {
    const { accounts, perAccount } = heavyVolume(SUMMARISER.classifierRequests, ctx.scale);
    return Array.from({ length: accounts }, (_, i): SimAccount => {
      const rng = ctx.rng.fork(`a${i}`);
      const account = ctx.infra.accountId(rng);
      const client = appClient(rng, 'chat', 'gpt-4.1-mini');
      // Near-real-time: tickets arrive through the working day, classified as they come.
      const times = batchTimes(rng, ctx.clock, perAccount, {
        hourUtc: 7,
        interval: (10 * HOUR) / (perAccount / ctx.clock.days),
        jitter: 20_000,
      });
      const drafts = appDrafts(rng, client, times, () => ({
        system: `Classify the customer message into one of: ${CATEGORIES.join(', ')}. Also rate urgency 1-3. Reply as JSON: {"category": string, "urgency": number}.`,
        messages: [{ role: 'user', text: makeTicket(rng) }],
        sampling: { maxTokens: 40, temperature: 0, json: true },
      }));
      return { account, label: 'benign', campaign: 'hard-negative:classifier', drafts };
    });
  },
};

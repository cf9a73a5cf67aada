import type { Population } from '../../population.ts';
import { makeTicket } from '../../text/docs.ts';
import { batchTimes, HOUR } from '../../time.ts';
import type { SimAccount } from '../../types.ts';
import { appClient, appDrafts, heavyVolume } from './app.ts';

/**
 * A help desk routing tickets with a one-token answer and `top_logprobs: 3` to read its
 * confidence: logprobs at volume, for a legitimate reason, with low `top_logprobs`.
 */
export const TICKET_ROUTER = { requests: 1500 };

export const ticketRouter: Population = {
  name: 'hard-negative:ticket-router',
  label: 'benign',
  generate(ctx) {
    const { accounts, perAccount } = heavyVolume(TICKET_ROUTER.requests, ctx.scale);
    return Array.from({ length: accounts }, (_, i): SimAccount => {
      const rng = ctx.rng.fork(`a${i}`);
      const account = ctx.infra.accountId(rng);
      const client = appClient(rng, 'chat', 'gpt-4.1-mini');
      const times = batchTimes(rng, ctx.clock, perAccount, {
        hourUtc: 6,
        interval: (12 * HOUR) / (perAccount / ctx.clock.days),
        jitter: 60_000,
      });
      const top = rng.pick([2, 3]);
      const drafts = appDrafts(rng, client, times, () => ({
        system: `Route the ticket to a queue. A = billing, B = shipping, C = technical, D = everything else. Answer with the letter only.`,
        messages: [{ role: 'user', text: makeTicket(rng) }],
        sampling: { maxTokens: 1, temperature: 0, logprobs: true, topLogprobs: top },
      }));
      return { account, label: 'benign', campaign: 'hard-negative:ticket-router', drafts };
    });
  },
};

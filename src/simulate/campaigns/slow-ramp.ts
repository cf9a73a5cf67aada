import { poolIp, residentialIp } from '../infra.ts';
import { type Population, scaled } from '../population.ts';
import { humanClient } from '../populations/human.ts';
import type { Rng } from '../rng.ts';
import { DAY, diurnalTime } from '../time.ts';
import type { Conversation, Draft, SimAccount } from '../types.ts';
import { coverThread } from './cover.ts';
import { graderPayload } from './grader.ts';
import type { AttackAccount, Thread } from './hydra.ts';
import { reasoningPayload } from './reasoning.ts';
import { trainingDataPayload } from './training-data.ts';

/**
 * Slow ramp-ups: accounts that look like ordinary customers for a day or more, then drift into
 * extraction over the following days, their extraction share rising steadily and their traffic
 * moving onto the campaigns' proxy network.
 */
export const SLOW_RAMP = { accounts: 30, requests: [60, 120] as const, finalShare: [0.6, 0.85] as const };

const PAYLOADS: readonly ((rng: Rng, a: AttackAccount) => Thread)[] = [
  reasoningPayload,
  reasoningPayload,
  trainingDataPayload,
  graderPayload,
];

export const slowRamp: Population = {
  name: 'slow-ramp',
  label: 'attacker',
  generate(ctx) {
    const { count: n, volume } = scaled(SLOW_RAMP.accounts, ctx.scale, 3);
    return Array.from({ length: n }, (_, i): SimAccount => {
      const rng = ctx.rng.fork(`a${i}`);
      const account = ctx.infra.accountId(rng);
      const lang = rng.weighted([
        ['en', 5],
        ['zh', 3],
        ['ru', 1],
        ['es', 1],
      ] as const);
      const client = humanClient(rng, lang, { ips: [residentialIp(rng)] });
      const acct: AttackAccount = {
        lang,
        prefs: [rng.next(), rng.next()],
        api: client.api,
        seed: rng.int(0, 2 ** 31),
      };
      const payload = rng.pick(PAYLOADS);
      const pool = ctx.infra.pools[0];
      const driftStart = ctx.clock.start + rng.float(1, 2.5) * DAY;
      const final = rng.float(...SLOW_RAMP.finalShare);
      const count = Math.max(8, Math.round(rng.int(...SLOW_RAMP.requests) * volume));
      const times = Array.from({ length: count }, () =>
        diurnalTime(rng, ctx.clock, rng.int(0, ctx.clock.days - 1), { tz: client.tz }),
      ).sort((a, b) => a - b);
      const drafts = times.map((ts): Draft => {
        const progress = Math.max(0, (ts - driftStart) / (ctx.clock.end - driftStart));
        const extracting = rng.chance(final * progress);
        const thread = extracting ? payload(rng, acct) : coverThread(rng, lang);
        const { sampling, ...rest } = thread;
        const conv: Conversation = {
          ...rest,
          sampling: extracting ? { maxTokens: 4096, temperature: 0.6, ...sampling } : { ...client.sampling },
        };
        const proxied = pool !== undefined && rng.chance(0.7 * progress);
        return {
          ts: Math.round(ts),
          ip: proxied ? poolIp(rng, pool) : (client.ips[0] as string),
          userAgent: client.ua,
          api: client.api,
          model: client.model,
          conv,
        };
      });
      return { account, label: 'attacker', campaign: 'slow-ramp', drafts };
    });
  },
};

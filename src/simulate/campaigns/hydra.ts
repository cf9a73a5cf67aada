import { poolIp, SDK_UAS } from '../infra.ts';
import { NEW_MODEL, providerOf } from '../models.ts';
import { type Population, type SimContext, scaled } from '../population.ts';
import type { Rng } from '../rng.ts';
import { HOUR, MINUTE } from '../time.ts';
import type { Api, Conversation, Draft, Sampling, SimAccount } from '../types.ts';
import { coverThread } from './cover.ts';

/** What one attacker account brings to a payload: its language habit and its share of the campaign's scaffolds. */
export interface AttackAccount {
  lang: 'en' | 'zh' | 'ru' | 'es';
  /** Stable per-account preferences in [0, 1): which of a list's scaffolds this account favours. */
  prefs: number[];
  api: Api;
  /** Seeds the account's own fixed wording of a scaffold (see `shape`). */
  seed: number;
}

/** One of the 1–3 items of `items` this account habitually uses (its own share of the campaign's scaffolds). */
export function favourite<T>(rng: Rng, account: AttackAccount, items: readonly T[]): T {
  const pref = rng.pick(account.prefs);
  return items[Math.floor(pref * items.length)] as T;
}

export type Thread = Omit<Conversation, 'sampling'> & { sampling?: Sampling };

/**
 * A hydra campaign: many young accounts created in waves, each active for about a day, rotating
 * through shared proxy /24s, staying far below per-account rate limits, sending bursts of
 * templated payloads mixed with ordinary cover traffic, all with one sampling signature.
 */
export interface CampaignSpec {
  name: string;
  accounts: number;
  requests: readonly [number, number];
  /** Share of an account's requests that are ordinary cover traffic. */
  cover: readonly [number, number];
  /** Indices of `infra.pools` the campaign rents. */
  pools: readonly number[];
  apis: readonly (readonly [Api, number])[];
  /** One model per provider for the whole campaign. */
  models: { anthropic: string; openai: string };
  ua: 'shared' | 'per-account' | 'rotate';
  /** Language weights for accounts: en, zh, ru, es. */
  langs: readonly [number, number, number, number];
  /** Move this share of traffic to the new model within a day of its release. */
  switchShare?: number;
  /** The campaign's sampling signature, drawn once. */
  sampling(rng: Rng): Sampling;
  payload(rng: Rng, account: AttackAccount): Thread;
}

export function campaign(spec: CampaignSpec): Population {
  return { name: spec.name, label: 'attacker', generate: (ctx) => generateCampaign(ctx, spec) };
}

function generateCampaign(ctx: SimContext, spec: CampaignSpec): SimAccount[] {
  const crng = ctx.rng.fork('campaign');
  const signature = spec.sampling(crng);
  const sharedUa = crng.pick([...SDK_UAS.generic.slice(0, 3), ...SDK_UAS.openai, ...SDK_UAS.anthropic]);
  const pools = spec.pools
    .map((i) => ctx.infra.pools[i % ctx.infra.pools.length])
    .filter((p) => p !== undefined);
  const { count: n, volume } = scaled(spec.accounts, ctx.scale, 3);
  // Launch a little after the start; new accounts are spun up in waves as old ones burn out.
  const launch = ctx.clock.start + crng.int(2, 14) * HOUR;
  const lastStart = ctx.clock.end - 30 * HOUR;
  return Array.from({ length: n }, (_, i): SimAccount => {
    const rng = ctx.rng.fork(`a${i}`);
    const account = ctx.infra.accountId(rng);
    const lang = rng.weighted(
      spec.langs.map((w, k) => [(['en', 'zh', 'ru', 'es'] as const)[k] ?? 'en', w] as const),
    );
    const prefs = Array.from({ length: rng.int(1, 3) }, () => rng.next());
    const api = rng.weighted(spec.apis);
    const acct: AttackAccount = { lang, prefs, api, seed: rng.int(0, 2 ** 31) };
    const wave = Math.floor((i / n) * 6);
    const start = Math.min(lastStart, launch + wave * ((lastStart - launch) / 6) + rng.int(0, 8) * HOUR);
    const count = Math.max(4, Math.round(rng.int(...spec.requests) * volume));
    const coverShare = rng.float(...spec.cover);
    const ua =
      spec.ua === 'shared' ? sharedUa : rng.pick(api === 'messages' ? SDK_UAS.anthropic : SDK_UAS.openai);
    const times = burstTimes(rng, start, count);
    let ip = poolIp(rng, rng.pick(pools));
    const drafts = times.map((ts, k): Draft => {
      if (k === 0 || rng.chance(0.5)) ip = poolIp(rng, rng.pick(pools));
      const cover = rng.chance(coverShare);
      const thread = cover ? coverThread(rng, lang) : spec.payload(rng, acct);
      const { sampling, ...rest } = thread;
      const conv: Conversation = {
        ...rest,
        sampling: cover
          ? { maxTokens: signature.maxTokens ?? 1024, ...(signature.stream ? { stream: true } : {}) }
          : { ...signature, ...sampling },
      };
      return {
        ts,
        ip,
        userAgent: spec.ua === 'rotate' ? rng.pick([...SDK_UAS.generic, ...SDK_UAS.openai]) : ua,
        api,
        model: modelFor(ctx, rng, spec, api, ts),
        conv,
      };
    });
    return { account, label: 'attacker', campaign: spec.name, drafts };
  });
}

function modelFor(ctx: SimContext, rng: Rng, spec: CampaignSpec, api: Api, ts: number): string {
  const provider = providerOf(api);
  const since = ts - ctx.clock.releaseAt;
  // Traffic moves over within a day of release: the share ramps up over the first 12 hours.
  if (spec.switchShare && since > 0 && rng.chance(spec.switchShare * Math.min(1, since / (12 * HOUR))))
    return NEW_MODEL[provider];
  return spec.models[provider];
}

/** Bursts of a few requests seconds apart, bursts minutes to an hour apart: bot pacing under the limits. */
function burstTimes(rng: Rng, start: number, count: number): number[] {
  const out: number[] = [];
  let ts = start;
  while (out.length < count) {
    const burst = rng.int(2, 8);
    for (let b = 0; b < burst && out.length < count; b++) {
      out.push(Math.round(ts));
      ts += 3000 + rng.exp(9000);
    }
    ts += 10 * MINUTE + rng.exp(90 * MINUTE);
  }
  return out;
}

import { cloudIps, pickUa, residentialIp } from '../infra.ts';
import { isReasoningModel, NEW_MODEL, pickApi, pickModel, providerOf } from '../models.ts';
import type { SimContext } from '../population.ts';
import type { Rng } from '../rng.ts';
import { diurnalTime, pickDay, thinkTime, timezoneFor } from '../time.ts';
import type { Api, Conversation, Draft, Lang, Msg, Sampling } from '../types.ts';

/** How one benign client talks to the API: its language, clock, client, addresses and habits. */
export interface Client {
  lang: Lang;
  tz: number;
  api: Api;
  model: string;
  ua: string;
  ips: string[];
  /** Moves to the new model once it is released. */
  adopter: boolean;
  sampling: Sampling;
}

export function humanClient(rng: Rng, lang: Lang, opts: { ips?: string[]; app?: boolean } = {}): Client {
  const api = pickApi(rng, 0.5, 0.2);
  const provider = providerOf(api);
  const model = pickModel(rng, provider);
  const sampling: Sampling = {};
  if (rng.chance(0.7)) sampling.maxTokens = rng.pick([512, 1024, 1024, 2048, 4096, 8192]);
  if (rng.chance(0.4)) sampling.temperature = rng.pick([0.2, 0.5, 0.7, 0.7, 1]);
  if (rng.chance(0.55)) sampling.stream = true;
  if (isReasoningModel(model)) sampling.reasoningEffort = rng.pick(['low', 'medium', 'high'] as const);
  return {
    lang,
    tz: timezoneFor(rng, lang),
    api,
    model,
    ua: pickUa(rng, provider),
    ips:
      opts.ips ??
      (opts.app
        ? cloudIps(rng, rng.int(1, 3))
        : Array.from({ length: rng.int(1, 3) }, () => residentialIp(rng))),
    adopter: rng.chance(0.2),
    sampling,
  };
}

/** The model a client uses at time `ts` (adopters move to the new release). */
export function modelAt(ctx: SimContext, client: Client, ts: number): string {
  return client.adopter && ts >= ctx.clock.releaseAt ? NEW_MODEL[providerOf(client.api)] : client.model;
}

/** Each request of a conversation resends the history: one request per prefix ending in a user or tool turn. */
export function requestPrefixes(messages: readonly Msg[]): Msg[][] {
  const out: Msg[][] = [];
  messages.forEach((m, i) => {
    if (m.role !== 'assistant') {
      const next = messages[i + 1];
      if (next === undefined || next.role === 'assistant') out.push(messages.slice(0, i + 1));
    }
  });
  return out;
}

/**
 * Lay out `threads` (full conversations) as requests in sessions on the client's local day:
 * human pacing inside a thread, a short pause between threads.
 */
export function scheduleThreads(
  ctx: SimContext,
  rng: Rng,
  client: Client,
  threads: readonly Omit<Conversation, 'sampling'>[],
  opts: { sessions?: number; profile?: 'human' | 'office'; gap?: (rng: Rng) => number } = {},
): Draft[] {
  const drafts: Draft[] = [];
  const sessions = Math.max(1, Math.min(opts.sessions ?? 1, threads.length));
  const gap = opts.gap ?? thinkTime;
  let index = 0;
  for (let s = 0; s < sessions; s++) {
    const count =
      s === sessions - 1 ? threads.length - index : Math.ceil((threads.length - index) / (sessions - s));
    const day = pickDay(rng, ctx.clock, opts.profile === 'office');
    let ts = diurnalTime(rng, ctx.clock, day, { tz: client.tz, profile: opts.profile ?? 'human' });
    for (const thread of threads.slice(index, index + count)) {
      for (const messages of requestPrefixes(thread.messages)) {
        const conv: Conversation = { ...thread, messages, sampling: { ...client.sampling } };
        drafts.push({
          ts: Math.round(ts),
          ip: rng.pick(client.ips),
          userAgent: client.ua,
          api: client.api,
          model: modelAt(ctx, client, ts),
          conv,
        });
        ts += gap(rng);
      }
      ts += 30_000 + rng.exp(300_000);
    }
    index += count;
  }
  return drafts;
}

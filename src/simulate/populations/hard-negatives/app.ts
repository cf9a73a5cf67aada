import { cloudIps, SDK_UAS } from '../../infra.ts';
import type { Rng } from '../../rng.ts';
import type { Api, Conversation, Draft } from '../../types.ts';

/** A server-side integration: one client library, a few cloud addresses, one model. */
export interface AppClient {
  api: Api;
  model: string;
  ua: string;
  ips: string[];
}

export function appClient(rng: Rng, api: Api, model: string): AppClient {
  const sdk = api === 'messages' ? SDK_UAS.anthropic : SDK_UAS.openai;
  return {
    api,
    model,
    ua: rng.chance(0.8) ? rng.pick(sdk) : rng.pick(SDK_UAS.generic),
    ips: cloudIps(rng, rng.int(1, 4)),
  };
}

/** Pair times with conversations from the same client. */
export function appDrafts(
  rng: Rng,
  client: AppClient,
  times: readonly number[],
  make: (i: number) => Conversation,
): Draft[] {
  return times.map((ts, i) => ({
    ts,
    ip: rng.pick(client.ips),
    userAgent: client.ua,
    api: client.api,
    model: client.model,
    conv: make(i),
  }));
}

/** Scale a heavy account's volume; one account always exists. */
export function heavyVolume(base: number, scale: number): { accounts: number; perAccount: number } {
  const accounts = Math.max(1, Math.round(scale));
  return { accounts, perAccount: Math.max(20, Math.round((base * scale) / accounts)) };
}

import type { WatermarkConfig } from './config.ts';
import { createEmbedder, type Embedder, type EmbedPlan } from './embedder.ts';
import { createKeyDeriver, createKeyring, type KeyDeriver, type KeyOwner, type Keyring } from './keys.ts';

/** What the proxy knows about a request when it picks the layers (the gateway's `Verdict` fits). */
export interface FlagSignals {
  readonly enforced: string;
  readonly suspect: boolean;
  readonly shadow: boolean;
  readonly campaign?: string | undefined;
}

/**
 * Whose keys a response gets, or undefined to leave its text alone. The global layer goes on all
 * traffic; the campaign and account layers go on flagged traffic, where a flagged account outside
 * any campaign is its own campaign (`solo`). Shadow mode changes no traffic at all, so it embeds
 * nothing, not even the global layer: an operator trying the proxy in shadow gets the upstream's
 * bytes.
 */
export function keyOwner(config: WatermarkConfig, account: string, v: FlagSignals): KeyOwner | undefined {
  if (!config.enabled || v.shadow) return undefined;
  const flagged =
    config.flagged === 'all' ||
    (config.flagged === 'verdict' &&
      !v.shadow &&
      (v.suspect || v.campaign !== undefined || v.enforced === 'watermark' || v.enforced === 'degrade'));
  const { global, campaign, account: accountStrength } = config.strength;
  if (!flagged) return global > 0 ? {} : undefined;
  if (global <= 0 && campaign <= 0 && accountStrength <= 0) return undefined;
  return { account, campaign: v.campaign === undefined ? { solo: account } : { id: v.campaign } };
}

export interface Watermarks {
  /** A factory of per-text-block rewriters for one exchange, or undefined when nothing is embedded. */
  forExchange(
    config: WatermarkConfig,
    account: string,
    verdict: FlagSignals,
  ): Promise<(() => Embedder) | undefined>;
}

/**
 * Built once per app. The master key is imported on first use (never at start-up, which in a
 * Worker may be module scope); keys are derived per epoch and cached per account and campaign, so
 * a request costs at most one HMAC per layer on a cache miss and nothing on a hit. A policy reload
 * that changes the epoch starts a new keyring; the previous one is kept for in-flight traffic.
 */
export function createWatermarks(secret: string): Watermarks {
  let deriver: Promise<KeyDeriver> | undefined;
  const keyrings = new Map<string, Keyring>();
  const keyringFor = async (config: WatermarkConfig) => {
    const id = `${config.epoch}/${config.keyCacheSize}`;
    let ring = keyrings.get(id);
    if (!ring) {
      deriver ??= createKeyDeriver(secret);
      ring = createKeyring(await deriver, config.epoch, config.keyCacheSize);
      keyrings.set(id, ring);
      for (const old of keyrings.keys()) if (keyrings.size > 2 && old !== id) keyrings.delete(old);
    }
    return ring;
  };
  return {
    async forExchange(config, account, verdict) {
      const owner = keyOwner(config, account, verdict);
      if (!owner) return undefined;
      const keys = await (await keyringFor(config)).keys(owner);
      const plan: EmbedPlan = config.strength;
      return () => createEmbedder(keys, plan);
    },
  };
}

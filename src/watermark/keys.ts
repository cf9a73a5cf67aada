import { LRUCache } from 'lru-cache';
import { type SipKey, sipKeyFromBytes } from './siphash.ts';

/** The two SipHash keys of one layer: which variant it prefers, and the coin for partial strength. */
export interface LayerKey {
  readonly pref: SipKey;
  readonly coin: SipKey;
}

export type LayerName = 'global' | 'campaign' | 'account';
export const LAYERS: readonly LayerName[] = ['global', 'campaign', 'account'];

/** The keys of one epoch that every response shares. */
export interface BaseKeys {
  /** Assigns each unit to a layer: one split for everyone, so the detector computes it once. */
  readonly layer: SipKey;
  readonly global: LayerKey;
}

/** Everything the embedder needs for one response: derived once, then used per slot. */
export interface LayerKeys extends BaseKeys {
  readonly campaign?: LayerKey;
  readonly account?: LayerKey;
}

/**
 * Whose keys a response carries. A flagged account outside any campaign is a campaign of its own
 * (`solo`), so the campaign layer still carries evidence and attribution tests it with the account.
 */
export interface KeyOwner {
  account?: string;
  campaign?: { id: string } | { solo: string };
}

// Versioned: a change of derivation is a new label, never a silent change of keys.
const VERSION = 'distill-guard/watermark/v1';
const encoder = new TextEncoder();

/** HMAC-SHA256 under the imported master secret: every key of every epoch comes from here. */
export interface KeyDeriver {
  base(epoch: number): Promise<BaseKeys>;
  account(epoch: number, account: string): Promise<LayerKey>;
  campaign(epoch: number, owner: NonNullable<KeyOwner['campaign']>): Promise<LayerKey>;
}

const layerKey = (bytes: Uint8Array): LayerKey => ({
  pref: sipKeyFromBytes(bytes, 0),
  coin: sipKeyFromBytes(bytes, 16),
});

export async function createKeyDeriver(secret: string): Promise<KeyDeriver> {
  if (secret === '') throw new Error('the watermark secret is empty');
  const master = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  // A JSON array as the label: no id can be crafted to collide with another kind or epoch.
  const derive = async (...parts: (string | number)[]) =>
    new Uint8Array(
      await crypto.subtle.sign('HMAC', master, encoder.encode(JSON.stringify([VERSION, ...parts]))),
    );
  return {
    async base(epoch) {
      const [layer, global] = await Promise.all([derive('layer', epoch), derive('global', epoch)]);
      return { layer: sipKeyFromBytes(layer), global: layerKey(global) };
    },
    account: async (epoch, account) => layerKey(await derive('account', epoch, account)),
    campaign: async (epoch, owner) =>
      layerKey(
        await ('id' in owner ? derive('campaign', epoch, owner.id) : derive('solo', epoch, owner.solo)),
      ),
  };
}

/** One-shot derivation (CLI, tests); the proxy uses a keyring, which caches. */
export async function deriveKeys(secret: string, epoch: number, owner: KeyOwner = {}): Promise<LayerKeys> {
  return createKeyring(await createKeyDeriver(secret), epoch, 4).keys(owner);
}

/**
 * Keys for many responses under one secret and epoch: the base keys are derived once, and account
 * and campaign keys are kept in a bounded LRU, so a busy account costs one HMAC per cache miss
 * rather than one per request.
 */
export interface Keyring {
  readonly epoch: number;
  keys(owner: KeyOwner): Promise<LayerKeys>;
}

export function createKeyring(deriver: KeyDeriver, epoch: number, cacheSize: number): Keyring {
  const base = deriver.base(epoch);
  const cache = new LRUCache<string, Promise<LayerKey>>({ max: Math.max(1, cacheSize) });
  const cached = (id: string, make: () => Promise<LayerKey>) => {
    let hit = cache.get(id);
    if (!hit) {
      hit = make();
      cache.set(id, hit);
      hit.catch(() => cache.delete(id));
    }
    return hit;
  };
  return {
    epoch,
    async keys({ account, campaign }) {
      const campaignId = campaign && ('id' in campaign ? `c:${campaign.id}` : `s:${campaign.solo}`);
      const [b, a, c] = await Promise.all([
        base,
        account === undefined ? undefined : cached(`a:${account}`, () => deriver.account(epoch, account)),
        campaign === undefined || campaignId === undefined
          ? undefined
          : cached(campaignId, () => deriver.campaign(epoch, campaign)),
      ]);
      return { ...b, ...(a ? { account: a } : {}), ...(c ? { campaign: c } : {}) };
    },
  };
}

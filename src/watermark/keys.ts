import { type SipKey, sipKeyFromBytes } from './siphash.ts';

/** The two SipHash keys of one layer: which variant it prefers, and the coin for partial strength. */
export interface LayerKey {
  readonly pref: SipKey;
  readonly coin: SipKey;
}

export type LayerName = 'global' | 'campaign' | 'account';

/** Everything the embedder and detector need for one response: derived once, then used per slot. */
export interface LayerKeys {
  /** Assigns each unit to a layer; derived from the global secret so every layer sees one split. */
  readonly layer: SipKey;
  readonly global: LayerKey;
  readonly campaign?: LayerKey;
  readonly account?: LayerKey;
}

export interface KeySpec {
  secret: string;
  epoch: string | number;
  account?: string;
  campaign?: string;
}

// Versioned labels: a change of derivation is a new label, never a silent change of keys.
const LABEL = 'distill-guard/watermark/v1';
const encoder = new TextEncoder();

/** HMAC-SHA256 under one imported master key. */
export interface KeyDeriver {
  derive(label: string): Promise<Uint8Array>;
}

export async function createKeyDeriver(secret: string): Promise<KeyDeriver> {
  if (secret === '') throw new Error('the watermark secret is empty');
  const master = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return {
    async derive(label) {
      return new Uint8Array(await crypto.subtle.sign('HMAC', master, encoder.encode(`${LABEL}/${label}`)));
    },
  };
}

const layerKey = (bytes: Uint8Array): LayerKey => ({
  pref: sipKeyFromBytes(bytes, 0),
  coin: sipKeyFromBytes(bytes, 16),
});

export async function deriveGlobal(deriver: KeyDeriver, epoch: string | number) {
  const [layer, global] = await Promise.all([
    deriver.derive(`layer/${epoch}`),
    deriver.derive(`global/${epoch}`),
  ]);
  return { layer: sipKeyFromBytes(layer), global: layerKey(global) };
}

export async function deriveAccount(
  deriver: KeyDeriver,
  epoch: string | number,
  account: string,
): Promise<LayerKey> {
  return layerKey(await deriver.derive(`account/${epoch}/${account}`));
}

export async function deriveCampaign(
  deriver: KeyDeriver,
  epoch: string | number,
  campaign: string,
): Promise<LayerKey> {
  return layerKey(await deriver.derive(`campaign/${epoch}/${campaign}`));
}

/** One-shot derivation for a response; the proxy should prefer a keyring, which caches. */
export async function deriveKeys(spec: KeySpec): Promise<LayerKeys> {
  const deriver = await createKeyDeriver(spec.secret);
  const [base, account, campaign] = await Promise.all([
    deriveGlobal(deriver, spec.epoch),
    spec.account === undefined ? undefined : deriveAccount(deriver, spec.epoch, spec.account),
    spec.campaign === undefined ? undefined : deriveCampaign(deriver, spec.epoch, spec.campaign),
  ]);
  return { ...base, ...(account ? { account } : {}), ...(campaign ? { campaign } : {}) };
}

/**
 * Keys for many requests under one secret and epoch: the master key is imported once, the global
 * keys derived once, and account / campaign keys kept in a small LRU so a busy account costs one
 * HMAC per cache miss rather than per request.
 */
export interface Keyring {
  keys(who: { account?: string; campaign?: string }): Promise<LayerKeys>;
}

export function createKeyring(spec: { secret: string; epoch: string | number; cacheSize?: number }): Keyring {
  const deriverP = createKeyDeriver(spec.secret);
  const baseP = deriverP.then((d) => deriveGlobal(d, spec.epoch));
  const cache = createLru<Promise<LayerKey>>(spec.cacheSize ?? 10_000);
  const cached = (id: string, make: (d: KeyDeriver) => Promise<LayerKey>) => {
    let hit = cache.get(id);
    if (!hit) {
      hit = deriverP.then(make);
      cache.set(id, hit);
      hit.catch(() => cache.delete(id));
    }
    return hit;
  };
  return {
    async keys({ account, campaign }) {
      const [base, a, c] = await Promise.all([
        baseP,
        account === undefined
          ? undefined
          : cached(`a:${account}`, (d) => deriveAccount(d, spec.epoch, account)),
        campaign === undefined
          ? undefined
          : cached(`c:${campaign}`, (d) => deriveCampaign(d, spec.epoch, campaign)),
      ]);
      return { ...base, ...(a ? { account: a } : {}), ...(c ? { campaign: c } : {}) };
    },
  };
}

/** A Map kept in recency order: enough LRU for a key cache, without a dependency in the core. */
export function createLru<V>(max: number) {
  const map = new Map<string, V>();
  return {
    get(key: string): V | undefined {
      const v = map.get(key);
      if (v !== undefined) {
        map.delete(key);
        map.set(key, v);
      }
      return v;
    },
    set(key: string, value: V): void {
      map.delete(key);
      map.set(key, value);
      if (map.size > max) map.delete(map.keys().next().value as string);
    },
    delete(key: string): void {
      map.delete(key);
    },
    get size() {
      return map.size;
    },
  };
}

import type { VariantClass } from './class-index.ts';
import type { LayerKey, LayerKeys, LayerName } from './keys.ts';
import { createSipHasher, type SipHasher, sipKeyFromBytes } from './siphash.ts';

/**
 * A unit is (previous word, class): the thing a key assigns a preferred variant to. It is hashed
 * once with a fixed public key into 64 bits; every keyed decision is then one SipHash block.
 */
export interface Unit {
  readonly lo: number;
  readonly hi: number;
}

// Public and fixed: it only compresses (ctx, class) for keyed PRFs; secrecy lives in those keys.
const UNIT_KEY = sipKeyFromBytes(new TextEncoder().encode('dg-wm-unit-v1\0\0\0'));

/** Slots go to layers 4:2:2 (global : campaign : account), as in the reference design §3.2.3. */
export function layerOf(hasher: SipHasher, layerKey: LayerKeys['layer'], u: Unit): LayerName {
  const r = hasher.word(layerKey, u.lo, u.hi) & 7;
  return r < 4 ? 'global' : r < 6 ? 'campaign' : 'account';
}

export function createUnitHasher() {
  const hasher = createSipHasher();
  const encoder = new TextEncoder();
  const out = new Uint32Array(2);
  const unit = (ctx: string, cls: VariantClass): Unit => {
    hasher.bytes(UNIT_KEY, encoder.encode(`${ctx}\u0000${cls.id}`), out);
    return { lo: out[0]!, hi: out[1]! };
  };
  return {
    hasher,
    unit,
    /** The campaign layer keys on the class alone (h = 0): one learnable preference per class. */
    classUnit: (cls: VariantClass): Unit => unit('', cls),
    pref: (key: LayerKey, u: Unit, m: number) => hasher.word(key.pref, u.lo, u.hi) % m,
    /** A deterministic coin in [0, 1) for partial strength. */
    coin: (key: LayerKey, u: Unit) => hasher.word(key.coin, u.lo, u.hi) / 0x100000000,
  };
}

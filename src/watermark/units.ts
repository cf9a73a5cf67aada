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

/** Class units depend on the class alone (the unit key is public and fixed). */
const classUnits = new WeakMap<VariantClass, Unit>();

/**
 * Hashes units, and keyed decisions on them. A class (not closures) because the embedder makes
 * one per text block; the unit digest's input is written into a reused buffer, not a fresh
 * `TextEncoder.encode` array per slot.
 */
export class UnitHasher {
  readonly hasher: SipHasher = createSipHasher();
  private readonly encoder = new TextEncoder();
  private scratch = new Uint8Array(64);
  private readonly out = new Uint32Array(2);

  unit(ctx: string, cls: VariantClass): Unit {
    const text = `${ctx}\u0000${cls.id}`;
    const n = text.length;
    let length = 0;
    if (this.scratch.length < n * 3) this.scratch = new Uint8Array(n * 3);
    const bytes = this.scratch;
    for (; length < n; length++) {
      const c = text.charCodeAt(length);
      if (c >= 0x80) break;
      bytes[length] = c;
    }
    // Anything but ASCII: UTF-8 as TextEncoder writes it (lone surrogates as U+FFFD).
    if (length < n) length = this.encoder.encodeInto(text, bytes).written;
    this.hasher.bytes(UNIT_KEY, bytes, this.out, length);
    return { lo: this.out[0]!, hi: this.out[1]! };
  }

  /** The campaign layer keys on the class alone (h = 0): one learnable preference per class. */
  classUnit(cls: VariantClass): Unit {
    let u = classUnits.get(cls);
    if (!u) {
      u = this.unit('', cls);
      classUnits.set(cls, u);
    }
    return u;
  }

  pref(key: LayerKey, u: Unit, m: number): number {
    return this.hasher.word(key.pref, u.lo, u.hi) % m;
  }

  /** A deterministic coin in [0, 1) for partial strength. */
  coin(key: LayerKey, u: Unit): number {
    return this.hasher.word(key.coin, u.lo, u.hi) / 0x100000000;
  }
}

export function createUnitHasher(): UnitHasher {
  return new UnitHasher();
}

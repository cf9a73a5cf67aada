/**
 * SipHash-2-4 (Aumasson & Bernstein, 2012) over 32-bit halves: the per-slot keyed PRF. HMAC via
 * `crypto.subtle` is async and far too slow to call per word, so keys are derived once with
 * HMAC-SHA256 (keys.ts) and every slot decision is one SipHash of an 8-byte unit digest.
 */

/** A 128-bit SipHash key as four little-endian 32-bit words: k0 = (a, b), k1 = (c, d). */
export interface SipKey {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
}

export function sipKeyFromBytes(bytes: Uint8Array, offset = 0): SipKey {
  const w = (i: number) =>
    ((bytes[offset + i] ?? 0) |
      ((bytes[offset + i + 1] ?? 0) << 8) |
      ((bytes[offset + i + 2] ?? 0) << 16) |
      ((bytes[offset + i + 3] ?? 0) << 24)) >>>
    0;
  return { a: w(0), b: w(4), c: w(8), d: w(12) };
}

/**
 * SipHash-2-4 of `blocks` 64-bit message words (`m[2b]` low, `m[2b + 1]` high, the last one
 * already carrying the length byte), written to `out` as [lo, hi]. The state lives in locals
 * (32-bit halves as int32), one function, no allocation: this runs several times per slot.
 */
function sip(k: SipKey, m: Uint32Array, blocks: number, out: Uint32Array): void {
  let v0l = k.a ^ 0x70736575;
  let v0h = k.b ^ 0x736f6d65;
  let v1l = k.c ^ 0x6e646f6d;
  let v1h = k.d ^ 0x646f7261;
  let v2l = k.a ^ 0x6e657261;
  let v2h = k.b ^ 0x6c796765;
  let v3l = k.c ^ 0x79746573;
  let v3h = k.d ^ 0x74656462;
  let lo = 0;
  let t = 0;
  const total = blocks + 2; // then the finalisation: two more passes of two rounds
  for (let b = 0; b < total; b++) {
    const fin = b >= blocks;
    const ml = fin ? 0 : m[2 * b]! | 0;
    const mh = fin ? 0 : m[2 * b + 1]! | 0;
    if (b === blocks) v2l ^= 0xff;
    else if (!fin) {
      v3l ^= ml;
      v3h ^= mh;
    }
    for (let r = 0; r < 2; r++) {
      // v0 += v1; v1 <<<= 13; v1 ^= v0; v0 <<<= 32
      lo = (v0l >>> 0) + (v1l >>> 0);
      v0h = (v0h + v1h + (lo > 0xffffffff ? 1 : 0)) | 0;
      v0l = lo | 0;
      t = (v1l << 13) | (v1h >>> 19);
      v1h = (v1h << 13) | (v1l >>> 19);
      v1l = t ^ v0l;
      v1h ^= v0h;
      t = v0l;
      v0l = v0h;
      v0h = t;
      // v2 += v3; v3 <<<= 16; v3 ^= v2
      lo = (v2l >>> 0) + (v3l >>> 0);
      v2h = (v2h + v3h + (lo > 0xffffffff ? 1 : 0)) | 0;
      v2l = lo | 0;
      t = (v3l << 16) | (v3h >>> 16);
      v3h = ((v3h << 16) | (v3l >>> 16)) ^ v2h;
      v3l = t ^ v2l;
      // v0 += v3; v3 <<<= 21; v3 ^= v0
      lo = (v0l >>> 0) + (v3l >>> 0);
      v0h = (v0h + v3h + (lo > 0xffffffff ? 1 : 0)) | 0;
      v0l = lo | 0;
      t = (v3l << 21) | (v3h >>> 11);
      v3h = ((v3h << 21) | (v3l >>> 11)) ^ v0h;
      v3l = t ^ v0l;
      // v2 += v1; v1 <<<= 17; v1 ^= v2; v2 <<<= 32
      lo = (v2l >>> 0) + (v1l >>> 0);
      v2h = (v2h + v1h + (lo > 0xffffffff ? 1 : 0)) | 0;
      v2l = lo | 0;
      t = (v1l << 17) | (v1h >>> 15);
      v1h = ((v1h << 17) | (v1l >>> 15)) ^ v2h;
      v1l = t ^ v2l;
      t = v2l;
      v2l = v2h;
      v2h = t;
    }
    if (!fin) {
      v0l ^= ml;
      v0h ^= mh;
    }
  }
  out[0] = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
  out[1] = (v0h ^ v1h ^ v2h ^ v3h) >>> 0;
}

/** A SipHash-2-4 instance with its own scratch state, so calls allocate nothing. */
export interface SipHasher {
  /** The 64-bit hash of `bytes` (its first `length` bytes), written to `out` as [lo, hi]. */
  bytes(key: SipKey, bytes: Uint8Array, out: Uint32Array, length?: number): void;
  /** The low 32 bits of the hash of the 8-byte message (lo, hi): the per-slot fast path. */
  word(key: SipKey, lo: number, hi: number): number;
}

class Hasher implements SipHasher {
  private m = new Uint32Array(16);
  private readonly out = new Uint32Array(2);

  bytes(key: SipKey, bytes: Uint8Array, result: Uint32Array, length = bytes.length): void {
    const n = length;
    const full = n - (n % 8);
    const blocks = full / 8 + 1;
    if (this.m.length < blocks * 2) this.m = new Uint32Array(blocks * 4);
    const m = this.m;
    for (let i = 0, w = 0; i < full; i += 8, w += 2) {
      m[w] = bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
      m[w + 1] = bytes[i + 4]! | (bytes[i + 5]! << 8) | (bytes[i + 6]! << 16) | (bytes[i + 7]! << 24);
    }
    // Last block: the remaining bytes, then the message length mod 256 in the top byte.
    let lo = 0;
    let hi = (n & 0xff) << 24;
    for (let i = full; i < n; i++) {
      const shift = (i - full) * 8;
      if (shift < 32) lo |= bytes[i]! << shift;
      else hi |= bytes[i]! << (shift - 32);
    }
    m[2 * (blocks - 1)] = lo;
    m[2 * (blocks - 1) + 1] = hi;
    sip(key, m, blocks, result);
  }

  word(key: SipKey, lo: number, hi: number): number {
    const m = this.m;
    m[0] = lo;
    m[1] = hi;
    m[2] = 0;
    m[3] = 0x08000000;
    sip(key, m, 2, this.out);
    return this.out[0]!;
  }
}

export function createSipHasher(): SipHasher {
  return new Hasher();
}

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

/** Internal state v0..v3, each 64-bit value as [lo, hi]; reused by one call at a time. */
type State = Uint32Array;

function add(s: State, x: number, y: number): void {
  const lo = s[x]! + s[y]!;
  s[x + 1] = (s[x + 1]! + s[y + 1]! + (lo > 0xffffffff ? 1 : 0)) >>> 0;
  s[x] = lo >>> 0;
}

function rotl(s: State, x: number, n: number): void {
  let lo = s[x]!;
  let hi = s[x + 1]!;
  if (n >= 32) {
    const t = lo;
    lo = hi;
    hi = t;
    n -= 32;
  }
  if (n > 0) {
    const nlo = ((lo << n) | (hi >>> (32 - n))) >>> 0;
    hi = ((hi << n) | (lo >>> (32 - n))) >>> 0;
    lo = nlo;
  }
  s[x] = lo;
  s[x + 1] = hi;
}

function xor(s: State, x: number, y: number): void {
  s[x] = (s[x]! ^ s[y]!) >>> 0;
  s[x + 1] = (s[x + 1]! ^ s[y + 1]!) >>> 0;
}

// v0 = 0, v1 = 2, v2 = 4, v3 = 6 (offsets into State)
function round(s: State): void {
  add(s, 0, 2);
  rotl(s, 2, 13);
  xor(s, 2, 0);
  rotl(s, 0, 32);
  add(s, 4, 6);
  rotl(s, 6, 16);
  xor(s, 6, 4);
  add(s, 0, 6);
  rotl(s, 6, 21);
  xor(s, 6, 0);
  add(s, 4, 2);
  rotl(s, 2, 17);
  xor(s, 2, 4);
  rotl(s, 4, 32);
}

function init(s: State, k: SipKey): void {
  s[0] = (k.a ^ 0x70736575) >>> 0;
  s[1] = (k.b ^ 0x736f6d65) >>> 0;
  s[2] = (k.c ^ 0x6e646f6d) >>> 0;
  s[3] = (k.d ^ 0x646f7261) >>> 0;
  s[4] = (k.a ^ 0x6e657261) >>> 0;
  s[5] = (k.b ^ 0x6c796765) >>> 0;
  s[6] = (k.c ^ 0x79746573) >>> 0;
  s[7] = (k.d ^ 0x74656462) >>> 0;
}

function block(s: State, lo: number, hi: number): void {
  s[6] = (s[6]! ^ lo) >>> 0;
  s[7] = (s[7]! ^ hi) >>> 0;
  round(s);
  round(s);
  s[0] = (s[0]! ^ lo) >>> 0;
  s[1] = (s[1]! ^ hi) >>> 0;
}

function finish(s: State, out: Uint32Array): void {
  s[4] = (s[4]! ^ 0xff) >>> 0;
  round(s);
  round(s);
  round(s);
  round(s);
  out[0] = (s[0]! ^ s[2]! ^ s[4]! ^ s[6]!) >>> 0;
  out[1] = (s[1]! ^ s[3]! ^ s[5]! ^ s[7]!) >>> 0;
}

/** A SipHash-2-4 instance with its own scratch state, so calls allocate nothing. */
export interface SipHasher {
  /** The 64-bit hash of `bytes`, written to `out` as [lo, hi]. */
  bytes(key: SipKey, bytes: Uint8Array, out: Uint32Array): void;
  /** The low 32 bits of the hash of the 8-byte message (lo, hi): the per-slot fast path. */
  word(key: SipKey, lo: number, hi: number): number;
}

export function createSipHasher(): SipHasher {
  const s: State = new Uint32Array(8);
  const out = new Uint32Array(2);
  return {
    bytes(key, bytes, result) {
      init(s, key);
      const n = bytes.length;
      const full = n - (n % 8);
      const w = (i: number) =>
        ((bytes[i] ?? 0) |
          ((bytes[i + 1] ?? 0) << 8) |
          ((bytes[i + 2] ?? 0) << 16) |
          ((bytes[i + 3] ?? 0) << 24)) >>>
        0;
      for (let i = 0; i < full; i += 8) block(s, w(i), w(i + 4));
      // Last block: the remaining bytes, then the message length mod 256 in the top byte.
      let lo = 0;
      let hi = (n & 0xff) << 24;
      for (let i = full; i < n; i++) {
        const shift = (i - full) * 8;
        if (shift < 32) lo |= bytes[i]! << shift;
        else hi |= bytes[i]! << (shift - 32);
      }
      block(s, lo >>> 0, hi >>> 0);
      finish(s, result);
    },
    word(key, lo, hi) {
      init(s, key);
      block(s, lo >>> 0, hi >>> 0);
      block(s, 0, 0x08000000);
      finish(s, out);
      return out[0]!;
    },
  };
}

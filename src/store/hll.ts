/**
 * HyperLogLog (Flajolet et al. 2007) with 2^12 registers: ~1.6% standard error in 4 KiB,
 * the same order as Redis's PFCOUNT. Used by the memory store's `distinct`.
 */
const P = 12;
const M = 1 << P;

/** MurmurHash3 (x86, 32-bit) over UTF-16 code units: well mixed in every bit, unlike FNV alone. */
function murmur3(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    let k = Math.imul(s.charCodeAt(i), 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= s.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function createHll(): Uint8Array {
  return new Uint8Array(M);
}

export function hllAdd(registers: Uint8Array, member: string): void {
  const h = murmur3(member, 0x9747b28c);
  const index = h >>> (32 - P);
  const rest = (h << P) >>> 0;
  const rank = rest === 0 ? 32 - P + 1 : Math.clz32(rest) + 1;
  if (rank > (registers[index] ?? 0)) registers[index] = rank;
}

export function hllCount(registers: Uint8Array): number {
  let sum = 0;
  let zeros = 0;
  for (const r of registers) {
    sum += 2 ** -r;
    if (r === 0) zeros++;
  }
  const estimate = ((0.7213 / (1 + 1.079 / M)) * M * M) / sum;
  // Small-range correction (linear counting), where HLL is biased.
  if (estimate <= 2.5 * M && zeros > 0) return Math.round(M * Math.log(M / zeros));
  return Math.round(estimate);
}

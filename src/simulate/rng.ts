/**
 * The simulator's only source of randomness: a seeded sfc32 generator. Every population draws
 * from its own `fork(label)`, so adding or resizing one population never shifts another's
 * output, and the same seed always gives the same bytes.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number;
  float(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Pick by weight: `[[value, weight], ...]`. */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T;
  /** `k` distinct items in random order. */
  sample<T>(items: readonly T[], k: number): T[];
  shuffle<T>(items: T[]): T[];
  /** Exponential with the given mean. */
  exp(mean: number): number;
  /** `n` lowercase hex digits. */
  hex(n: number): string;
  /** An independent generator derived from this one's seed and a label. */
  fork(label: string): Rng;
}

/** 32-bit string hash (cyrb53 low half), mixed with a seed. */
export function hashString(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

export function createRng(seed: number, label = ''): Rng {
  const base = `${seed}:${label}`;
  let a = hashString(base, 1);
  let b = hashString(base, 2);
  let c = hashString(base, 3);
  let d = hashString(base, 4);
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const rng: Rng = {
    next,
    int,
    float: (lo, hi) => lo + next() * (hi - lo),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted: (pairs) => {
      const total = pairs.reduce((s, [, w]) => s + w, 0);
      let x = next() * total;
      for (const [value, w] of pairs) {
        x -= w;
        if (x < 0) return value;
      }
      const last = pairs[pairs.length - 1];
      if (!last) throw new Error('weighted pick from an empty list');
      return last[0];
    },
    sample: (items, k) => rng.shuffle([...items]).slice(0, Math.max(0, k)),
    shuffle: (items) => {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = items[i] as (typeof items)[number];
        items[i] = items[j] as (typeof items)[number];
        items[j] = tmp;
      }
      return items;
    },
    exp: (mean) => -Math.log(1 - next()) * mean,
    hex: (n) => {
      let s = '';
      while (s.length < n)
        s += Math.floor(next() * 0x10000)
          .toString(16)
          .padStart(4, '0');
      return s.slice(0, n);
    },
    fork: (child) => createRng(seed, `${label}/${child}`),
  };
  return rng;
}

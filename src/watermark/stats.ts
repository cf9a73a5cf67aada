/**
 * Exact tail probabilities in natural-log space, so evidence far below 1e-300 is still a finite
 * number. No normal approximation anywhere: the tails are exact sums of exact terms.
 */

const LN10 = Math.log(10);
const logFactorials: number[] = [0];

/** ln(n!) by exact summation (cached): relative error ~1e-15 even where lgamma approximations drift. */
export function logFactorial(n: number): number {
  for (let i = logFactorials.length; i <= n; i++) logFactorials.push(logFactorials[i - 1]! + Math.log(i));
  return logFactorials[n]!;
}

/** ln(e^a + e^b) without overflow or underflow. */
export function logAdd(a: number, b: number): number {
  if (a === Number.NEGATIVE_INFINITY) return b;
  if (b === Number.NEGATIVE_INFINITY) return a;
  const hi = Math.max(a, b);
  return hi + Math.log1p(Math.exp(-Math.abs(a - b)));
}

/** ln P[Bin(n, p) = k] for k = 0..n. */
export function binomialLogPmf(n: number, p: number): Float64Array {
  const out = new Float64Array(n + 1);
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  const ln = logFactorial(n);
  for (let k = 0; k <= n; k++) out[k] = ln - logFactorial(k) - logFactorial(n - k) + k * lp + (n - k) * lq;
  return out;
}

/** The log-pmf of a sum of independent variables, from theirs (exact convolution). */
function convolve(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length - 1).fill(Number.NEGATIVE_INFINITY);
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) out[i + j] = logAdd(out[i + j]!, a[i]! + b[j]!);
  return out;
}

/** ln P[S >= s] for s = 0..N+1 from a log-pmf, summed from the top (exact, no cancellation). */
function upperTails(pmf: Float64Array): Float64Array {
  const tail = new Float64Array(pmf.length + 1);
  tail[pmf.length] = Number.NEGATIVE_INFINITY;
  for (let s = pmf.length - 1; s >= 0; s--) tail[s] = logAdd(tail[s + 1]!, pmf[s]!);
  return tail;
}

/**
 * The exact upper tail of a Poisson-binomial count whose trials come in groups of equal
 * success probability: here, units of classes with m variants match by chance with p = 1/m.
 * `groups` maps m to the number of units with that m. Returns s ↦ ln P[S >= s].
 *
 * The largest group keeps a tail array; the others are convolved into one small pmf R, and
 * P[S >= s] = Σ_r R[r] · P[S_largest >= s - r]. That is linear in the corpus to build and
 * linear in the small groups per query (memoised), where a full convolution would be quadratic.
 */
export function createTail(groups: ReadonlyMap<number, number>): (s: number) => number {
  const sorted = [...groups].filter(([, n]) => n > 0).sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  const [largest, ...rest] = sorted;
  const big = largest
    ? upperTails(binomialLogPmf(largest[1], 1 / largest[0]))
    : new Float64Array([0, -Infinity]);
  let small: Float64Array = new Float64Array([0]);
  for (const [m, n] of rest) small = convolve(small, binomialLogPmf(n, 1 / m));
  const total = big.length - 1 + small.length - 1;
  const memo = new Map<number, number>();
  return (s) => {
    if (s <= 0) return 0; // exactly 1: keep rounding from showing P[S >= 0] as 1 - 1e-16
    if (s > total) return Number.NEGATIVE_INFINITY;
    let hit = memo.get(s);
    if (hit === undefined) {
      hit = Number.NEGATIVE_INFINITY;
      for (let r = 0; r < small.length; r++) {
        const need = s - r;
        const t = need <= 0 ? 0 : need < big.length ? big[need]! : Number.NEGATIVE_INFINITY;
        hit = logAdd(hit, small[r]! + t);
      }
      hit = Math.min(0, hit);
      memo.set(s, hit);
    }
    return hit;
  };
}

/** Caches tails by group signature: attribution asks for the same few shapes thousands of times. */
export function createTailCache(): (groups: ReadonlyMap<number, number>) => (s: number) => number {
  const cache = new Map<string, (s: number) => number>();
  return (groups) => {
    const sig = [...groups]
      .filter(([, n]) => n > 0)
      .sort((x, y) => x[0] - y[0])
      .map(([m, n]) => `${m}:${n}`)
      .join(',');
    let tail = cache.get(sig);
    if (!tail) {
      tail = createTail(groups);
      cache.set(sig, tail);
    }
    return tail;
  };
}

/**
 * Fisher's method: for k independent p-values, X = -2 Σ ln p_i ~ χ² with 2k degrees of freedom,
 * whose survival function has the closed form e^(-t) Σ_{j<k} t^j / j! with t = X / 2.
 * Takes and returns natural logs.
 */
export function fisherLog(logPs: readonly number[]): number {
  if (logPs.length === 0) return 0;
  const t = -logPs.reduce((a, b) => a + b, 0);
  if (t <= 0) return 0;
  let sum = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < logPs.length; j++) sum = logAdd(sum, j * Math.log(t) - logFactorial(j));
  return Math.min(0, -t + sum);
}

/** Bonferroni over `tests` hypotheses, in log space, capped at p = 1. */
export const bonferroniLog = (logP: number, tests: number): number => Math.min(0, logP + Math.log(tests));

/** A p-value from its log; values below the smallest double come out as 0 (use the log10 instead). */
export const fromLog = (logP: number): number => Math.exp(logP);
export const log10Of = (logP: number): number => logP / LN10;

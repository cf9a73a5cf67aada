import { type DetectOptions, detectDetailed } from './detect.ts';
import { createTailCache } from './stats.ts';
import type { HashedSlot, LayerCount } from './tape.ts';

/** How far a sample of p-values is from uniform: the Kolmogorov–Smirnov statistic D. */
export function ksUniform(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  let d = 0;
  sorted.forEach((p, i) => {
    d = Math.max(d, (i + 1) / n - p, p - i / n);
  });
  return d;
}

export interface NullSummary {
  n: number;
  /** KS distance from U(0, 1). */
  ks: number;
  /** The 5% critical value of D for n samples (1.358 / √n). */
  ksCritical: number;
  min: number;
  /** How many p-values fell below 1e-2, 1e-3 and 1e-6 (at most n × the level expected). */
  below: { '1e-2': number; '1e-3': number; '1e-6': number };
  median: number;
}

export function summarize(values: readonly number[]): NullSummary {
  const sorted = [...values].sort((a, b) => a - b);
  const count = (t: number) => sorted.filter((p) => p < t).length;
  return {
    n: sorted.length,
    ks: ksUniform(sorted),
    ksCritical: 1.358 / Math.sqrt(Math.max(1, sorted.length)),
    min: sorted[0] ?? 1,
    below: { '1e-2': count(1e-2), '1e-3': count(1e-3), '1e-6': count(1e-6) },
    median: sorted[Math.floor(sorted.length / 2)] ?? 1,
  };
}

export interface Calibration {
  keys: number;
  /** Units tested per key, averaged (global layer; the random account with its solo campaign). */
  units: { global: number; account: number };
  /** The exact p-values the detector reports, per layer and combined ("from this API"). */
  global: NullSummary;
  account: NullSummary;
  combined: NullSummary;
  /**
   * The same tests with randomised p-values, P[S > s] + U·P[S = s]: exactly uniform when the
   * null model holds (independent units, chance 1/m each), so their KS distance checks the model
   * itself, free of the conservative steps of a discrete test.
   */
  randomized: { global: NullSummary; account: NullSummary };
  /** Keys whose account attribution reached p_adj < 1e-6: false attributions. */
  falseAttributions: number;
}

/** Randomised p-values P[S > s] + U·P[S = s] for layer counts: exactly U(0, 1) under the null. */
export function createRandomizedP(uniform: () => number): (c: LayerCount) => number {
  const tailFor = createTailCache();
  return (c) => {
    const tail = tailFor(c.groups);
    const above = Math.exp(tail(c.matches + 1));
    return above + uniform() * (Math.exp(tail(c.matches)) - above);
  };
}

/**
 * The random-key null: the same corpus and detector under `keys` fresh secrets, each with one
 * random candidate account. A corpus never marked under those keys must give p-values that look
 * uniform (or conservative), and none tiny.
 */
export async function calibrate(
  slots: readonly HashedSlot[],
  opts: Omit<DetectOptions, 'secret' | 'accounts' | 'campaigns'> & {
    keys: number;
    randomId: () => string;
    /** U(0, 1) for the randomised p-values. */
    uniform: () => number;
  },
): Promise<Calibration> {
  const randomized = createRandomizedP(opts.uniform);
  const p = { global: [] as number[], account: [] as number[], combined: [] as number[] };
  const r = { global: [] as number[], account: [] as number[] };
  const units = { global: 0, account: 0 };
  let falseAttributions = 0;
  for (let k = 0; k < opts.keys; k++) {
    const d = await detectDetailed(slots, {
      ...opts,
      secret: opts.randomId(),
      accounts: [`acct_${opts.randomId()}`],
    });
    const { report, counts } = d;
    p.global.push(report.layers.global.pValue);
    p.account.push(report.layers.account?.pValue ?? 1);
    p.combined.push(report.pValue);
    r.global.push(randomized(counts.global));
    if (counts.account) r.account.push(randomized(counts.account));
    units.global += counts.global.units;
    units.account += counts.account?.units ?? 0;
    if ((report.attribution[0]?.pAdjusted ?? 1) < 1e-6) falseAttributions++;
  }
  const n = Math.max(1, opts.keys);
  return {
    keys: opts.keys,
    units: { global: units.global / n, account: units.account / n },
    global: summarize(p.global),
    account: summarize(p.account),
    combined: summarize(p.combined),
    randomized: { global: summarize(r.global), account: summarize(r.account) },
    falseAttributions,
  };
}

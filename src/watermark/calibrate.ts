import { type DetectOptions, detectSlots } from './detect.ts';
import type { HashedSlot } from './tape.ts';

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
  /** KS distance from U(0, 1); a discrete test is conservative, so D mostly measures that. */
  ks: number;
  /** The 5% critical value of D for n samples (1.358 / √n). */
  ksCritical: number;
  min: number;
  /** How many p-values fell below 1e-2, 1e-3 and 1e-6, against n × that level expected at most. */
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
  /** Units tested per key, averaged (global layer, and the random account with its solo campaign). */
  units: { global: number; account: number };
  /** Per layer and combined: the p-values the detector gives this corpus under keys it was never marked with. */
  global: NullSummary;
  account: NullSummary;
  combined: NullSummary;
  /** Keys whose account attribution reached p_adj < 1e-6: false attributions. */
  falseAttributions: number;
}

/**
 * The random-key null: the same corpus, the same detector, `keys` fresh secrets (each with one
 * random candidate account). If the corpus was not produced under any of them, the p-values must
 * look uniform (or conservative) and none may be tiny.
 */
export async function calibrate(
  slots: readonly HashedSlot[],
  opts: Omit<DetectOptions, 'secret' | 'accounts' | 'campaigns'> & {
    keys: number;
    randomId: () => string;
  },
): Promise<Calibration> {
  const p = { global: [] as number[], account: [] as number[], combined: [] as number[] };
  const units = { global: 0, account: 0 };
  let falseAttributions = 0;
  for (let k = 0; k < opts.keys; k++) {
    const r = await detectSlots(slots, {
      ...opts,
      secret: opts.randomId(),
      accounts: [`acct_${opts.randomId()}`],
    });
    p.global.push(r.layers.global.pValue);
    p.account.push(r.layers.account?.pValue ?? 1);
    p.combined.push(r.pValue);
    units.global += r.layers.global.units;
    units.account += r.layers.account?.units ?? 0;
    if ((r.attribution[0]?.pAdjusted ?? 1) < 1e-6) falseAttributions++;
  }
  const n = Math.max(1, opts.keys);
  return {
    keys: opts.keys,
    units: { global: units.global / n, account: units.account / n },
    global: summarize(p.global),
    account: summarize(p.account),
    combined: summarize(p.combined),
    falseAttributions,
  };
}

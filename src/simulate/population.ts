import type { Infra } from './infra.ts';
import type { Rng } from './rng.ts';
import type { Clock } from './time.ts';
import type { Label, SimAccount } from './types.ts';

/** What every population generator gets: its own random stream, the scale, the clock and shared infrastructure. */
export interface SimContext {
  rng: Rng;
  scale: number;
  clock: Clock;
  infra: Infra;
}

/** One population (benign group, hard negative or campaign): a name, a label and a generator. */
export interface Population {
  name: string;
  label: Label;
  generate(ctx: SimContext): SimAccount[];
}

/**
 * Scale a count. Below one whole account the population keeps one account and scales its
 * volume instead (`volumeFactor`), so every population exists at any scale and totals stay
 * roughly linear.
 */
export function scaledCount(base: number, scale: number, min = 1): number {
  return Math.max(min, Math.round(base * scale));
}

export function volumeFactor(base: number, scale: number, min = 1): number {
  const exact = base * scale;
  return exact >= min ? 1 : Math.max(exact / min, 0.02);
}

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
 * Scale a population: `count` accounts, at least `min`. When the minimum is more than the scale
 * asks for, each account's volume shrinks by `volume` instead, so every population exists at any
 * scale and totals stay roughly linear.
 */
export function scaled(base: number, scale: number, min = 1): { count: number; volume: number } {
  const count = Math.max(min, Math.round(base * scale));
  return { count, volume: Math.min(1, (base * scale) / count) };
}

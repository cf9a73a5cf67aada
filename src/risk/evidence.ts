import { type Score, unit } from './types.ts';

/**
 * Additive evidence squashed into [0, 1] by 1 − e^(−x): monotone in every piece of evidence,
 * never reaching 1, so several weak signals add up but none saturates the score alone.
 */
export class Evidence {
  private total = 0;
  private readonly notes: { weight: number; reason: string }[] = [];

  /** Add `weight` (may be negative for counter-evidence) and remember why. */
  add(weight: number, reason?: string): this {
    this.total += weight;
    if (reason !== undefined && weight > 0) this.notes.push({ weight, reason });
    return this;
  }

  get sum(): number {
    return this.total;
  }

  score(): Score {
    const value = unit(1 - Math.exp(-Math.max(0, this.total)));
    const reasons = [...this.notes].sort((a, b) => b.weight - a.weight).map((n) => n.reason);
    return { value, reasons: value > 0 ? reasons : [] };
  }
}

/** The extraction families every request is scored on (DESIGN.md, "The threat"). */
export const FAMILIES = [
  'reasoning-extraction',
  'grader-harvest',
  'censorship-alt',
  'agentic-trace',
  'training-data-gen',
  'logprob-harvest',
  'system-prompt-extract',
] as const;

export type Family = (typeof FAMILIES)[number];
export type FamilyScores = Record<Family, number>;

/** What every scoring function returns: a value in [0, 1] and why, in words a person reads. */
export interface Score {
  value: number;
  reasons: string[];
}

export function zeroFamilies(): FamilyScores {
  return {
    'reasoning-extraction': 0,
    'grader-harvest': 0,
    'censorship-alt': 0,
    'agentic-trace': 0,
    'training-data-gen': 0,
    'logprob-harvest': 0,
    'system-prompt-extract': 0,
  };
}

/** Clamp to [0, 1]; NaN becomes 0 so a bad weight can never produce an out-of-range risk. */
export function unit(x: number): number {
  if (!(x > 0)) return 0;
  return Math.min(x, 1);
}

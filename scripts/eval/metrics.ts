/** Ranking metrics for the evaluation scripts. Ties count half, as in the Mann–Whitney U. */

export interface Scored {
  positive: boolean;
  score: number;
}

export function rocAuc(rows: readonly Scored[]): number {
  const sorted = [...rows].sort((a, b) => a.score - b.score);
  let rankSumPos = 0;
  let nPos = 0;
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1]?.score === sorted[i]?.score) j++;
    const midRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (sorted[k]?.positive) {
        rankSumPos += midRank;
        nPos++;
      }
    }
    i = j + 1;
  }
  const nNeg = sorted.length - nPos;
  if (nPos === 0 || nNeg === 0) return Number.NaN;
  return (rankSumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

/**
 * True-positive rate at a false-positive budget: the threshold is the lowest score that flags
 * at most `fpr` of the negatives (strictly above the ⌊fpr·N⌋-th highest negative score).
 */
export function tprAtFpr(
  rows: readonly Scored[],
  fpr: number,
): { tpr: number; threshold: number; fpr: number } {
  const neg = rows
    .filter((r) => !r.positive)
    .map((r) => r.score)
    .sort((a, b) => b - a);
  const pos = rows.filter((r) => r.positive).map((r) => r.score);
  const allowed = Math.floor(fpr * neg.length);
  const threshold = neg[allowed] ?? Number.NEGATIVE_INFINITY;
  const flaggedNeg = neg.filter((s) => s > threshold).length;
  return {
    tpr: pos.filter((s) => s > threshold).length / Math.max(1, pos.length),
    threshold,
    fpr: flaggedNeg / Math.max(1, neg.length),
  };
}

export const pct = (x: number, digits = 1): string =>
  Number.isFinite(x) ? `${(x * 100).toFixed(digits)}%` : '–';
export const num = (x: number, digits = 3): string => (Number.isFinite(x) ? x.toFixed(digits) : '–');

import type { TrialResult } from './experiments.ts';

/** 1.2e-43 from a log10, exact even below the smallest double. */
export function p10(l: number): string {
  if (l >= -4) return (10 ** l).toPrecision(2);
  let e = Math.floor(l);
  let m = (10 ** (l - e)).toFixed(1);
  if (m === '10.0') {
    m = '1.0';
    e += 1;
  }
  return `${m}e${e}`;
}
export const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
export const table = (head: string[], rows: (string | number)[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

export function summary(rs: TrialResult[]) {
  const logs = rs.map((r) => r.log10P);
  const adj = rs.map((r) => (r.correct ? Math.log10(Math.max(r.pAdjusted, 1e-300)) : 0));
  return {
    medianP: p10(median(logs)),
    worstP: p10(Math.max(...logs)),
    below9: rs.filter((r) => r.log10P < -9).length,
    below6: rs.filter((r) => r.log10P < -6).length,
    correct: rs.filter((r) => r.correct && r.pAdjusted < 1e-6).length,
    worstAdj: p10(Math.max(...adj)),
    units: Math.round(median(rs.map((r) => r.units))),
  };
}

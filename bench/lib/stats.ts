import type { Sample } from './matrix.ts';
import type { ConfigId } from './servers.ts';

/** Medians over rounds, per (configuration, scenario). */

export function median(xs: readonly number[]): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export interface Cell {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  proxyCpuUs: number;
  mockCore: number;
  cores: number[];
  failures: number;
  requests: number;
  ttfb?: { p50: number; p99: number };
  ttft?: { p50: number; p99: number };
  ttle?: { p50: number; p99: number };
}

export type Table = Map<string, Cell>;

export const cellKey = (config: ConfigId, scenario: string) => `${config}|${scenario}`;

export function tabulate(samples: readonly Sample[]): Table {
  const groups = new Map<string, Sample[]>();
  for (const s of samples) {
    const k = cellKey(s.config, s.scenario);
    groups.set(k, [...(groups.get(k) ?? []), s]);
  }
  const table: Table = new Map();
  for (const [k, g] of groups) {
    const m = (f: (s: Sample) => number) => median(g.map(f));
    const cell: Cell = {
      rps: m((s) => s.rps),
      p50Ms: m((s) => s.p50Ms),
      p99Ms: m((s) => s.p99Ms),
      proxyCpuUs: m((s) => s.proxyCpuUs),
      mockCore: m((s) => s.mockCore),
      cores: [0, 1].map((i) => m((s) => s.cores[i] ?? Number.NaN)),
      failures: g.reduce((a, s) => a + s.failures, 0),
      requests: g.reduce((a, s) => a + s.requests, 0),
    };
    if (g[0]?.stream) {
      const st = (pick: (s: Sample) => { p50: number; p99: number } | undefined) => ({
        p50: m((s) => pick(s)?.p50 ?? Number.NaN),
        p99: m((s) => pick(s)?.p99 ?? Number.NaN),
      });
      cell.ttfb = st((s) => s.stream?.ttfb);
      cell.ttft = st((s) => s.stream?.ttft);
      cell.ttle = st((s) => s.stream?.ttle);
    }
    table.set(k, cell);
  }
  return table;
}

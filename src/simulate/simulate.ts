import { createInfra } from './infra.ts';
import type { SimContext } from './population.ts';
import { POPULATIONS } from './populations.ts';
import { render } from './render.ts';
import { createRng } from './rng.ts';
import { createClock, inSpan } from './time.ts';
import type { AccountLine, SimAccount, TrafficLine } from './types.ts';

export interface SimulateOptions {
  seed: number;
  /** Multiplies account counts and volumes; 1 ≈ 60,000 requests over six days. */
  scale?: number;
  days?: number;
}

export interface Simulation {
  /** Sorted by `ts`, ties broken by account then the account's own order. */
  traffic: TrafficLine[];
  /** Sorted by account id. */
  accounts: AccountLine[];
}

/**
 * Generate synthetic traffic: benign populations, hard negatives and extraction campaigns, all
 * from one seed. Pure and deterministic: the same options always give the same result.
 */
export function simulate(options: SimulateOptions): Simulation {
  const scale = options.scale ?? 1;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError('scale must be a positive number');
  const root = createRng(options.seed, 'simulate');
  const clock = createClock(options.days ?? 6);
  const infra = createInfra(root.fork('infra'));
  const all: SimAccount[] = [];
  for (const population of POPULATIONS) {
    const ctx: SimContext = { rng: root.fork(population.name), scale, clock, infra };
    all.push(...population.generate(ctx));
  }
  const rows: { line: Omit<TrafficLine, 'id'>; seq: number }[] = [];
  for (const acct of all) {
    // The trace is a window on ongoing traffic: sessions that run past either end are cut there.
    acct.drafts = acct.drafts.filter((d) => inSpan(clock, d.ts));
    acct.drafts.forEach((draft, seq) => {
      const { provider, path, body } = render(draft);
      rows.push({
        line: {
          ts: draft.ts,
          account: acct.account,
          ip: draft.ip,
          userAgent: draft.userAgent,
          provider,
          path,
          body,
        },
        seq,
      });
    });
  }
  rows.sort((a, b) => a.line.ts - b.line.ts || compare(a.line.account, b.line.account) || a.seq - b.seq);
  const width = Math.max(6, String(rows.length).length);
  const traffic = rows.map(
    ({ line }, i): TrafficLine => ({ id: `sim-${String(i + 1).padStart(width, '0')}`, ...line }),
  );
  const accounts = all
    .filter((a) => a.drafts.length > 0)
    .map(({ account, label, campaign }): AccountLine => ({ account, label, campaign }))
    .sort((a, b) => compare(a.account, b.account));
  return { traffic, accounts };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Per-population request and account counts, for the command's summary and the docs. */
export function summarise(
  sim: Simulation,
): { campaign: string; label: string; accounts: number; requests: number }[] {
  const byAccount = new Map(sim.accounts.map((a) => [a.account, a]));
  const rows = new Map<string, { campaign: string; label: string; accounts: number; requests: number }>();
  for (const a of sim.accounts) {
    const key = a.campaign ?? '(none)';
    const row = rows.get(key) ?? { campaign: key, label: a.label, accounts: 0, requests: 0 };
    row.accounts++;
    rows.set(key, row);
  }
  for (const t of sim.traffic) {
    const a = byAccount.get(t.account);
    const row = rows.get(a?.campaign ?? '(none)');
    if (row) row.requests++;
  }
  return [...rows.values()].sort(
    (x, y) => x.label.localeCompare(y.label) || x.campaign.localeCompare(y.campaign),
  );
}

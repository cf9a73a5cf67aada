import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReplayOutput } from '../../src/risk/replay.ts';
import { num, pct } from './metrics.ts';

interface AccountLabel {
  account: string;
  label: 'attacker' | 'benign';
  campaign: string | null;
  /** The population, in the independent trace's labels. */
  kind?: string;
}

interface AccountTally {
  label: AccountLabel;
  requests: number;
  allowed: number;
  firstSuspect?: number;
  flagged: boolean;
}

const median = (xs: number[]): number => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/** Replay one simulated run and tally every account. */
async function runSeed(
  seed: number,
  scale: number,
): Promise<{ tallies: Map<string, AccountTally>; requests: number; ms: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'dg-eval-'));
  execFileSync(
    process.execPath,
    ['bin/distill-guard.mjs', 'simulate', '--seed', String(seed), '--out', dir, '--scale', String(scale)],
    {
      stdio: 'inherit',
    },
  );
  return replayDir(dir);
}

/** Replay `traffic.jsonl` of a directory, tally it by `accounts.jsonl`, and remove the directory. */
function replayDir(dir: string): { tallies: Map<string, AccountTally>; requests: number; ms: number } {
  const labels = readFileSync(join(dir, 'accounts.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as AccountLabel);
  const tallies = new Map<string, AccountTally>();
  for (const label of labels) tallies.set(label.account, { label, requests: 0, allowed: 0, flagged: false });
  // The command a user runs, on the embedded defaults: its output is what is tallied, and its
  // wall clock (start-up included, helper threads on every core) is the replay speed.
  const traffic = join(dir, 'traffic.jsonl');
  const requests = readFileSync(traffic, 'utf8').split('\n').filter(Boolean).length;
  const started = performance.now();
  const output = execFileSync(process.execPath, ['bin/distill-guard.mjs', 'replay', traffic], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - started;
  for (const line of output.split('\n')) {
    if (!line) continue;
    const out = JSON.parse(line) as ReplayOutput;
    const t = tallies.get(out.account);
    if (!t) continue;
    t.requests++;
    if (out.action === 'allow') t.allowed++;
    if (out.suspect && t.firstSuspect === undefined) t.firstSuspect = t.requests;
    if (out.suspect) t.flagged = true;
  }
  rmSync(dir, { recursive: true, force: true });
  return { tallies, requests, ms };
}

export async function accountLevelReport(seeds = [11, 23, 37], scale = 1): Promise<string> {
  const out: string[] = ['## Account level', ''];
  out.push(
    `Traffic from \`distill-guard simulate --seed S --scale ${scale}\` for S in ${seeds.join(', ')}, replayed through the`,
    'embedded default policy in virtual time (`distill-guard replay`). An account is *flagged* once any of its',
    'requests comes back `suspect`. Leakage is the share of attacker requests answered `allow`.',
    '',
  );
  const all: AccountTally[] = [];
  let requests = 0;
  let ms = 0;
  for (const seed of seeds) {
    const r = await runSeed(seed, scale);
    all.push(...r.tallies.values());
    requests += r.requests;
    ms += r.ms;
  }
  const attackers = all.filter((t) => t.label.label === 'attacker' && t.requests > 0);
  const benign = all.filter((t) => t.label.label === 'benign' && t.requests > 0);
  const flaggedA = attackers.filter((t) => t.flagged);
  const attackReq = attackers.reduce((s, t) => s + t.requests, 0);
  const leaked = attackers.reduce((s, t) => s + t.allowed, 0);
  out.push('| figure | value | target |', '|---|---:|---:|');
  out.push(
    `| attacker-account recall | ${pct(flaggedA.length / attackers.length)} (${flaggedA.length}/${attackers.length}) | ≥ 95% |`,
  );
  const flaggedB = benign.filter((t) => t.flagged);
  out.push(
    `| benign accounts flagged | ${pct(flaggedB.length / benign.length, 2)} (${flaggedB.length}/${benign.length}) | ≤ 0.5% |`,
  );
  const hard = benign.filter((t) => /hard/i.test(t.label.campaign ?? ''));
  out.push(`| hard-negative accounts flagged | ${hard.filter((t) => t.flagged).length}/${hard.length} | 0 |`);
  out.push(
    `| median requests until an attacker is suspect | ${num(median(flaggedA.map((t) => t.firstSuspect ?? 0)), 1)} | ≤ 20 |`,
  );
  out.push(
    `| leakage (attacker requests allowed) | ${pct(leaked / attackReq)} (${leaked}/${attackReq}) | ≤ 10% |`,
  );
  out.push(
    `| replay speed (\`distill-guard replay\`, wall clock, start-up included, ${availableParallelism()} cores) | ${Math.round(requests / (ms / 1000)).toLocaleString('en-US')} requests/s over ${requests.toLocaleString('en-US')} requests in ${seeds.length} runs (this run; the host's speed varies by ±20%, \`npm run bench\` takes the median of three) | ≥ 5,000 |`,
    '',
  );
  out.push(
    'Per campaign:',
    '',
    '| campaign | accounts | recall | median requests to suspect | leakage |',
    '|---|---:|---:|---:|---:|',
  );
  for (const name of [...new Set(attackers.map((t) => t.label.campaign ?? '?'))].sort()) {
    const c = attackers.filter((t) => (t.label.campaign ?? '?') === name);
    const f = c.filter((t) => t.flagged);
    const req = c.reduce((s, t) => s + t.requests, 0);
    const allow = c.reduce((s, t) => s + t.allowed, 0);
    out.push(
      `| ${name} | ${c.length} | ${pct(f.length / c.length)} | ${num(median(f.map((t) => t.firstSuspect ?? 0)), 1)} | ${pct(allow / req)} |`,
    );
  }
  out.push(
    '',
    'Benign populations (hard negatives marked in their label):',
    '',
    '| population | accounts | flagged | requests |',
    '|---|---:|---:|---:|',
  );
  for (const name of [...new Set(benign.map((t) => t.label.campaign ?? 'ordinary'))].sort()) {
    const c = benign.filter((t) => (t.label.campaign ?? 'ordinary') === name);
    out.push(
      `| ${name} | ${c.length} | ${c.filter((t) => t.flagged).length} | ${c.reduce((s, t) => s + t.requests, 0)} |`,
    );
  }
  out.push('');
  return out.join('\n');
}

/**
 * Account level on a trace written independently of the engine and of `simulate`, by its own
 * generator (test/fixtures/independent-traffic/gen.mjs, fixed seed): its own populations and
 * campaigns, replayed the same way.
 */
export function independentTraceReport(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dg-eval-ind-'));
  execFileSync(process.execPath, ['test/fixtures/independent-traffic/gen.mjs', dir], { stdio: 'ignore' });
  const { tallies, requests } = replayDir(dir);
  const all = [...tallies.values()].filter((t) => t.requests > 0);
  const attackers = all.filter((t) => t.label.label === 'attacker');
  const benign = all.filter((t) => t.label.label === 'benign');
  const flaggedA = attackers.filter((t) => t.flagged);
  const attackReq = attackers.reduce((s, t) => s + t.requests, 0);
  const leaked = attackers.reduce((s, t) => s + t.allowed, 0);
  const out: string[] = ['### Independent trace', ''];
  out.push(
    `\`test/fixtures/independent-traffic/gen.mjs\` (${requests.toLocaleString('en-US')} requests from ${all.length} accounts over three days), written`,
    'by a session that read neither the engine nor `simulate`; see its README for what was tuned on it since.',
    '',
    '| figure | value | target |',
    '|---|---:|---:|',
    `| attacker-account recall | ${pct(flaggedA.length / attackers.length)} (${flaggedA.length}/${attackers.length}) | ≥ 95% |`,
    `| benign accounts flagged | ${pct(benign.filter((t) => t.flagged).length / benign.length, 2)} (${benign.filter((t) => t.flagged).length}/${benign.length}) | ≤ 0.5% |`,
    `| median requests until an attacker is suspect | ${num(median(flaggedA.map((t) => t.firstSuspect ?? 0)), 1)} | ≤ 20 |`,
    `| leakage (attacker requests allowed) | ${pct(leaked / attackReq)} (${leaked}/${attackReq}) | ≤ 10% |`,
    '',
    '| population | label | accounts | flagged | leakage |',
    '|---|---|---:|---:|---:|',
  );
  for (const kind of [...new Set(all.map((t) => t.label.kind ?? '?'))].sort()) {
    const c = all.filter((t) => (t.label.kind ?? '?') === kind);
    const req = c.reduce((s, t) => s + t.requests, 0);
    const allow = c.reduce((s, t) => s + t.allowed, 0);
    const attacker = c[0]?.label.label === 'attacker';
    out.push(
      `| ${kind} | ${c[0]?.label.label} | ${c.length} | ${c.filter((t) => t.flagged).length} | ${attacker ? pct(allow / req) : '–'} |`,
    );
  }
  out.push('');
  return out.join('\n');
}

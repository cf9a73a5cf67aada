import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPolicy } from '../../src/policy/parse.ts';
import { createReplayer } from '../../src/risk/replay.ts';
import { generateTrace } from '../trace.ts';

/**
 * Two measures. `benchEngine`, the engine alone: replay a trace through `createReplayer` (parse, score, account and campaign
 * state in the memory store, decide) with the embedded default policy, in virtual time, and
 * time it, in this process (bench/run.ts pins it to one core). `benchReplayCommand`: the
 * `distill-guard replay` command as a user runs it, start-up included, on every core it finds.
 * The trace comes from `distill-guard simulate --seed 1` when that command exists, else from
 * bench/trace.ts. Run as a process (`--command` for the second); prints one JSON result.
 */

export interface EngineResult {
  source: string;
  requests: number;
  totalMs: number;
  usPerRequest: number;
  requestsPerS: number;
  /** The second half of the trace alone: JIT warm, state populated. */
  warmUsPerRequest: number;
  /** CPU time (this process, all threads) per request, and the rate one whole core would sustain. */
  cpuUsPerRequest: number;
  cpuRequestsPerS: number;
  actions: Record<string, number>;
}

const ROOT = join(import.meta.dirname, '..', '..');

export interface ReplayCommandResult {
  source: string;
  requests: number;
  /** Each run: wall-clock and CPU time (all threads) of the whole command, start-up included. */
  runs: { wallMs: number; cpuMs: number }[];
  /** From the median run's wall clock. */
  requestsPerS: number;
  cpuUsPerRequest: number;
  /** Every run printed the same output, one line per input line. */
  deterministic: boolean;
  cores: number;
}

function simulateTrace(dir: string): { lines: unknown[]; file: string; source: string } | undefined {
  try {
    execFileSync(process.execPath, ['bin/distill-guard.mjs', 'simulate', '--seed', '1', '--out', dir], {
      cwd: ROOT,
      stdio: 'ignore',
    });
  } catch {
    return undefined;
  }
  const file = join(dir, 'traffic.jsonl');
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as unknown);
  return { lines, file, source: '`distill-guard simulate --seed 1`' };
}

function trace(dir: string, requests: number): { lines: unknown[]; file: string; source: string } {
  const simulated = simulateTrace(dir);
  if (simulated) return simulated;
  const lines = generateTrace(1, requests);
  const file = join(dir, 'traffic.jsonl');
  writeFileSync(file, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
  return { lines, file, source: 'bench/trace.ts (seed 1; `simulate` was not available)' };
}

/** CPU time of this process's waited-for children, ms (Linux: cutime + cstime). */
function childrenCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10; // USER_HZ is 100 on Linux
  } catch {
    return Number.NaN;
  }
}

function runReplay(file: string): Promise<{ wallMs: number; cpuMs: number; lines: number; digest: string }> {
  return new Promise((resolve, reject) => {
    const cpu0 = childrenCpuMs();
    const t0 = performance.now();
    const c = spawn(process.execPath, ['bin/distill-guard.mjs', 'replay', file], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const hash = createHash('sha256');
    let lines = 0;
    c.stdout.on('data', (d: Buffer) => {
      hash.update(d);
      for (let i = d.indexOf(10); i >= 0; i = d.indexOf(10, i + 1)) lines++;
    });
    c.once('error', reject);
    c.once('close', (code) => {
      const wallMs = performance.now() - t0;
      if (code !== 0) reject(new Error(`replay exited with ${code}`));
      else resolve({ wallMs, cpuMs: childrenCpuMs() - cpu0, lines, digest: hash.digest('hex') });
    });
  });
}

/** `distill-guard replay FILE` over the trace, `runs` times; the median run is reported. */
export async function benchReplayCommand(requests = 60_000, runs = 3): Promise<ReplayCommandResult> {
  const dir = mkdtempSync(join(tmpdir(), 'dg-bench-sim-'));
  try {
    const t = trace(dir, requests);
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await runReplay(t.file));
    const n = t.lines.length;
    const median = [...results].sort((a, b) => a.wallMs - b.wallMs)[Math.floor(results.length / 2)];
    if (!median) throw new Error('no replay run');
    return {
      source: t.source,
      requests: n,
      runs: results.map(({ wallMs, cpuMs }) => ({ wallMs, cpuMs })),
      requestsPerS: n / (median.wallMs / 1000),
      cpuUsPerRequest: (median.cpuMs * 1000) / n,
      deterministic: results.every((r) => r.digest === median.digest && r.lines === n),
      cores: availableParallelism(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchEngine(requests = 60_000): Promise<EngineResult> {
  const dir = mkdtempSync(join(tmpdir(), 'dg-bench-sim-'));
  let t: { lines: unknown[]; source: string };
  try {
    t = trace(dir, requests);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const replayer = createReplayer(defaultPolicy());
  const actions: Record<string, number> = {};
  const half = Math.floor(t.lines.length / 2);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let tHalf = t0;
  for (let i = 0; i < t.lines.length; i++) {
    if (i === half) tHalf = performance.now();
    const out = await replayer.next(t.lines[i]);
    actions[out.action] = (actions[out.action] ?? 0) + 1;
  }
  const t1 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const n = t.lines.length;
  const cpuUs = (cpu.user + cpu.system) / n;
  return {
    source: t.source,
    requests: n,
    totalMs: t1 - t0,
    usPerRequest: ((t1 - t0) * 1000) / n,
    requestsPerS: n / ((t1 - t0) / 1000),
    warmUsPerRequest: ((t1 - tHalf) * 1000) / (n - half),
    cpuUsPerRequest: cpuUs,
    cpuRequestsPerS: 1e6 / cpuUs,
    actions,
  };
}

if (process.argv[1]?.endsWith('engine.ts')) {
  const command = process.argv.includes('--command');
  const requests = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 60_000);
  const result = command ? await benchReplayCommand(requests) : await benchEngine(requests);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPolicy } from '../../src/policy/parse.ts';
import { createReplayer } from '../../src/risk/replay.ts';
import { generateTrace } from '../trace.ts';

/**
 * The engine alone: replay a trace through `createReplayer` (parse, score, account and campaign
 * state in the memory store, decide) with the embedded default policy, in virtual time, and
 * time it. The trace comes from `distill-guard simulate --seed 1` when that command exists,
 * else from bench/trace.ts. Run as a process; prints one JSON result.
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

function simulateTrace(): { lines: unknown[]; source: string } | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'dg-bench-sim-'));
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
  return { lines, source: '`distill-guard simulate --seed 1`' };
}

export async function benchEngine(requests = 60_000): Promise<EngineResult> {
  const trace = simulateTrace() ?? {
    lines: generateTrace(1, requests),
    source: 'bench/trace.ts (seed 1; `simulate` was not available)',
  };
  const replayer = createReplayer(defaultPolicy());
  const actions: Record<string, number> = {};
  const half = Math.floor(trace.lines.length / 2);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let tHalf = t0;
  for (let i = 0; i < trace.lines.length; i++) {
    if (i === half) tHalf = performance.now();
    const out = await replayer.next(trace.lines[i]);
    actions[out.action] = (actions[out.action] ?? 0) + 1;
  }
  const t1 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const n = trace.lines.length;
  const cpuUs = (cpu.user + cpu.system) / n;
  return {
    source: trace.source,
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
  process.stdout.write(`${JSON.stringify(await benchEngine(Number(process.argv[2] ?? 60_000)))}\n`);
}

import type { ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runLoad, type Workload } from '../lib/load.ts';
import { cpuMs, drain, spawnPinned, stop, waitHttp, waitReady } from '../lib/proc.ts';
import { freePort } from '../lib/servers.ts';

/**
 * CPU per request of sidecars from several source trees, side by side, interleaved:
 *
 *   tsx bench/tools/compare.ts [--base DIR] [--rounds N] [--seconds S] [--workloads json,sse,...]
 *
 * Configurations: the bare pass-through, then allow-all and default policy of this tree and (with
 * --base) of another checkout. Prints the median CPU µs/request and req/s of each at c=50.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '2' },
    workloads: { type: 'string', default: 'json,sse,oai-json,oai-sse' },
    configs: { type: 'string' },
  },
});
const WORKLOADS: Record<string, Workload> = {
  json: { provider: 'anthropic', stream: false },
  sse: { provider: 'anthropic', stream: true, sse: 'burst' },
  'oai-json': { provider: 'openai', stream: false },
  'oai-sse': { provider: 'openai', stream: true, sse: 'burst' },
};
const tmp = mkdtempSync(join(tmpdir(), 'dg-compare-'));
const children: ChildProcess[] = [];
const fds: number[] = [];
const mockPort = await freePort();
const mock = spawnPinned(0, process.execPath, ['--import', 'tsx', 'bench/upstream.ts', String(mockPort)], {
  cwd: ROOT,
});
children.push(mock);
await waitReady(mock, 'mock');
drain(mock);
const upstream = `http://127.0.0.1:${mockPort}`;
const configs: { id: string; url: string; pid: number }[] = [];
{
  const port = await freePort();
  const bare = spawnPinned(
    0,
    process.execPath,
    ['--import', 'tsx', 'bench/passthrough.ts', String(port), upstream],
    { cwd: ROOT },
  );
  children.push(bare);
  await waitReady(bare, 'bare');
  drain(bare);
  configs.push({ id: 'bare', url: `http://127.0.0.1:${port}`, pid: bare.pid as number });
}
const trees: [string, string][] = [['new', ROOT]];
if (values.base) trees.unshift(['base', resolve(values.base)]);
const env = {
  ...process.env,
  UPSTREAM_ANTHROPIC_URL: upstream,
  UPSTREAM_OPENAI_URL: upstream,
  ACCOUNT_ID_SECRET: 'bench-account-secret',
  WATERMARK_SECRET: 'bench-watermark-secret',
};
const wanted = values.configs?.split(',');
for (const [tree, dir] of trees) {
  for (const [policy, args] of [
    ['allow', ['--policy', join(ROOT, 'bench/policies/allow-all.yaml')]],
    ['default', []],
  ] as const) {
    const id = `${tree}-${policy}`;
    if (wanted && !wanted.includes(id) && !wanted.includes(policy)) continue;
    const port = await freePort();
    const fd = openSync(join(tmp, `${id}.audit`), 'w');
    fds.push(fd);
    const child = spawnPinned(
      0,
      process.execPath,
      ['bin/distill-guard.mjs', 'serve', '--port', String(port), ...args],
      {
        cwd: dir,
        env,
        stdio: ['ignore', fd, 'pipe'],
      },
    );
    children.push(child);
    drain(child);
    await waitHttp(`http://127.0.0.1:${port}/healthz`);
    configs.push({ id, url: `http://127.0.0.1:${port}`, pid: child.pid as number });
  }
}
const rounds = Number(values.rounds);
const seconds = Number(values.seconds);
const names = (values.workloads as string).split(',');
const results = new Map<string, { cpu: number[]; rps: number[] }>();
try {
  for (const c of configs)
    for (const w of names)
      await runLoad({
        target: c.url,
        workload: WORKLOADS[w]!,
        connections: 50,
        durationS: 1,
        keys: 1000,
        cpu: 1,
        tmp,
      });
  for (let r = 0; r < rounds; r++) {
    for (const w of names) {
      for (let k = 0; k < configs.length; k++) {
        const c = configs[(k + r) % configs.length]!;
        const cpu0 = cpuMs([c.pid]);
        const res = await runLoad({
          target: c.url,
          workload: WORKLOADS[w]!,
          connections: 50,
          durationS: seconds,
          keys: 1000,
          cpu: 1,
          tmp,
        });
        const cpu = ((cpuMs([c.pid]) - cpu0) * 1000) / res.requests;
        const key = `${w}|${c.id}`;
        const e = results.get(key) ?? { cpu: [], rps: [] };
        e.cpu.push(cpu);
        e.rps.push(res.rps);
        results.set(key, e);
        process.stderr.write(
          `r${r} ${w.padEnd(9)} ${c.id.padEnd(12)} ${res.rps.toFixed(0).padStart(6)} req/s ${cpu.toFixed(0).padStart(5)} µs/req${res.non2xx + res.errors ? ` FAIL ${res.non2xx}+${res.errors}` : ''}\n`,
        );
      }
    }
  }
} finally {
  await Promise.all(children.map((c) => stop(c)));
  for (const fd of fds) closeSync(fd);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
console.log(
  `\n${'workload'.padEnd(9)} ${configs.map((c) => c.id.padStart(14)).join('')}   (median CPU µs/req, req/s)`,
);
for (const w of names) {
  const bare = median(results.get(`${w}|bare`)?.cpu ?? []);
  console.log(
    `${w.padEnd(9)} ${configs
      .map((c) => {
        const e = results.get(`${w}|${c.id}`);
        return `${median(e?.cpu ?? []).toFixed(0)}/${median(e?.rps ?? []).toFixed(0)}`.padStart(14);
      })
      .join('')}   bare/default ratio: ${configs
      .filter((c) => c.id.endsWith('default'))
      .map((c) => `${c.id} ${((bare / median(results.get(`${w}|${c.id}`)?.cpu ?? [])) * 100).toFixed(0)}%`)
      .join(' ')}`,
  );
}

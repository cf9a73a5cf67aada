import type { ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { drain, spawnPinned, stop, waitHttp, waitReady } from '../lib/proc.ts';
import { freePort } from '../lib/servers.ts';
import { measureStreams } from '../stream-client.ts';

/**
 * Stream timings (TTFB, first text, last event) at c=1 on trickled Anthropic streams: direct,
 * bare, and the default policy of this tree and (with --base) of another checkout, interleaved.
 *   tsx bench/tools/ttfb.ts [--base DIR] [--rounds 2] [--seconds 3] [--policy allow|default]
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    rounds: { type: 'string', default: '2' },
    seconds: { type: 'string', default: '3' },
    policy: { type: 'string', default: 'default' },
    sse: { type: 'string', default: 'trickle' },
  },
});
const children: ChildProcess[] = [];
const mockPort = await freePort();
const mock = spawnPinned(0, process.execPath, ['--import', 'tsx', 'bench/upstream.ts', String(mockPort)], {
  cwd: ROOT,
});
children.push(mock);
await waitReady(mock, 'mock');
drain(mock);
const upstream = `http://127.0.0.1:${mockPort}`;
const targets: { id: string; url: string }[] = [{ id: 'direct', url: upstream }];
const barePort = await freePort();
const bare = spawnPinned(
  0,
  process.execPath,
  ['--import', 'tsx', 'bench/passthrough.ts', String(barePort), upstream],
  { cwd: ROOT },
);
children.push(bare);
await waitReady(bare, 'bare');
drain(bare);
targets.push({ id: 'bare', url: `http://127.0.0.1:${barePort}` });
const env = {
  ...process.env,
  UPSTREAM_ANTHROPIC_URL: upstream,
  UPSTREAM_OPENAI_URL: upstream,
  ACCOUNT_ID_SECRET: 'bench-account-secret',
  WATERMARK_SECRET: 'bench-watermark-secret',
};
const policy = values.policy === 'allow' ? ['--policy', resolve(ROOT, 'bench/policies/allow-all.yaml')] : [];
for (const [id, dir] of [...(values.base ? [['base', resolve(values.base)]] : []), ['new', ROOT]] as [
  string,
  string,
][]) {
  const port = await freePort();
  const child = spawnPinned(
    0,
    process.execPath,
    ['bin/distill-guard.mjs', 'serve', '--port', String(port), ...policy],
    {
      cwd: dir,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  children.push(child);
  drain(child);
  await waitHttp(`http://127.0.0.1:${port}/healthz`);
  targets.push({ id, url: `http://127.0.0.1:${port}` });
}
try {
  const spec = (target: string, durationS: number) => ({
    target,
    provider: 'anthropic' as const,
    sse: values.sse as 'burst' | 'trickle',
    connections: 1,
    durationS,
    keys: 1000,
  });
  for (const t of targets) await measureStreams(spec(t.url, 1));
  for (let r = 0; r < Number(values.rounds); r++)
    for (const t of targets) {
      const s = await measureStreams(spec(t.url, Number(values.seconds)));
      console.log(
        `r${r} ${t.id.padEnd(7)} n=${s.streams} ttfb p50 ${s.ttfb.p50.toFixed(2)} p99 ${s.ttfb.p99.toFixed(2)} | ttft p50 ${s.ttft.p50.toFixed(2)} | ttle p50 ${s.ttle.p50.toFixed(2)} p99 ${s.ttle.p99.toFixed(2)}`,
      );
    }
} finally {
  await Promise.all(children.map((c) => stop(c)));
}

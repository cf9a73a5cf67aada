import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PATHS, providerHeaders, requestBodies } from '../fixtures.ts';
import { have, pinned } from './proc.ts';

/** One load-generator run: wrk when installed (C, one thread, a Lua script for POST bodies), else autocannon. */

export type Provider = 'anthropic' | 'openai';
export type SseMode = 'burst' | 'trickle';

export interface Workload {
  provider: Provider;
  stream: boolean;
  /** How the mock upstream delivers SSE (ignored for JSON). */
  sse?: SseMode;
  /** For trickled streams: events per write (default 1). */
  eventsPerWrite?: number;
}

export interface LoadOptions {
  target: string;
  workload: Workload;
  connections: number;
  durationS: number;
  /** Distinct API keys to rotate through (one account each), so no account meets its rate limit. */
  keys: number;
  cpu: number | undefined;
  tmp: string;
}

export interface LoadResult {
  tool: 'wrk' | 'autocannon';
  requests: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  non2xx: number;
  errors: number;
}

export const HAVE_WRK = have('wrk');

function keyHeader(w: Workload): [name: string, prefix: string] {
  return w.provider === 'anthropic' ? ['x-api-key', 'sk-bench-'] : ['authorization', 'Bearer sk-bench-'];
}

function headersFor(w: Workload, key?: number): Record<string, string> {
  const [name, prefix] = keyHeader(w);
  return {
    ...providerHeaders(w.provider),
    ...(key === undefined ? {} : { [name]: `${prefix}${key}` }),
    ...(w.stream && w.sse ? { 'x-bench-sse': w.sse } : {}),
    ...(w.stream && w.eventsPerWrite ? { 'x-bench-events-per-write': String(w.eventsPerWrite) } : {}),
  };
}

const luaString = (s: string) => `[==[${s}]==]`;

function luaScript(w: Workload, keys: number): string {
  const bodies = requestBodies(w.provider, w.stream);
  const base = Object.entries(headersFor(w))
    .map(([n, v]) => `[ ${luaString(n)} ] = ${luaString(v)}`)
    .join(',');
  const [keyName, keyPrefix] = keyHeader(w);
  // Every account sends every question in turn; one pre-formatted request per (question, key).
  return `
local bodies = {${bodies.map(luaString).join(',\n')}}
local base = {${base}}
local reqs, n, i = {}, 0, 0
init = function(args)
  for b = 1, #bodies do
    for k = 1, ${keys} do
      local h = {}
      for name, value in pairs(base) do h[name] = value end
      h[ ${luaString(keyName)} ] = ${luaString(keyPrefix)} .. k
      n = n + 1
      reqs[n] = wrk.format("POST", "${PATHS[w.provider]}", h, bodies[b])
    end
  end
end
request = function()
  i = i % n + 1
  return reqs[i]
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('RESULT {"requests":%d,"durationUs":%d,"non2xx":%d,"errors":%d,"p50":%d,"p99":%d,"mean":%f}\\n',
    summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(99), latency.mean))
end
`;
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.once('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${command} exited ${code}: ${err || out}`)),
    );
  });
}

async function runWrk(o: LoadOptions): Promise<LoadResult> {
  const script = join(
    o.tmp,
    `load-${o.workload.provider}-${o.workload.stream ? o.workload.sse : 'json'}.lua`,
  );
  writeFileSync(script, luaScript(o.workload, o.keys));
  const [cmd, args] = pinned(o.cpu, 'wrk', [
    '-t1',
    `-c${o.connections}`,
    `-d${o.durationS}s`,
    '--timeout',
    '10s',
    '-s',
    script,
    `${o.target}${PATHS[o.workload.provider]}`,
  ]);
  const out = await run(cmd, args);
  const line = /RESULT (\{.*\})/.exec(out)?.[1];
  if (!line) throw new Error(`wrk printed no result:\n${out}`);
  const r = JSON.parse(line) as {
    requests: number;
    durationUs: number;
    non2xx: number;
    errors: number;
    p50: number;
    p99: number;
    mean: number;
  };
  return {
    tool: 'wrk',
    requests: r.requests,
    rps: r.requests / (r.durationUs / 1e6),
    p50Ms: r.p50 / 1000,
    p99Ms: r.p99 / 1000,
    meanMs: r.mean / 1000,
    non2xx: r.non2xx,
    errors: r.errors,
  };
}

async function runAutocannon(o: LoadOptions): Promise<LoadResult> {
  const spec = {
    url: `${o.target}${PATHS[o.workload.provider]}`,
    connections: o.connections,
    duration: o.durationS,
    requests: requestBodies(o.workload.provider, o.workload.stream).flatMap((body) =>
      Array.from({ length: Math.min(o.keys, 200) }, (_, k) => ({
        method: 'POST',
        headers: headersFor(o.workload, k + 1),
        body,
      })),
    ),
  };
  const file = join(o.tmp, 'autocannon.json');
  writeFileSync(file, JSON.stringify(spec));
  const [cmd, args] = pinned(o.cpu, process.execPath, [
    '--import',
    'tsx',
    join(import.meta.dirname, 'autocannon-worker.ts'),
    file,
  ]);
  const out = await run(cmd, args);
  return { tool: 'autocannon', ...(JSON.parse(out) as Omit<LoadResult, 'tool'>) };
}

export function runLoad(o: LoadOptions): Promise<LoadResult> {
  return HAVE_WRK ? runWrk(o) : runAutocannon(o);
}

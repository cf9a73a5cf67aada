import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { StreamClientSpec, StreamStats } from '../stream-client.ts';
import { type LoadResult, runLoad, type Workload } from './load.ts';
import { coreTicks, coreUse, cpuMs, pinned } from './proc.ts';
import type { ConfigId, ProxyConfig } from './servers.ts';

/** The interleaved proxy matrix: every scenario against every configuration, round after round. */

export interface Scenario {
  id: string;
  label: string;
  /** `load`: wrk throughput and latency; `stream`: the SSE timing client. */
  kind: 'load' | 'stream';
  workload: Workload;
  connections: number;
  durationS: number;
}

export interface Sample {
  config: ConfigId;
  scenario: string;
  round: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  failures: number;
  /** CPU time of the proxy's processes per request, µs. */
  proxyCpuUs: number;
  /** Share of one core the mock upstream used during the run. */
  mockCore: number;
  /** Utilisation of each core during the run (everything on the machine). */
  cores: number[];
  stream?: StreamStats;
}

export interface MatrixOptions {
  configs: ProxyConfig[];
  scenarios: Scenario[];
  rounds: number;
  mockPid: number;
  loadCpu: number | undefined;
  keys: number;
  tmp: string;
  log: (line: string) => void;
}

function streamClient(spec: StreamClientSpec, cpu: number | undefined): Promise<StreamStats> {
  const [cmd, args] = pinned(cpu, process.execPath, [
    '--import',
    'tsx',
    join(import.meta.dirname, '..', 'stream-client.ts'),
    JSON.stringify(spec),
  ]);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as StreamStats) : reject(new Error(`stream client: ${err}`)),
    );
  });
}

export async function runOne(
  config: ProxyConfig,
  scenario: Scenario,
  o: Pick<MatrixOptions, 'mockPid' | 'loadCpu' | 'keys' | 'tmp'>,
  round: number,
): Promise<Sample> {
  const pids = config.pids();
  const cpu0 = cpuMs(pids);
  const mock0 = cpuMs([o.mockPid]);
  const cores0 = coreTicks();
  const t0 = performance.now();
  let load: LoadResult | undefined;
  let stream: StreamStats | undefined;
  if (scenario.kind === 'load') {
    load = await runLoad({
      target: config.url,
      workload: scenario.workload,
      connections: scenario.connections,
      durationS: scenario.durationS,
      keys: o.keys,
      cpu: o.loadCpu,
      tmp: o.tmp,
    });
  } else {
    stream = await streamClient(
      {
        target: config.url,
        provider: scenario.workload.provider,
        sse: scenario.workload.sse ?? 'burst',
        ...(scenario.workload.eventsPerWrite ? { eventsPerWrite: scenario.workload.eventsPerWrite } : {}),
        connections: scenario.connections,
        durationS: scenario.durationS,
        keys: o.keys,
      },
      o.loadCpu,
    );
  }
  const wallMs = performance.now() - t0;
  const requests = load?.requests ?? stream?.streams ?? 0;
  const sample: Sample = {
    config: config.id,
    scenario: scenario.id,
    round,
    rps: load?.rps ?? requests / scenario.durationS,
    p50Ms: load?.p50Ms ?? stream?.ttle.p50 ?? Number.NaN,
    p99Ms: load?.p99Ms ?? stream?.ttle.p99 ?? Number.NaN,
    requests,
    failures: (load ? load.non2xx + load.errors : 0) + (stream?.errors ?? 0),
    proxyCpuUs: requests > 0 ? ((cpuMs(pids) - cpu0) * 1000) / requests : Number.NaN,
    mockCore: (cpuMs([o.mockPid]) - mock0) / wallMs,
    cores: coreUse(cores0, coreTicks()),
  };
  if (stream) sample.stream = stream;
  return sample;
}

/**
 * Round by round, scenario by scenario, every configuration in turn, the order rotating each
 * round, so slow drift of the machine (other jobs, thermal) spreads over all configurations.
 */
export async function runMatrix(o: MatrixOptions): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (let round = 1; round <= o.rounds; round++) {
    for (const scenario of o.scenarios) {
      const n = o.configs.length;
      for (let k = 0; k < n; k++) {
        const config = o.configs[(k + round - 1) % n] as ProxyConfig;
        const s = await runOne(config, scenario, o, round);
        samples.push(s);
        o.log(
          `round ${round} ${scenario.id.padEnd(16)} ${config.id.padEnd(10)} ${s.rps.toFixed(0).padStart(6)} req/s` +
            `  p50 ${s.p50Ms.toFixed(2)} ms  p99 ${s.p99Ms.toFixed(2)} ms  cpu ${s.proxyCpuUs.toFixed(0)} µs/req` +
            `  mock ${(s.mockCore * 100).toFixed(0)}%${s.failures ? `  FAILURES ${s.failures}` : ''}`,
        );
      }
    }
  }
  return samples;
}

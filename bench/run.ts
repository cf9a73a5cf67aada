import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { HAVE_WRK } from './lib/load.ts';
import { runMatrix, runOne, type Sample, type Scenario } from './lib/matrix.ts';
import { have, pinned } from './lib/proc.ts';
import { type ReportInput, renderReport, type Target } from './lib/report.ts';
import { scenarios as allScenarios } from './lib/scenarios.ts';
import { type ProxyConfig, startServers } from './lib/servers.ts';
import { cellKey, tabulate } from './lib/stats.ts';
import { type ProfileResult, profileSidecar, profileStage } from './profile.ts';
import type { EngineResult, ReplayCommandResult } from './stages/engine.ts';
import type { FloorCase } from './stages/floor.ts';
import type { MemoryResult } from './stages/memory.ts';
import type { WatermarkCase } from './stages/watermark.ts';

/**
 * `npm run bench [-- --quick] [-- --rounds N] [-- --out FILE] [-- --no-proxy] [-- --no-stages]
 * [-- --profile | --no-profile] [-- --render-only]`: the proxy matrix (interleaved, medians of
 * rounds), the stage benchmarks, profiles of the sidecar when a target is missed, and
 * docs/benchmarks.md. `--render-only` rewrites the report from the last run's saved results.
 */

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    out: { type: 'string', default: 'docs/benchmarks.md' },
    keys: { type: 'string', default: '1000' },
    'no-proxy': { type: 'boolean', default: false },
    'no-stages': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    'no-profile': { type: 'boolean', default: false },
    'render-only': { type: 'boolean', default: false },
  },
});
const quick = values.quick;
const rounds = Number(values.rounds ?? 3);
const keys = Number(values.keys);
const twoCores = cpus().length >= 2;
const SERVER_CPU = twoCores ? 0 : undefined;
const LOAD_CPU = twoCores ? 1 : undefined;
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const log = (line: string) => process.stderr.write(`${line}\n`);

function child<T>(args: string[], cpu: number | undefined): Promise<T> {
  const [cmd, argv] = pinned(cpu, process.execPath, args);
  return new Promise((resolve, reject) => {
    const c = spawn(cmd, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    c.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    c.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    c.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as T) : reject(new Error(`${args.join(' ')}: ${err}`)),
    );
  });
}

async function auditSummary(id: string, file: string | undefined): Promise<string> {
  if (!file || !existsSync(file)) return `\`${id}\`: no audit log`;
  const actions = new Map<string, number>();
  const statuses = new Map<number, number>();
  const errors = new Map<string, number>();
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(file) })) {
    if (!line.startsWith('{')) continue;
    const r = JSON.parse(line) as { enforced?: string; status?: number; error?: string; outcome?: string };
    n++;
    if (r.error) errors.set(`${r.outcome}: ${r.error}`, (errors.get(`${r.outcome}: ${r.error}`) ?? 0) + 1);
    actions.set(r.enforced ?? '?', (actions.get(r.enforced ?? '?') ?? 0) + 1);
    statuses.set(r.status ?? 0, (statuses.get(r.status ?? 0) ?? 0) + 1);
  }
  const list = <K>(m: Map<K, number>) =>
    [...m].map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`).join(', ');
  const errs = errors.size > 0 ? `; errors ${list(errors)}` : '';
  return `\`${id}\`: ${n.toLocaleString('en-US')} requests; enforced ${list(actions)}; status ${list(statuses)}${errs}`;
}

function machine(): string[] {
  const model = /model name\s*:\s*(.*)/.exec(
    existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '',
  )?.[1];
  const version = (cmd: string, args: string[]) => {
    // wrk -v exits 1 and nginx -v prints to stderr: take the first line of whatever came out.
    let text: string;
    try {
      text = execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string };
      text = `${e.stdout ?? ''}${e.stderr ?? ''}`;
    }
    return (
      text
        .split('\n')
        .find((l) => l.trim() !== '')
        ?.trim() ?? 'unknown version'
    );
  };
  const nginxVersion = () => {
    const r = spawnSync('nginx', ['-v'], { encoding: 'utf8' });
    return `${r.stdout}${r.stderr}`.trim() || 'unknown version';
  };
  return [
    `**Machine:** ${cpus().length} cores, ${model ?? cpus()[0]?.model ?? 'unknown CPU'}, Linux ${process.platform === 'linux' ? readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim() : process.platform}`,
    `**Node:** ${process.version}; load generator: ${HAVE_WRK ? `wrk (${version('wrk', ['-v'])})` : 'autocannon 9 (wrk not installed)'}; nginx: ${have('nginx') ? nginxVersion() : 'not installed'}`,
  ];
}

async function proxyMatrix(tmp: string) {
  const scenarios: Scenario[] = allScenarios(quick);
  const servers = await startServers({ tmp, serverCpu: SERVER_CPU, mockCpu: SERVER_CPU });
  try {
    log(`servers: ${servers.configs.map((c) => `${c.id} ${c.url}`).join(', ')}`);
    const o = { mockPid: servers.mockPid, loadCpu: LOAD_CPU, keys, tmp };
    const warm = scenarios.filter((s) => s.connections > 1);
    for (const c of servers.configs)
      for (const s of warm) await runOne(c, { ...s, durationS: quick ? 1 : 2, kind: s.kind }, o, 0);
    log('warm-up done');
    const samples = await runMatrix({ configs: servers.configs, scenarios, rounds, ...o, log });
    await servers.close();
    const audit = await Promise.all(
      Object.entries(servers.audit).map(([id, file]) => auditSummary(id, file)),
    );
    return { samples, scenarios, configs: servers.configs, notes: servers.notes, audit };
  } finally {
    await servers.close();
  }
}

function targets(input: Pick<ReportInput, 'table' | 'engine' | 'replay' | 'floor'>): Target[] {
  const c = (config: string, s: string) => input.table.get(cellKey(config as never, s));
  const out: Target[] = [];
  // The CPU-time ratio is what the throughput ratio tends to when the proxy alone saturates its
  // core; it is far less disturbed by other jobs on the machine than wall-clock throughput.
  const cpuRatio = (s: string) => {
    const dg = c('dg-default', s)?.proxyCpuUs;
    const bare = c('bare', s)?.proxyCpuUs;
    return dg && bare
      ? `${((bare / dg) * 100).toFixed(0)}% (${Math.round(dg)} vs ${Math.round(bare)} µs)`
      : '–';
  };
  for (const [s, what] of [
    ['json-c50', 'non-streaming'],
    ['sse-c50', 'streaming'],
  ] as const) {
    const dg = c('dg-default', s)?.rps;
    const bare = c('bare', s)?.rps;
    const r = dg !== undefined && bare !== undefined ? dg / bare : undefined;
    // What the engine and the embedder cost alone on this traffic, against what 80% allows.
    const floor = input.floor?.find((x) => x.scenario === s);
    const bareCpu = c('bare', s)?.proxyCpuUs;
    const floorNote =
      floor && bareCpu
        ? `; the engine and the embedder alone cost ${Math.round(floor.engineUs + floor.embedUs)} µs, the budget is ${Math.round(bareCpu * 0.25)} µs`
        : '';
    out.push({
      name: `full default policy throughput, ${what} (Anthropic, c=50)`,
      goal: '≥ 80% of bare pass-through',
      measured:
        r === undefined
          ? '–'
          : `${(r * 100).toFixed(0)}% (${Math.round(dg ?? 0)} vs ${Math.round(bare ?? 0)} req/s); by CPU per request ${cpuRatio(s)}${floorNote}`,
      met: r === undefined ? undefined : r >= 0.8,
    });
  }
  const dj = c('dg-default', 'json-c1');
  const direct = c('direct', 'json-c1');
  const bare = c('bare', 'json-c1');
  if (dj && direct) {
    // At c=1 the p99 of a few thousand requests on a shared machine is mostly other jobs'
    // scheduling and can even come out below direct's; the p50 is what the proxy itself adds, and
    // a p99 added latency can never be below the p50 one. So the target is met only if both are.
    const p99 = dj.p99Ms - direct.p99Ms;
    const p50 = dj.p50Ms - direct.p50Ms;
    out.push({
      name: 'p99 added latency at c=1, non-streaming',
      goal: '≤ 1 ms (vs direct)',
      measured: `p99 ${p99.toFixed(2)} ms (${dj.p99Ms.toFixed(2)} vs ${direct.p99Ms.toFixed(2)} ms, noise-dominated); p50 ${p50.toFixed(2)} ms${bare ? ` (${(dj.p50Ms - bare.p50Ms).toFixed(2)} ms over bare)` : ''}, a floor for the p99`,
      met: p99 <= 1 && p50 <= 1,
    });
  }
  const ds = c('dg-default', 'stream-c1');
  const dd = c('direct', 'stream-c1');
  const db = c('bare', 'stream-c1');
  if (ds?.ttfb && dd?.ttfb) {
    // TTFB counts from the request, so it holds everything distill-guard does before it forwards;
    // the watermark hold-back only delays text (TTFT), never the first byte (message_start).
    const added = ds.ttfb.p50 - dd.ttfb.p50;
    const overBare = db?.ttfb ? ds.ttfb.p50 - db.ttfb.p50 : undefined;
    out.push({
      name: 'stream TTFB overhead (trickled stream, c=1, p50)',
      goal: '≤ 1 ms beyond the watermark hold-back',
      measured: `${added.toFixed(2)} ms over direct${overBare === undefined ? '' : `, ${overBare.toFixed(2)} ms over bare`} (first text: ${((ds.ttft?.p50 ?? 0) - (dd.ttft?.p50 ?? 0)).toFixed(2)} ms over direct)`,
      met: added <= 1 && (overBare === undefined || overBare <= 1),
    });
  }
  if (input.replay) {
    // The issue's measure: `replay` over a 60k-request trace on this 2-core machine, as a user
    // runs it (start-up included, every core), the median of three runs by the wall clock.
    const r = input.replay;
    const e = input.engine;
    out.push({
      name: 'engine throughput (`distill-guard replay`, 60k-request trace)',
      goal: '≥ 5,000 requests/s',
      measured: `${int(r.requestsPerS)} requests/s by the wall clock on ${r.cores} cores (median of ${r.runs.length} runs: ${r.runs.map((x) => (x.wallMs / 1000).toFixed(1)).join(', ')} s${r.deterministic ? ', identical output' : ', OUTPUT DIFFERED'})${e ? `; one core alone: ${int(e.cpuRequestsPerS)} requests/s by CPU time (${e.cpuUsPerRequest.toFixed(0)} µs per request)` : ''}`,
      met: r.requestsPerS >= 5000 && r.deterministic,
    });
  } else if (input.engine) {
    // Judged on CPU time: the engine is CPU-bound, and on a shared machine the wall clock also
    // counts other jobs' turns on the core. Both figures are shown.
    const e = input.engine;
    out.push({
      name: 'engine throughput (replay, one core)',
      goal: '≥ 5,000 requests/s',
      measured: `${int(e.cpuRequestsPerS)} requests/s by CPU time (${e.cpuUsPerRequest.toFixed(0)} µs per request); ${int(e.requestsPerS)} by the wall clock`,
      met: e.cpuRequestsPerS >= 5000,
    });
  }
  return out;
}

const LAST_RUN_DIR = join(ROOT, '.cache', 'bench');
const LAST_RUN = join(LAST_RUN_DIR, 'last-run.json');

interface SavedRun {
  input: Omit<ReportInput, 'table' | 'targets' | 'configs'> & { configs: Omit<ProxyConfig, 'pids'>[] };
  samples: Sample[];
}

function write(saved: SavedRun): void {
  const table = tabulate(saved.samples);
  const goals = targets({
    table,
    ...(saved.input.engine ? { engine: saved.input.engine } : {}),
    ...(saved.input.replay ? { replay: saved.input.replay } : {}),
    ...(saved.input.floor ? { floor: saved.input.floor } : {}),
  });
  const configs = saved.input.configs.map((c) => ({ ...c, pids: () => [] }));
  const report = renderReport({ ...saved.input, configs, table, targets: goals });
  const out = join(ROOT, values.out);
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, report);
}

async function main(): Promise<void> {
  if (values['render-only']) {
    write(JSON.parse(readFileSync(LAST_RUN, 'utf8')) as SavedRun);
    log(`rewrote ${values.out} from ${LAST_RUN}`);
    return;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'dg-bench-'));
  const started = new Date();
  const load0 = loadavg()[0] ?? 0;
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  try {
    const proxy = values['no-proxy'] ? undefined : await proxyMatrix(tmp);
    const table = tabulate(proxy?.samples ?? []);
    let engine: EngineResult | undefined;
    let replay: ReplayCommandResult | undefined;
    let watermark: WatermarkCase[] | undefined;
    let floor: FloorCase[] | undefined;
    let memory: MemoryResult | undefined;
    if (!values['no-stages']) {
      log('stage: engine');
      engine = await child<EngineResult>(['--import', 'tsx', 'bench/stages/engine.ts', '60000'], SERVER_CPU);
      log('stage: replay command');
      // Not pinned: the command uses every core it finds (helper threads prepare lines ahead).
      replay = await child<ReplayCommandResult>(
        ['--import', 'tsx', 'bench/stages/engine.ts', '--command', '60000'],
        undefined,
      );
      log('stage: watermark');
      watermark = await child<WatermarkCase[]>(
        ['--import', 'tsx', 'bench/stages/watermark.ts', ...(quick ? ['--quick'] : [])],
        SERVER_CPU,
      );
      log('stage: floor');
      floor = await child<FloorCase[]>(
        ['--import', 'tsx', 'bench/stages/floor.ts', ...(quick ? ['--quick'] : [])],
        SERVER_CPU,
      );
      log('stage: memory');
      memory = await child<MemoryResult>(
        ['--expose-gc', '--import', 'tsx', 'bench/stages/memory.ts', quick ? '20000' : '100000'],
        SERVER_CPU,
      );
    }
    const goals = targets({
      table,
      ...(engine ? { engine } : {}),
      ...(replay ? { replay } : {}),
      ...(floor ? { floor } : {}),
    });
    const profiles: ProfileResult[] = [];
    const missedProxy = goals.some((t) => t.met === false && !t.name.startsWith('engine'));
    if (!values['no-profile'] && proxy && (values.profile || missedProxy)) {
      for (const workload of ['json', 'sse']) {
        log(`profile: ${workload}`);
        profiles.push(
          await profileSidecar({
            workload,
            seconds: quick ? 3 : 6,
            keys,
            serverCpu: SERVER_CPU,
            loadCpu: LOAD_CPU,
          }),
        );
      }
    }
    const missedEngine = goals.some((t) => t.met === false && t.name.startsWith('engine'));
    if (!values['no-profile'] && !values['no-stages']) {
      // The embedder will sit on every streamed text delta: show where it spends whenever we profile.
      if (values.profile || missedProxy) profiles.push(await profileStage('watermark', SERVER_CPU));
      if (values.profile || missedEngine) profiles.push(await profileStage('engine', SERVER_CPU));
    }
    const input: Omit<ReportInput, 'table' | 'targets'> = {
      info: {
        date: started.toISOString().replace(/\.\d+Z$/, 'Z'),
        command,
        machine: [
          ...machine(),
          `**Load average** (1 min) at the start and end of the run: ${load0.toFixed(1)} and ${loadavg()[0]?.toFixed(1)}: other jobs share the machine, which is why only ratios measured interleaved, and CPU time per request, are comparable between runs.`,
        ],
        layout: [
          twoCores
            ? 'Core 0: the server side, i.e. the mock upstream and every proxy (pinned with `taskset -c 0`). Core 1: the load generator or the stream client (`taskset -c 1`). Direct requests therefore cross cores once, proxied ones once plus one hop on core 0, and a proxy shares its core with the mock (see the mock table).'
            : 'One core: nothing pinned; servers and load generator share it.',
          `Load: ${HAVE_WRK ? 'wrk, one thread, a Lua script that pre-formats POST requests' : 'autocannon'}; ${keys} API keys (one account each) in rotation over 8 ordinary questions, so no account meets the default rate limits and nothing looks like a campaign.`,
          'Mock upstream: bench/upstream.ts (node:http, pre-encoded bodies): Anthropic JSON 1.5 KB, Anthropic SSE 150 events / 21.7 KB, OpenAI chat JSON 1.6 KB, OpenAI chat SSE 150 events / 45 KB. "burst" streams are written in one write, "trickle" streams one event per write.',
          `Durations: ${quick ? '1 s' : '2–3 s'} per run after a warm-up of every configuration; ${rounds} rounds, the configuration order rotating each round.`,
        ],
        rounds,
        notes: proxy?.notes ?? [],
      },
      configs: proxy?.configs ?? [],
      scenarios: proxy?.scenarios ?? [],
      audit: proxy?.audit ?? [],
      ...(engine ? { engine } : {}),
      ...(replay ? { replay } : {}),
      ...(watermark ? { watermark } : {}),
      ...(floor ? { floor } : {}),
      ...(memory ? { memory } : {}),
      profiles,
    };
    // Everything the report is made of, so `--render-only` can rewrite it without measuring again.
    mkdirSync(LAST_RUN_DIR, { recursive: true });
    const saved: SavedRun = {
      input: { ...input, configs: input.configs.map(({ id, label, url }) => ({ id, label, url })) },
      samples: proxy?.samples ?? [],
    };
    writeFileSync(LAST_RUN, JSON.stringify(saved));
    write(saved);
    log(`wrote ${values.out}`);
    for (const t of goals)
      log(`${t.met === undefined ? 'n/a   ' : t.met ? 'met   ' : 'MISSED'} ${t.name}: ${t.measured}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();

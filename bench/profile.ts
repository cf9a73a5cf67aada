import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { runLoad, type Workload } from './lib/load.ts';
import { cpuMs, drain, spawnPinned, stop, waitHttp, waitReady } from './lib/proc.ts';
import { freePort } from './lib/servers.ts';
import { type Hot, summarise } from './profile-summary.ts';

/**
 * Profile the sidecar under load: bundle the CLI with esbuild (packages external, a source map
 * beside it, so the profile maps back to src/…:line), run it with `node --cpu-prof` behind the
 * bench mock, drive it with the load generator, stop it, and summarise self time by function.
 *
 *   tsx bench/profile.ts [--policy FILE] [--workload json|sse|oai-json|oai-sse] [--seconds N] [--top N]
 *   tsx bench/profile.ts --stage engine|watermark
 */

const ROOT = join(import.meta.dirname, '..');

export interface ProfileResult {
  workload: string;
  policy: string;
  rps: number;
  /** The sidecar's CPU time per request (profiler overhead included). */
  cpuUsPerRequest: number;
  byFunction: Hot[];
  byFile: Hot[];
  file: string;
}

export const WORKLOADS: Record<string, Workload> = {
  json: { provider: 'anthropic', stream: false },
  sse: { provider: 'anthropic', stream: true, sse: 'burst' },
  'oai-json': { provider: 'openai', stream: false },
  'oai-sse': { provider: 'openai', stream: true, sse: 'burst' },
};

/** Bundle `contents` (imports relative to .cache/bench) with a source map beside it. */
async function bundle(name: string, contents: string): Promise<string> {
  const dir = join(ROOT, '.cache', 'bench');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `${name}.mjs`);
  await build({
    stdin: { contents, resolveDir: dir, sourcefile: `${name}-entry.ts`, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // What tsx does when it runs the sidecar (bin/distill-guard.mjs): names kept, so every named
    // closure costs a defineProperty when it is created. Profiles should show that cost.
    keepNames: true,
    sourcemap: 'external',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

function newestProfile(dir: string): string {
  const file = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f))
    .sort()[0];
  if (!file) throw new Error('no .cpuprofile written');
  return file;
}

export const STAGES: Record<string, string> = {
  engine: "import { benchEngine } from '../../bench/stages/engine.ts';\nawait benchEngine();\n",
  watermark:
    "import { benchWatermark } from '../../bench/stages/watermark.ts';\nawait benchWatermark(true);\n",
};

/** Profile one stage benchmark (the engine replay, the watermark embedder) on its own. */
export async function profileStage(stage: string, cpu?: number): Promise<ProfileResult> {
  const contents = STAGES[stage];
  if (!contents) throw new Error(`unknown stage ${stage}`);
  const entry = await bundle(`stage-${stage}`, contents);
  const dir = mkdtempSync(join(tmpdir(), 'dg-profile-'));
  const child = spawnPinned(cpu, process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, entry], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  if (code !== 0) throw new Error(`stage ${stage} exited ${code}`);
  const file = newestProfile(dir);
  const { byFunction, byFile } = summarise(file);
  return {
    workload: `stage ${stage}`,
    policy: '(embedded defaults)',
    rps: Number.NaN,
    cpuUsPerRequest: Number.NaN,
    byFunction,
    byFile,
    file,
  };
}

export async function profileSidecar(opts: {
  workload: string;
  policy?: string;
  seconds: number;
  keys?: number;
  serverCpu?: number | undefined;
  loadCpu?: number | undefined;
}): Promise<ProfileResult> {
  const workload = WORKLOADS[opts.workload];
  if (!workload) throw new Error(`unknown workload ${opts.workload}`);
  const tmp = mkdtempSync(join(tmpdir(), 'dg-profile-'));
  const entry = await bundle(
    'distill-guard',
    "import { main } from '../../src/cli/main.ts';\nprocess.exitCode = await main(process.argv.slice(2));\n",
  );
  const mockPort = await freePort();
  const mock = spawnPinned(
    opts.serverCpu,
    process.execPath,
    ['--import', 'tsx', 'bench/upstream.ts', String(mockPort)],
    {
      cwd: ROOT,
    },
  );
  const port = await freePort();
  const profDir = join(tmp, 'prof');
  const upstream = `http://127.0.0.1:${mockPort}`;
  const sidecar = spawnPinned(
    opts.serverCpu,
    process.execPath,
    [
      '--cpu-prof',
      `--cpu-prof-dir=${profDir}`,
      entry,
      'serve',
      '--port',
      String(port),
      ...(opts.policy ? ['--policy', opts.policy] : []),
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        UPSTREAM_ANTHROPIC_URL: upstream,
        UPSTREAM_OPENAI_URL: upstream,
        ACCOUNT_ID_SECRET: 'bench-account-secret',
        WATERMARK_SECRET: 'bench-watermark-secret',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  try {
    await waitReady(mock, 'mock upstream');
    drain(mock);
    drain(sidecar);
    await waitHttp(`http://127.0.0.1:${port}/healthz`);
    const load = (durationS: number) =>
      runLoad({
        target: `http://127.0.0.1:${port}`,
        workload,
        connections: 50,
        durationS,
        keys: opts.keys ?? 1000,
        cpu: opts.loadCpu,
        tmp,
      });
    await load(2); // warm-up: JIT, caches, account state
    const cpu0 = cpuMs([sidecar.pid as number]);
    const result = await load(opts.seconds);
    const cpuUsPerRequest = ((cpuMs([sidecar.pid as number]) - cpu0) * 1000) / result.requests;
    await stop(sidecar);
    const file = newestProfile(profDir);
    // The measured load only: start-up (module compilation, store allocation) and warm-up left out.
    const { byFunction, byFile } = summarise(file, opts.seconds * 1000);
    return {
      workload: opts.workload,
      policy: opts.policy ?? '(embedded defaults)',
      rps: result.rps,
      cpuUsPerRequest,
      byFunction,
      byFile,
      file,
    };
  } finally {
    await stop(sidecar);
    await stop(mock);
  }
}

if (process.argv[1]?.endsWith('profile.ts')) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const policy = arg('policy');
  const stage = arg('stage');
  const r = stage
    ? await profileStage(stage, 0)
    : await profileSidecar({
        workload: arg('workload') ?? 'json',
        ...(policy ? { policy } : {}),
        seconds: Number(arg('seconds') ?? 8),
        serverCpu: 0,
        loadCpu: 1,
      });
  const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)}%`;
  console.log(
    `${r.workload}, policy ${r.policy}: ${r.rps.toFixed(0)} req/s, ${r.cpuUsPerRequest.toFixed(0)} µs CPU/request; profile ${r.file}\n`,
  );
  for (const h of r.byFunction.slice(0, Number(arg('top') ?? 40)))
    console.log(`${pct(h.share)}  ${h.name}  ${h.where}`);
  console.log('\nby file:');
  for (const h of r.byFile.slice(0, 25)) console.log(`${pct(h.share)}  ${h.name}`);
}

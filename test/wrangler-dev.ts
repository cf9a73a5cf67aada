import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Wrangler must never wait on the network in tests (reference/toolchain.md §2). */
export const OFFLINE_ENV = {
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_SEND_ERROR_REPORTS: 'false',
  WRANGLER_HIDE_BANNER: 'true',
};

export interface WranglerDev {
  url: string;
  /** Everything wrangler and the Worker printed so far (console.* lines of the Worker included). */
  output(): string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Signal wrangler and its workerd children: they share the process group `setsid` gave them. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals | 0): boolean {
  try {
    if (child.pid) process.kill(-child.pid, signal);
    return true;
  } catch {
    return false; // the group is empty
  }
}

/** Wait until no process of the group is left (workerd exits a moment after wrangler). */
async function groupGone(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!killGroup(child, 0)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

/**
 * `wrangler dev` on free ports (HTTP and inspector), in its own process group so that stopping
 * it also stops workerd, with Durable Object state in a fresh temp dir. Resolves once
 * `/healthz` answers; the readiness wait is generous because CI machines are shared.
 */
export async function startWranglerDev(
  vars: Record<string, string>,
  options: { readyTimeoutMs?: number } = {},
): Promise<WranglerDev> {
  const [port, inspector] = [await freePort(), await freePort()];
  const state = mkdtempSync(join(tmpdir(), 'distill-guard-wrangler-'));
  const root = resolve(import.meta.dirname, '..');
  const args = ['dev', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspector)];
  args.push('--persist-to', state, '--show-interactive-dev-session=false', '--log-level', 'log');
  for (const [name, value] of Object.entries(vars)) args.push('--var', `${name}:${value}`);
  const child = spawn(join(root, 'node_modules/.bin/wrangler'), args, {
    cwd: root,
    detached: true, // setsid: its own process group
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...OFFLINE_ENV, XDG_CONFIG_HOME: join(root, '.cache/xdg'), NO_COLOR: '1' },
  });
  // If this test process dies first, take wrangler with it rather than leave it running.
  const reap = () => killGroup(child, 'SIGKILL');
  process.once('exit', reap);
  let output = '';
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString('utf8');
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString('utf8');
  });
  let gone = false;
  const exited = new Promise<void>((done) => {
    if (child.exitCode !== null) done();
    child.once('exit', () => done());
  });
  void exited.then(() => {
    gone = true;
  });
  const stop = async () => {
    killGroup(child, 'SIGTERM');
    if (!(await groupGone(child, 5000))) {
      killGroup(child, 'SIGKILL');
      await groupGone(child, 5000);
    }
    await exited;
    process.removeListener('exit', reap);
    rmSync(state, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (gone) break;
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return { url, output: () => output, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`wrangler dev did not become ready:\n${output.slice(-4000)}`);
}

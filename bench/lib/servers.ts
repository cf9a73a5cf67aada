import type { ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { nginxConfig } from './nginx.ts';
import { childrenOf, drain, have, spawnPinned, stop, waitHttp, waitReady } from './proc.ts';

/** The servers of one benchmark run: the mock upstream and every proxy configuration in front of it. */

export type ConfigId = 'direct' | 'nginx' | 'bare' | 'dg-allow' | 'dg-default';

export interface ProxyConfig {
  id: ConfigId;
  label: string;
  url: string;
  /** The processes whose CPU time is the proxy's (empty for direct). */
  pids(): number[];
}

export interface Servers {
  configs: ProxyConfig[];
  mockPid: number;
  /** The distill-guard audit logs (the sidecar's standard output), per configuration. */
  audit: Partial<Record<ConfigId, string>>;
  notes: string[];
  close(): Promise<void>;
}

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = ['--import', 'tsx'];

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export async function startServers(opts: {
  tmp: string;
  serverCpu: number | undefined;
  mockCpu: number | undefined;
}): Promise<Servers> {
  const children: ChildProcess[] = [];
  const notes: string[] = [];
  const audit: Servers['audit'] = {};
  const configs: ProxyConfig[] = [];
  const fds: number[] = [];
  const node = (cpu: number | undefined, args: string[]) => {
    const child = spawnPinned(cpu, process.execPath, args, { cwd: ROOT });
    children.push(child);
    return child;
  };
  const close = async () => {
    await Promise.all(children.map((c) => stop(c)));
    for (const fd of fds.splice(0)) closeSync(fd);
  };

  try {
    const mockPort = await freePort();
    const mock = node(opts.mockCpu, [...TSX, 'bench/upstream.ts', String(mockPort)]);
    await waitReady(mock, 'mock upstream');
    drain(mock);
    const upstream = `http://127.0.0.1:${mockPort}`;
    configs.push({ id: 'direct', label: 'direct to the mock upstream', url: upstream, pids: () => [] });

    if (have('nginx')) {
      const port = await freePort();
      const dir = join(opts.tmp, 'nginx');
      const conf = nginxConfig(dir, port, mockPort);
      const nginx = spawnPinned(opts.serverCpu, 'nginx', [
        '-p',
        dir,
        '-c',
        conf,
        '-e',
        join(dir, 'logs/error.log'),
      ]);
      children.push(nginx);
      drain(nginx);
      await waitHttp(`http://127.0.0.1:${port}/`);
      const pid = nginx.pid as number;
      configs.push({
        id: 'nginx',
        label: 'nginx `proxy_pass`, keep-alive, `proxy_buffering off`',
        url: `http://127.0.0.1:${port}`,
        pids: () => [pid, ...childrenOf(pid)],
      });
    } else {
      notes.push('nginx is not installed: its row is skipped (`sudo apt-get install -y nginx`).');
    }

    const barePort = await freePort();
    const bare = node(opts.serverCpu, [...TSX, 'bench/passthrough.ts', String(barePort), upstream]);
    await waitReady(bare, 'bare pass-through');
    drain(bare);
    configs.push({
      id: 'bare',
      label: 'bare Hono + @hono/node-server + undici Pool',
      url: `http://127.0.0.1:${barePort}`,
      pids: () => [bare.pid as number],
    });

    const env = {
      ...process.env,
      UPSTREAM_ANTHROPIC_URL: upstream,
      UPSTREAM_OPENAI_URL: upstream,
      ACCOUNT_ID_SECRET: 'bench-account-secret',
      WATERMARK_SECRET: 'bench-watermark-secret',
    };
    const sidecars: [ConfigId, string, string[]][] = [
      ['dg-allow', 'distill-guard, allow-everything policy', ['--policy', 'bench/policies/allow-all.yaml']],
      ['dg-default', 'distill-guard, full default policy', []],
    ];
    for (const [id, label, policy] of sidecars) {
      const port = await freePort();
      const file = join(opts.tmp, `${id}.audit.jsonl`);
      const fd = openSync(file, 'w');
      fds.push(fd);
      const child = spawnPinned(
        opts.serverCpu,
        process.execPath,
        ['bin/distill-guard.mjs', 'serve', '--port', String(port), ...policy],
        { cwd: ROOT, env, stdio: ['ignore', fd, 'pipe'] },
      );
      children.push(child);
      const tail = drain(child);
      await waitHttp(`http://127.0.0.1:${port}/healthz`).catch((err: Error) => {
        throw new Error(`${err.message}\n${tail()}`);
      });
      audit[id] = file;
      configs.push({ id, label, url: `http://127.0.0.1:${port}`, pids: () => [child.pid as number] });
    }
    return { configs, mockPid: mock.pid as number, audit, notes, close };
  } catch (err) {
    await close();
    throw err;
  }
}

import { type ChildProcess, execFileSync, type SpawnOptions, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Processes the benchmark starts, each pinned to one core with taskset when it is installed. */

export function have(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const TASKSET = have('taskset');

/** `command args…` pinned to `cpu` (when taskset exists and the machine has that core). */
export function pinned(cpu: number | undefined, command: string, args: string[]): [string, string[]] {
  if (!TASKSET || cpu === undefined) return [command, args];
  return ['taskset', ['-c', String(cpu), command, ...args]];
}

export function spawnPinned(
  cpu: number | undefined,
  command: string,
  args: string[],
  options: SpawnOptions = {},
): ChildProcess {
  const [cmd, argv] = pinned(cpu, command, args);
  return spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

/** Resolve when the child prints `ready …` on stdout; reject if it exits first or takes too long. */
export function waitReady(child: ChildProcess, name: string, timeoutMs = 20_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(
      () => reject(new Error(`${name}: not ready after ${timeoutMs} ms\n${err}`)),
      timeoutMs,
    );
    child.stderr?.on('data', (d: Buffer) => {
      err = (err + d.toString()).slice(-4000);
    });
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /ready (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1] as string);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}) before it was ready\n${err}`));
    });
  });
}

/** Poll `url` until it answers (any status). */
export async function waitHttp(url: string, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fetch(url);
      return;
    } catch {
      if (Date.now() > until) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

/** Direct children of `pid` (nginx's workers). */
export function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(name));
    } catch {
      // the process went away while we looked
    }
  }
  return out;
}

/** User + system CPU time of the processes, in ms (Linux /proc; 0 elsewhere). */
export function cpuMs(pids: readonly number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
    } catch {
      // not Linux, or gone
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

/** Busy and total time of each core since boot, in ticks (/proc/stat). */
export function coreTicks(): { busy: number; total: number }[] {
  try {
    return readFileSync('/proc/stat', 'utf8')
      .split('\n')
      .filter((l) => /^cpu\d+ /.test(l))
      .map((l) => {
        const f = l.trim().split(/\s+/).slice(1).map(Number);
        const total = f.slice(0, 8).reduce((a, b) => a + b, 0);
        const idle = (f[3] ?? 0) + (f[4] ?? 0);
        return { busy: total - idle, total };
      });
  } catch {
    return [];
  }
}

/** Per-core utilisation between two coreTicks() readings, in [0, 1]. */
export function coreUse(before: ReturnType<typeof coreTicks>, after: ReturnType<typeof coreTicks>): number[] {
  return after.map((a, i) => {
    const b = before[i] ?? { busy: 0, total: 0 };
    return a.total > b.total ? (a.busy - b.busy) / (a.total - b.total) : 0;
  });
}

/** Keep a child's output drained (a full pipe would stall it), remembering the tail for errors. */
export function drain(child: ChildProcess): () => string {
  let tail = '';
  const keep = (d: Buffer) => {
    tail = (tail + d.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => tail;
}

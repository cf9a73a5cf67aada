import type { CliIo } from '../src/cli/io.ts';
import { main } from '../src/cli/main.ts';

/** A CliIo that keeps what a command writes, for in-process command tests. */
export function captureIo(options: { stdin?: string; env?: Record<string, string> } = {}) {
  const out = { stdout: '', stderr: '' };
  const cli: CliIo = {
    stdout: (t) => {
      out.stdout += t;
    },
    stderr: (t) => {
      out.stderr += t;
    },
    env: options.env ?? {},
    readStdin: async () => options.stdin ?? '',
  };
  return { cli, out };
}

/** Run `distill-guard ARGS` in-process: the exit code and what it wrote. */
export async function runCli(
  args: string[],
  options: { stdin?: string; env?: Record<string, string> } = {},
): Promise<{ code: number; out: string; err: string }> {
  const { cli, out } = captureIo(options);
  const code = await main(args, cli);
  return { code, out: out.stdout, err: out.stderr };
}

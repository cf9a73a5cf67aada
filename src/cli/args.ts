import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { CliIo } from './io.ts';

export class UsageError extends Error {}

/** parseArgs with `--help` built in; unknown flags are usage errors (exit 2). */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
  allowPositionals = true,
) {
  try {
    return parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals,
      strict: true,
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** Run a command body, turning usage errors into exit code 2 with the usage text. */
export async function withUsage(io: CliIo, usage: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`${err.message}\n\n${usage}`);
    return 2;
  }
}

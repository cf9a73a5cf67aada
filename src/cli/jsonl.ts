import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { defaultPolicy, formatProblem } from '../policy/parse.ts';
import type { Policy } from '../policy/schema.ts';
import { UnreadableLine } from '../risk/replay.ts';
import { loadPolicyFile } from '../runtime/node/policy-watch.ts';
import type { CliIo } from './io.ts';

/**
 * Read JSONL one line at a time (bounded memory for any trace size); `-` is standard input.
 * Blank lines are skipped; a line that is not JSON yields an `UnreadableLine` in its place.
 */
export async function* readJsonl(file: string): AsyncGenerator<unknown> {
  const input = file === '-' ? process.stdin : createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    try {
      yield JSON.parse(line);
    } catch {
      yield new UnreadableLine(`line ${n} is not valid JSON`);
    }
  }
}

/** Buffered standard output: one write per ~64 KB instead of one per line. */
export function createLineWriter(io: CliIo) {
  let buffer = '';
  return {
    line(value: unknown) {
      buffer += `${JSON.stringify(value)}\n`;
      if (buffer.length >= 65_536) {
        io.stdout(buffer);
        buffer = '';
      }
    },
    flush() {
      if (buffer) io.stdout(buffer);
      buffer = '';
    },
  };
}

/** `--policy F` or the embedded defaults; problems are printed as file:line:col and give undefined. */
export async function policyFromArgs(path: string | undefined, io: CliIo): Promise<Policy | undefined> {
  if (path === undefined) return defaultPolicy();
  let result: Awaited<ReturnType<typeof loadPolicyFile>>;
  try {
    result = await loadPolicyFile(path);
  } catch (err) {
    io.stderr(`${path}:1:1 cannot read the file: ${(err as NodeJS.ErrnoException).code ?? String(err)}\n`);
    return undefined;
  }
  if (result.ok) return result.policy;
  for (const p of result.problems) io.stderr(`${formatProblem(p)}\n`);
  return undefined;
}

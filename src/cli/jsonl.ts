import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { defaultPolicy, formatProblem } from '../policy/parse.ts';
import type { Policy } from '../policy/schema.ts';
import { UnreadableLine } from '../risk/replay.ts';
import { loadPolicyFile } from '../runtime/node/policy-watch.ts';
import type { CliIo } from './io.ts';

/** One non-blank input line and its 1-based line number. */
export interface RawLine {
  n: number;
  text: string;
}

/**
 * Read the non-blank lines of a file one at a time (bounded memory for any trace size); `-` is
 * standard input.
 */
export async function* readLines(file: string): AsyncGenerator<RawLine> {
  const input = file === '-' ? process.stdin : createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const text of lines) {
    n++;
    if (text.trim() !== '') yield { n, text };
  }
}

/** A line as JSON, or an `UnreadableLine` in its place when it is not JSON. */
export function parseLine({ n, text }: RawLine): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return new UnreadableLine(`line ${n} is not valid JSON`);
  }
}

/**
 * Read JSONL one line at a time (bounded memory for any trace size); `-` is standard input.
 * Blank lines are skipped; a line that is not JSON yields an `UnreadableLine` in its place.
 */
export async function* readJsonl(file: string): AsyncGenerator<unknown> {
  for await (const line of readLines(file)) yield parseLine(line);
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

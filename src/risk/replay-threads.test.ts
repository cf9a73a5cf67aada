import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../policy/parse.ts';
import { simulate } from '../simulate/simulate.ts';
import { createReplayer, UnreadableLine } from './replay.ts';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');

/**
 * `distill-guard replay` prepares the lines of a large trace (validation, parsing, scoring) on
 * helper threads. The output must be what one thread prints, line for line, bad lines included.
 */
describe('replay with helper threads', () => {
  it('prints exactly what the single-threaded replayer prints', async () => {
    const rows: string[] = simulate({ seed: 5, scale: 0.1 }).traffic.map((t) => JSON.stringify(t));
    // Unreadable and invalid lines, and blank ones, in the middle of the trace.
    rows.splice(100, 0, 'not json', '', '{"id":"bad","provider":"nope"}');
    rows.splice(4000, 0, '   ', '{"id":7,"ts":"late"}');
    const dir = mkdtempSync(join(tmpdir(), 'dg-replay-threads-'));
    const file = join(dir, 'trace.jsonl');
    writeFileSync(file, `${rows.join('\n')}\n`);

    const { stdout } = await run(process.execPath, ['bin/distill-guard.mjs', 'replay', file], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });

    const replayer = createReplayer(defaultPolicy());
    let expected = '';
    let n = 0;
    for (const text of rows) {
      n++;
      if (text.trim() === '') continue;
      let line: unknown;
      try {
        line = JSON.parse(text);
      } catch {
        line = new UnreadableLine(`line ${n} is not valid JSON`);
      }
      expected += `${JSON.stringify(await replayer.next(line))}\n`;
    }
    expect(stdout.length).toBeGreaterThan(1_000_000);
    expect(stdout).toBe(expected);
  }, 120_000);
});

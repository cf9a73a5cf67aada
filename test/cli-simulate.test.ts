import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../src/simulate/simulate.ts';
import { runCli } from './cli-io.ts';
import { tempDir } from './harness.ts';

const run = (args: string[]) => runCli(args);

describe('simulate command', () => {
  it('writes traffic.jsonl and accounts.jsonl, byte-identical for the same seed', async () => {
    const a = tempDir();
    const b = join(tempDir(), 'nested', 'out');
    const first = await run(['simulate', '--seed', '5', '--out', a, '--scale', '0.03']);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^wrote \d+ requests from \d+ accounts \(\d+ attackers\)/);
    expect((await run(['simulate', '--out', b, '--seed', '5', '--scale', '0.03'])).code).toBe(0);
    for (const file of ['traffic.jsonl', 'accounts.jsonl'])
      expect(readFileSync(join(b, file), 'utf8')).toBe(readFileSync(join(a, file), 'utf8'));
    const sim = simulate({ seed: 5, scale: 0.03 });
    const traffic = readFileSync(join(a, 'traffic.jsonl'), 'utf8');
    expect(traffic).toBe(`${sim.traffic.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const first3 = traffic
      .split('\n')
      .slice(0, 3)
      .map((l) => Object.keys(JSON.parse(l)));
    for (const keys of first3)
      expect(keys).toEqual(['id', 'ts', 'account', 'ip', 'userAgent', 'provider', 'path', 'body']);
    const accounts = readFileSync(join(a, 'accounts.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(Object.keys(accounts[0])).toEqual(['account', 'label', 'campaign']);
  });

  it('prints its usage with --help', async () => {
    const { code, out } = await run(['simulate', '--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/^usage: distill-guard simulate --seed N --out DIR \[--scale X\]/);
    expect((await run(['--help'])).out).toMatch(/simulate/);
  });

  it.each([
    [['--out', '/tmp/x'], /--seed is required/],
    [['--seed', '1'], /--out is required/],
    [['--seed', 'abc', '--out', '/tmp/x'], /invalid seed/],
    [['--seed', '1.5', '--out', '/tmp/x'], /invalid seed/],
    [['--seed', '1', '--out', '/tmp/x', '--scale', '0'], /invalid scale/],
    [['--seed', '1', '--out', '/tmp/x', '--scale', 'big'], /invalid scale/],
    [['--seed', '1', '--out', '/tmp/x', '--scale', '11'], /invalid scale/],
    [['--seed', '1', '--out', '/tmp/x', '--bogus'], /bogus/],
    [['--seed', '1', '--out', '/tmp/x', 'extra'], /positional/i],
  ])('exits 2 with usage on %j', async (args, message) => {
    const { code, err } = await run(['simulate', ...args]);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).toMatch(/usage: distill-guard simulate/);
  });
});

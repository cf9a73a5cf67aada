import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { defaultPolicy, parsePolicy } from '../src/policy/parse.ts';
import { captureIo } from './cli-io.ts';
import { tempDir } from './harness.ts';

const io = (env: Record<string, string> = {}) => captureIo({ env });

describe('shipped policy files', () => {
  it('config/policy.yaml is exactly the embedded defaults', () => {
    const result = parsePolicy(readFileSync('config/policy.yaml', 'utf8'), 'config/policy.yaml');
    expect(result.ok && result.policy).toEqual(defaultPolicy());
  });

  it.each(readdirSync('config/examples').filter((f) => f.endsWith('.yaml')))(
    'config/examples/%s validates',
    (file) => {
      const result = parsePolicy(readFileSync(join('config/examples', file), 'utf8'), file);
      expect(result.ok ? [] : result.problems).toEqual([]);
    },
  );
});

describe('distill-guard check', () => {
  it('exits 0 on the default policy', async () => {
    const { cli, out } = io();
    expect(await main(['check', 'config/policy.yaml'], cli)).toBe(0);
    expect(out.stdout).toBe('config/policy.yaml: ok\n');
  });

  it.each(readdirSync('config/examples').filter((f) => f.endsWith('.yaml')))(
    'exits 0 on config/examples/%s',
    async (file) => {
      const { cli, out } = io();
      expect(await main(['check', join('config/examples', file)], cli)).toBe(0);
      expect(out.stdout).toBe(`${join('config/examples', file)}: ok\n`);
    },
  );

  it('prints file:line:col per problem and exits 1', async () => {
    const file = join(tempDir(), 'broken.yaml');
    writeFileSync(file, 'gateway:\n  bodyLimitBytes: -5\n  timeouts:\n    idleMS: 10\nsurprise: true\n');
    const { cli, out } = io();
    expect(await main(['check', file], cli)).toBe(1);
    expect(out.stderr.trim().split('\n')).toEqual([
      `${file}:2:19 gateway.bodyLimitBytes: expected >=1, got -5`,
      `${file}:4:5 gateway.timeouts.idleMS: unknown key`,
      `${file}:5:1 surprise: unknown key`,
    ]);
  });

  it('reports a YAML syntax error and a missing file with a position', async () => {
    const file = join(tempDir(), 'syntax.yaml');
    writeFileSync(file, 'gateway:\n  timeouts: {connectMs: 5\n');
    const { cli, out } = io();
    expect(await main(['check', file], cli)).toBe(1);
    expect(out.stderr).toMatch(new RegExp(`^${file}:\\d+:\\d+ `));
    const missing = io();
    expect(await main(['check', '/nonexistent/p.yaml'], missing.cli)).toBe(1);
    expect(missing.out.stderr).toBe('/nonexistent/p.yaml:1:1 cannot read the file: ENOENT\n');
  });

  it('usage errors exit 2; --help exits 0', async () => {
    expect(await main(['check'], io().cli)).toBe(2);
    expect(await main(['check', '--bogus', 'x'], io().cli)).toBe(2);
    const help = io();
    expect(await main(['check', '--help'], help.cli)).toBe(0);
    expect(help.out.stdout).toMatch(/^usage: distill-guard check FILE/);
    expect(await main(['nope'], io().cli)).toBe(2);
  });
});

describe('distill-guard account-id', () => {
  it('prints acct_ + 16 hex digits of HMAC-SHA256(secret, key)', async () => {
    const { cli, out } = io({ ACCOUNT_ID_SECRET: 's3cret' });
    expect(await main(['account-id', 'sk-live-abc'], cli)).toBe(0);
    const { createHmac } = await import('node:crypto');
    const expected = `acct_${createHmac('sha256', 's3cret').update('sk-live-abc').digest('hex').slice(0, 16)}`;
    expect(out.stdout).toBe(`${expected}\n`);
    expect(out.stderr).toBe('');
  });

  it('warns when the secret is not set', async () => {
    const { cli, out } = io();
    expect(await main(['account-id', 'k'], cli)).toBe(0);
    expect(out.stderr).toMatch(/ACCOUNT_ID_SECRET is not set/);
  });
});

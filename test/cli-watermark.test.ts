import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { captureIo } from './cli-io.ts';
import { tempDir } from './harness.ts';

const ENV = { WATERMARK_SECRET: 'cli-test-secret' };
const ACCOUNT = 'acct_00000000000c11ed';

const io = (stdin = '', env: Record<string, string> = ENV) => captureIo({ stdin, env });

async function embed(text: string, account = ACCOUNT): Promise<string> {
  const { cli, out } = io(text);
  expect(await main(['watermark', 'embed', '--account', account], cli)).toBe(0);
  return out.stdout;
}

const corpus = (domain: string, n: number) =>
  readdirSync(`test/fixtures/watermark-corpus/${domain}`)
    .slice(0, n)
    .map((f) => readFileSync(join('test/fixtures/watermark-corpus', domain, f), 'utf8'));

describe('distill-guard watermark', () => {
  it('embed: deterministic, keyed by account, text in and text out', async () => {
    const [text] = corpus('emails', 1) as [string];
    const a = await embed(text);
    expect(a).not.toBe(text);
    expect(await embed(text)).toBe(a);
    expect(await embed(text, 'acct_0000000000000002')).not.toBe(a);
    expect(a.endsWith('\n')).toBe(text.endsWith('\n'));
  });

  it('detect: one JSON object in the contract shape; attributes plain files and JSONL alike', async () => {
    const dir = tempDir();
    const texts = [...corpus('essays', 8), ...corpus('howtos', 8)];
    const marked = await Promise.all(texts.map((t) => embed(t)));
    const files = marked.map((t, i) => {
      const f = join(dir, `answer-${i}.txt`);
      writeFileSync(f, t);
      return f;
    });
    const jsonl = join(dir, 'leak.jsonl');
    writeFileSync(jsonl, marked.map((text, i) => JSON.stringify({ id: i, text })).join('\n'));
    const accounts = join(dir, 'accounts.txt');
    const others = Array.from({ length: 200 }, (_, i) => `acct_${i.toString(16).padStart(16, '0')}`);
    writeFileSync(accounts, `# candidates\n${others.join('\n')}\n${ACCOUNT}\n`);
    for (const input of [files, [jsonl]]) {
      const { cli, out } = io();
      expect(await main(['watermark', 'detect', '--accounts-file', accounts, ...input], cli)).toBe(0);
      expect(out.stdout.trim().split('\n')).toHaveLength(1);
      const report = JSON.parse(out.stdout);
      expect(Object.keys(report)).toEqual(['units', 'matches', 'pValue', 'verdict', 'layers', 'attribution']);
      expect(report.verdict).toBe('watermarked');
      expect(report.attribution).toHaveLength(201);
      expect(report.attribution[0]).toMatchObject({ account: ACCOUNT });
      expect(report.attribution[0].pAdjusted).toBeLessThan(1e-6);
    }
  });

  it('detect: unwatermarked text is not detected; a wrong secret sees nothing', async () => {
    const dir = tempDir();
    const file = join(dir, 'clean.jsonl');
    writeFileSync(
      file,
      corpus('explanations', 10)
        .map((text) => JSON.stringify({ text }))
        .join('\n'),
    );
    const { cli, out } = io();
    expect(await main(['watermark', 'detect', '--accounts', `${ACCOUNT},acct_2`, file], cli)).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ verdict: 'not-detected' });
    const marked = join(dir, 'marked.txt');
    writeFileSync(marked, (await Promise.all(corpus('emails', 10).map((t) => embed(t)))).join('\n\n'));
    const other = io('', { WATERMARK_SECRET: 'another-secret' });
    expect(await main(['watermark', 'detect', '--accounts', ACCOUNT, marked], other.cli)).toBe(0);
    expect(JSON.parse(other.out.stdout)).toMatchObject({ verdict: 'not-detected' });
  });

  it('calibrate: the random-key null as JSON', async () => {
    const file = join(tempDir(), 'clean.jsonl');
    writeFileSync(
      file,
      corpus('code', 5)
        .map((text) => JSON.stringify({ text }))
        .join('\n'),
    );
    const { cli, out } = io();
    expect(await main(['watermark', 'calibrate', '--keys', '25', file], cli)).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(result.keys).toBe(25);
    expect(result.combined.n).toBe(25);
    expect(result.combined.min).toBeGreaterThan(1e-6);
    expect(result.falseAttributions).toBe(0);
  });

  it('usage errors exit 2, unreadable files exit 1, a missing secret warns', async () => {
    expect(await main(['watermark'], io().cli)).toBe(2);
    expect(await main(['watermark', 'embed'], io().cli)).toBe(2);
    expect(await main(['watermark', 'detect'], io().cli)).toBe(2);
    expect(await main(['watermark', 'erase', 'x'], io().cli)).toBe(2);
    expect(await main(['watermark', 'detect', '--alpha', 'lots', 'x'], io().cli)).toBe(2);
    const missing = io();
    expect(await main(['watermark', 'detect', '/nonexistent/leak.txt'], missing.cli)).toBe(1);
    expect(missing.out.stderr).toBe('/nonexistent/leak.txt: cannot read the file: ENOENT\n');
    const help = io();
    expect(await main(['watermark', '--help'], help.cli)).toBe(0);
    expect(help.out.stdout).toMatch(/^usage: distill-guard watermark embed/);
    const unset = io('For example, do not.', {});
    expect(await main(['watermark', 'embed', '--account', ACCOUNT], unset.cli)).toBe(0);
    expect(unset.out.stderr).toMatch(/WATERMARK_SECRET is not set/);
  });
});

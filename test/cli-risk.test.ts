import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-io.ts';
import * as p from './fixtures/prompts.ts';
import { tempDir } from './harness.ts';

const run = (args: string[]) => runCli(args);

const lines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

function file(name: string, rows: (object | string)[]): string {
  const path = join(tempDir(), name);
  writeFileSync(path, `${rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n')}\n`);
  return path;
}

describe('score', () => {
  it('prints {id, risk, families, reasons} per line, in order, bad lines included', async () => {
    const input = file('in.jsonl', [
      { id: 'a', provider: 'anthropic', body: p.reasoningExtraction },
      { id: 'b', provider: 'openai', body: p.studentStepByStep },
      'not json',
      { id: 7, provider: 'openai', body: p.logprobProbe },
      { id: 'c', provider: 'nope', body: {} },
    ]);
    const { code, out } = await run(['score', input]);
    expect(code).toBe(0);
    const rows = lines(out);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', '', 7, 'c']);
    for (const r of rows) expect(Object.keys(r)).toEqual(['id', 'risk', 'families', 'reasons']);
    expect(rows[0]?.risk).toBeGreaterThan(0.7);
    expect(rows[1]?.risk).toBeLessThan(0.3);
    expect((rows[3]?.families as Record<string, number> | undefined)?.['logprob-harvest']).toBeGreaterThan(
      0.7,
    );
    expect(rows[2]?.reasons).toEqual([expect.stringMatching(/^invalid line: line 3 is not valid JSON/)]);
    expect(rows[4]?.reasons).toEqual([expect.stringMatching(/^invalid line: provider/)]);
  });

  it('reports a broken policy as file:line:col and exits 1; a missing file exits 1', async () => {
    const policy = file('bad.yaml', ['risk:', '  request:', '    strong: 7']);
    const bad = await run(['score', '--policy', policy, policy]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/bad\.yaml:3:\d+ /);
    expect((await run(['score', '/nonexistent.jsonl'])).code).toBe(1);
    expect((await run(['score'])).code).toBe(2);
  });
});

describe('replay', () => {
  const HOUR = 3_600_000;
  // 12 accounts behind one /24 send one reasoning-extraction scaffold with varying subjects;
  // 12 ordinary users ask for step-by-step help. One minute apart, in virtual time.
  function trace() {
    const rows: object[] = [];
    const start = 1_760_000_000_000;
    const ts = start + 24 * 60_000;
    for (let i = 0; i < 24; i++) {
      const attacker = i % 2 === 0;
      const body = attacker
        ? {
            ...p.reasoningExtraction,
            messages: [
              {
                role: 'user',
                content: `${p.reasoningExtraction.messages[0]?.content.split('\n\n')[0]}\n\nQuestion: What is ${i} times 17?\nAnswer: ${i * 17}`,
              },
            ],
          }
        : p.studentStepByStep;
      rows.push({
        id: `r${i}`,
        ts: start + i * 60_000,
        account: attacker ? `acct_attacker${i}` : `acct_user${i}`,
        ip: attacker ? `203.0.113.${i}` : `198.51.${i}.7`,
        userAgent: attacker ? 'python-httpx/0.27' : 'Mozilla/5.0',
        provider: attacker ? 'anthropic' : 'openai',
        path: attacker ? '/v1/messages' : '/v1/chat/completions',
        body,
      });
    }
    rows.push({
      id: 'late',
      ts: ts + 2 * HOUR,
      account: 'acct_newcomer',
      ip: '203.0.113.99',
      userAgent: 'x',
      provider: 'anthropic',
      path: '/v1/messages',
      body: p.reasoningExtraction,
    });
    return rows;
  }

  it('prints {id, account, action, risk, suspect, reasons} per line, deterministically', async () => {
    const input = file('trace.jsonl', trace());
    const first = await run(['replay', input]);
    const second = await run(['replay', input]);
    expect(first.code).toBe(0);
    expect(first.out).toBe(second.out);
    const rows = lines(first.out);
    expect(rows).toHaveLength(25);
    for (const r of rows)
      expect(Object.keys(r)).toEqual(['id', 'account', 'action', 'risk', 'suspect', 'reasons']);
    // Ordinary users are never touched.
    for (const r of rows.filter((r) => String(r.account).startsWith('acct_user'))) {
      expect(r).toMatchObject({ action: 'allow', suspect: false });
    }
    // The shared scaffold becomes a campaign: a brand-new account is suspect on its first request.
    const late = rows.at(-1);
    expect(late).toMatchObject({ id: 'late', suspect: true });
    expect(late?.action).not.toBe('allow');
    expect(String(late?.reasons)).toMatch(/campaign cmp_/);
  });

  it('a fresh account in replay scores exactly as score does', async () => {
    const body = p.systemPromptProbe;
    const scored = lines(
      (await run(['score', file('s.jsonl', [{ id: 1, provider: 'anthropic', body }])])).out,
    );
    const replayed = lines(
      (
        await run([
          'replay',
          file('r.jsonl', [
            {
              id: 1,
              ts: 0,
              account: 'acct_x',
              ip: '10.0.0.1',
              userAgent: '',
              provider: 'anthropic',
              path: '/v1/messages',
              body,
            },
          ]),
        ])
      ).out,
    );
    expect(replayed[0]?.risk).toBe(scored[0]?.risk);
  });
});

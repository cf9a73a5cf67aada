import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { accountIdFor } from '../src/gateway/identity.ts';
import { type Harness, startHarness } from './harness.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(cond: () => boolean, ms = 3000) {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await sleep(10);
  }
}

function chat(
  url: string,
  body = '{"model":"g","messages":[{"role":"user","content":"hello there"}]}',
  headers: Record<string, string> = {},
) {
  return fetch(`${url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-reload-1', ...headers },
    body,
  });
}

describe('policy hot reload', () => {
  it('applies a valid change, rejects a broken one with file:line:col, and keeps the last good policy', async () => {
    h = await startHarness('gateway:\n  bodyLimitBytes: 100000\n');
    const audit = `audit:\n  path: ${join(dirname(h.policyPath), 'audit.jsonl')}\n`;
    expect((await chat(h.proxy.url)).status).toBe(200);

    writeFileSync(h.policyPath, `gateway:\n  bodyLimitBytes: 10\n${audit}`);
    await until(() => h!.logs.some((l) => l.message === 'policy reloaded'));
    expect((await chat(h.proxy.url)).status).toBe(413);

    writeFileSync(h.policyPath, `gateway:\n  bodyLimitBytes: nope\n${audit}`);
    await until(() => h!.logs.some((l) => l.message.startsWith('policy rejected')));
    const rejected = h.logs.find((l) => l.message.startsWith('policy rejected'));
    expect(rejected?.fields?.problems).toEqual([
      `${h.policyPath}:2:19 gateway.bodyLimitBytes: expected number, got "nope"`,
    ]);
    expect((await chat(h.proxy.url)).status).toBe(413); // still the last good policy
  });
});

describe('identity', () => {
  it('audits the account id the CLI derives, and the client IP from the trusted header', async () => {
    h = await startHarness('identity:\n  clientIpHeader: x-forwarded-for\n  trustedHops: 1\n');
    const res = await chat(h.proxy.url, undefined, { 'x-forwarded-for': '198.51.100.7, 203.0.113.9' });
    expect(res.status).toBe(200);
    await res.text();
    const file = join(dirname(h.policyPath), 'audit.jsonl');
    await until(() => {
      try {
        return readFileSync(file, 'utf8').length > 0;
      } catch {
        return false;
      }
    });
    const record = JSON.parse(readFileSync(file, 'utf8').trim().split('\n')[0]!);
    expect(record.account).toBe(await accountIdFor('test-account-secret', 'sk-reload-1'));
    expect(record.ip).toBe('203.0.113.9');
    expect(record).toMatchObject({
      provider: 'openai',
      endpoint: 'chat',
      model: 'g',
      status: 200,
      outcome: 'complete',
      inputTokens: 19,
      outputTokens: 18,
    });
    expect(record.bodyHash).toMatch(/^[0-9a-f]{32}$/);
    // The trusted header is the proxy's business, not the upstream's.
    expect(h.mock.last().headers['x-forwarded-for']).toBeUndefined();
  });
});

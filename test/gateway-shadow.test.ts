import { readFileSync } from 'node:fs';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditRecord } from '../src/gateway/deps.ts';
import { accountIdFor } from '../src/gateway/identity.ts';
import * as p from './fixtures/prompts.ts';
import { auditRecords, type Harness, startHarness } from './harness.ts';

// Full detection, nothing enforced: config/examples/shadow.yaml as shipped.
const POLICY = readFileSync('config/examples/shadow.yaml', 'utf8');

let h: Harness;
beforeAll(async () => {
  h = await startHarness(POLICY);
});
afterAll(() => h.close());

const extraction = p.reasoningExtraction.messages[0]!.content;

// Requests that the default rules would not allow: reasoning extraction, logprob harvesting.
const cases: { name: string; path: string; scenario: string; body: object }[] = [
  { name: 'anthropic JSON', path: '/v1/messages', scenario: 'thinking', body: p.reasoningExtraction },
  {
    name: 'anthropic stream with thinking',
    path: '/v1/messages',
    scenario: 'thinking',
    body: { ...p.reasoningExtraction, stream: true, thinking: { type: 'enabled', budget_tokens: 1024 } },
  },
  {
    name: 'chat JSON with logprobs',
    path: '/v1/chat/completions',
    scenario: 'logprobs',
    body: p.logprobProbe,
  },
  {
    name: 'chat stream with logprobs, no usage asked for',
    path: '/v1/chat/completions',
    scenario: 'logprobs',
    body: { ...p.logprobProbe, stream: true },
  },
  {
    name: 'responses stream with reasoning',
    path: '/v1/responses',
    scenario: 'reasoning',
    body: {
      model: 'o3',
      input: extraction,
      stream: true,
      reasoning: { effort: 'high', summary: 'detailed' },
    },
  },
  {
    name: 'responses JSON with reasoning',
    path: '/v1/responses',
    scenario: 'reasoning',
    body: { model: 'o3', input: extraction, max_output_tokens: 50_000 },
  },
];

let keys = 0;
async function send(base: string, c: (typeof cases)[number]): Promise<{ res: Response; text: string }> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    authorization: `Bearer sk-shadow-${++keys}`,
    'x-mock-scenario': c.scenario,
  };
  if (c.path === '/v1/messages') headers['anthropic-version'] = '2023-06-01';
  // Pretty-printed, so that any re-serialisation on the way would show.
  const res = await fetch(`${base}${c.path}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(c.body, null, 2),
  });
  return { res, text: await res.text() };
}

describe('shadow.yaml: traffic unchanged', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s: byte for byte, both ways', async (_, c) => {
    const direct = await send(h.mock.url, c); // no proxy at all
    const viaProxy = await send(h.proxy.url, c);
    // What the upstream received: exactly the client's bytes.
    expect(h.mock.last().body).toBe(JSON.stringify(c.body, null, 2));
    // What the client received: exactly the upstream's bytes and headers.
    expect(viaProxy.res.status).toBe(200);
    expect(viaProxy.text).toBe(direct.text);
    for (const name of ['content-type', 'request-id', 'x-upstream', 'cache-control'])
      expect(viaProxy.res.headers.get(name)).toBe(direct.res.headers.get(name));
    expect(viaProxy.res.headers.get('x-distill-guard-action')).toBeNull();
  });

  it('the SDKs see the upstream answer, thinking and logprobs included', async () => {
    const msg = await new Anthropic({
      apiKey: 'sk-shadow-sdk',
      baseURL: h.proxy.url,
      maxRetries: 0,
      defaultHeaders: { 'x-mock-scenario': 'thinking' },
    }).messages
      .stream({ ...p.reasoningExtraction, thinking: { type: 'enabled', budget_tokens: 1024 } })
      .finalMessage();
    expect(msg.content.map((b) => b.type)).toEqual(['thinking', 'text', 'tool_use']);
    const chat = await new OpenAI({
      apiKey: 'sk-shadow-sdk',
      baseURL: `${h.proxy.url}/v1`,
      maxRetries: 0,
      defaultHeaders: { 'x-mock-scenario': 'logprobs' },
    }).chat.completions.create(p.logprobProbe);
    expect(chat.choices[0]?.logprobs?.content?.[0]?.token).toBe('Hello');
  });

  it('no rate limit either: a burst from one account all passes', async () => {
    const c = cases[0]!;
    const statuses = await Promise.all(
      Array.from({ length: 30 }, () =>
        fetch(`${h.proxy.url}${c.path}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-api-key': 'sk-shadow-burst',
            'anthropic-version': '2023-06-01',
          },
          body: JSON.stringify(c.body),
        }).then(async (r) => {
          await r.arrayBuffer();
          return r.status;
        }),
      ),
    );
    expect(statuses.every((s) => s === 200)).toBe(true);
  });
});

describe('shadow.yaml: the audit log records the decisions', () => {
  it('what would have been done, next to what was done', async () => {
    // The cases' proxied requests used keys sk-shadow-2, -4, … (the odd ones went to the mock).
    const accounts = await Promise.all(
      cases.map((_, i) => accountIdFor('test-account-secret', `sk-shadow-${2 * i + 2}`)),
    );
    let byAccount = new Map<string, AuditRecord>();
    for (let tries = 0; tries < 250 && !accounts.every((a) => byAccount.has(a)); tries++) {
      if (tries > 0) await new Promise((r) => setTimeout(r, 20));
      byAccount = new Map((await auditRecords(h.auditPath, 0)).map((r) => [r.account, r]));
    }
    const proxied = accounts.map((a) => byAccount.get(a));
    for (const r of proxied) {
      if (!r) throw new Error('a proxied request has no audit record');
      expect(r.action).not.toBe('allow');
      expect(r).toMatchObject({ enforced: 'allow', status: 200, outcome: 'complete' });
      expect(r.risk).toBeGreaterThan(0.5);
      expect(r.reasons.length).toBeGreaterThan(0);
      expect(r.rule).not.toBe('default');
    }
    expect(proxied.map((r) => r?.endpoint)).toEqual([
      'messages',
      'messages',
      'chat',
      'chat',
      'responses',
      'responses',
    ]);
    expect(proxied[2]?.reasons.join(' ')).toMatch(/logprob/);
    expect(proxied[0]?.reasons.join(' ')).toMatch(/reasoning-extraction/);
  });
});

import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditRecord } from '../src/gateway/deps.ts';
import { accountIdFor } from '../src/gateway/identity.ts';
import { embedText } from '../src/watermark/embedder.ts';
import { deriveKeys } from '../src/watermark/keys.ts';
import * as p from './fixtures/prompts.ts';
import * as fx from './mock/fixtures.ts';
import { type MockUpstream, startMockUpstream } from './mock/upstream.ts';
import { startWranglerDev, type WranglerDev } from './wrangler-dev.ts';

// The Worker in real workerd (`wrangler dev`, offline) in front of the mock upstream, driven by
// the official SDKs. One Worker for the file: accounts are kept apart by distinct API keys.
const SECRET = 'worker-e2e-account-secret';
const TIGHT_KEY = 'sk-worker-tight-1';
// Ordinary traffic is left byte for byte (global layer at 0); accounts in the `marked` tier get
// an enforced `watermark` and so the account and campaign layers at full strength.
const STRENGTH = { global: 0, campaign: 1, account: 1 };

const policy = (tightAccount: string, markedAccount: string) => `
decision:
  revealToClient: true
  rules:
    - { name: prompt-extraction, when: { families: { system-prompt-extract: 0.6 } }, action: block }
    - { name: extraction, when: { families: { reasoning-extraction: 0.6, logprob-harvest: 0.6 } }, action: degrade }
    - { name: marked, when: { tier: [marked] }, action: watermark }
limits:
  tiers:
    standard: { account: { requests: { perMinute: 1000 } } }
    suspect: { account: { requests: { perMinute: 1000 } } }
    marked: { account: { requests: { perMinute: 1000 } } }
    tight: { account: { requests: { perMinute: 2 } } }
  accounts: { ${tightAccount}: tight, ${markedAccount}: marked }
watermark:
  flagged: verdict
  strength: { global: ${STRENGTH.global}, campaign: ${STRENGTH.campaign}, account: ${STRENGTH.account} }
`;

/** What the proxy must send an account of the `marked` tier instead of the mock's text. */
async function markedText(secret: string, key: string): Promise<string> {
  const account = await accountIdFor(SECRET, key);
  const keys = await deriveKeys(secret, 1, { account, campaign: { solo: account } });
  return embedText(fx.TEXT, keys, STRENGTH);
}

/**
 * The mock's text is short (a slot or two), and which layer owns a slot depends on the secret:
 * pick a watermark secret and key under which the account layers visibly change it, so that the
 * test cannot pass with the watermark off. Deterministic: the same pair every run.
 */
async function markedPair(): Promise<{ secret: string; key: string }> {
  for (let s = 0; s < 64; s++)
    for (let k = 0; k < 4; k++) {
      const pair = { secret: `worker-e2e-watermark-${s}`, key: `sk-worker-marked-${k}` };
      if ((await markedText(pair.secret, pair.key)) !== fx.TEXT) return pair;
    }
  throw new Error('no watermark secret changes the mock text: the watermark classes changed?');
}

let mock: MockUpstream;
let worker: WranglerDev;
let marked: { secret: string; key: string };
beforeAll(async () => {
  marked = await markedPair();
  mock = await startMockUpstream();
  worker = await startWranglerDev({
    UPSTREAM_ANTHROPIC_URL: mock.url,
    UPSTREAM_OPENAI_URL: mock.url,
    ACCOUNT_ID_SECRET: SECRET,
    WATERMARK_SECRET: marked.secret,
    POLICY_YAML: policy(await accountIdFor(SECRET, TIGHT_KEY), await accountIdFor(SECRET, marked.key)),
  });
}, 150_000);
afterAll(async () => {
  await worker?.stop();
  await mock?.close();
});

const anthropic = (key: string, headers: Record<string, string> = {}) =>
  new Anthropic({ apiKey: key, baseURL: worker.url, maxRetries: 0, defaultHeaders: headers });
const openai = (key: string, headers: Record<string, string> = {}) =>
  new OpenAI({ apiKey: key, baseURL: `${worker.url}/v1`, maxRetries: 0, defaultHeaders: headers });

/** Audit records are written after the response (ctx.waitUntil) to the Worker's log. */
async function auditWhere(match: (r: AuditRecord) => boolean): Promise<AuditRecord> {
  for (let i = 0; i < 200; i++) {
    for (const line of worker.output().split('\n')) {
      if (!line.startsWith('{"audit":true')) continue;
      const record = JSON.parse(line) as AuditRecord;
      if (match(record)) return record;
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('no such audit record');
}

describe('the Worker in workerd with the official SDKs', () => {
  it('Anthropic: non-streaming and streaming', async () => {
    const msg = await anthropic('sk-ant-w-1').messages.create({
      model: 'claude-sonnet-4-5',
      max_tokens: 64,
      messages: [{ role: 'user', content: 'Capital of France?' }],
    });
    expect(msg).toMatchObject(fx.anthropicJson('claude-sonnet-4-5'));
    const stream = anthropic('sk-ant-w-1').messages.stream({
      model: 'claude-sonnet-4-5',
      max_tokens: 64,
      messages: [{ role: 'user', content: 'hi' }],
    });
    const final = await stream.finalMessage();
    expect(final.content).toMatchObject([{ type: 'text', text: fx.TEXT }]);
    expect(final.usage.output_tokens).toBe(18);
  });

  it('OpenAI: chat non-streaming, chat and responses streaming, a gzip upstream', async () => {
    expect(
      await openai('sk-oai-w-1').chat.completions.create({
        model: 'gpt-4o',
        messages: [{ role: 'user', content: 'hi' }],
      }),
    ).toEqual(fx.chatJson('gpt-4o'));
    const chat = await openai('sk-oai-w-1')
      .chat.completions.stream({
        model: 'gpt-4o',
        messages: [{ role: 'user', content: 'hi' }],
        stream_options: { include_usage: true },
      })
      .finalChatCompletion();
    expect(chat.choices[0]?.message.content).toBe(fx.TEXT);
    expect(chat.usage?.completion_tokens).toBe(18);
    const responses = await openai('sk-oai-w-1')
      .responses.stream({ model: 'gpt-4.1', input: 'hi' })
      .finalResponse();
    expect(responses.output_text).toBe(fx.TEXT);
    const zipped = await openai('sk-oai-w-1', { 'x-mock-scenario': 'gzip' }).chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(zipped.choices[0]?.message.content).toBe(fx.TEXT);
  });

  it('rate limits with a 429 each SDK understands, state in Durable Objects', async () => {
    const body = {
      model: 'claude-sonnet-4-5',
      max_tokens: 8,
      messages: [{ role: 'user' as const, content: 'hi' }],
    };
    await anthropic(TIGHT_KEY).messages.create(body);
    await anthropic(TIGHT_KEY).messages.create(body);
    const err = await anthropic(TIGHT_KEY)
      .messages.create(body)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.RateLimitError);
    const limited = err as InstanceType<typeof Anthropic.RateLimitError>;
    expect(Number(limited.headers?.get('retry-after'))).toBeGreaterThan(0);
    const oerr = await openai(TIGHT_KEY)
      .chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect(oerr).toBeInstanceOf(OpenAI.RateLimitError);
  });

  it('degrades: thinking dropped and stripped (Anthropic), logprobs removed (OpenAI)', async () => {
    const before = mock.requests.length;
    const stream = anthropic('sk-ant-w-degrade', { 'x-mock-scenario': 'thinking' }).messages.stream({
      ...p.reasoningExtraction,
      max_tokens: 2048,
      thinking: { type: 'enabled', budget_tokens: 1024 },
    });
    const final = await stream.finalMessage();
    expect(mock.requests[before]?.json?.thinking).toBeUndefined();
    expect(final.content.map((b) => b.type)).not.toContain('thinking');
    expect((await stream.withResponse()).response.headers.get('x-distill-guard-action')).toBe('degrade');

    const res = await openai('sk-oai-w-degrade', { 'x-mock-scenario': 'logprobs' }).chat.completions.create(
      p.logprobProbe,
    );
    const sent = mock.last().json ?? {};
    expect(sent.logprobs).toBeUndefined();
    expect(sent.top_logprobs).toBeUndefined();
    expect(res.choices[0]?.logprobs ?? null).toBeNull();
  });

  it('blocks with a 403 in the caller dialect, forwards nothing, audits after the response', async () => {
    const before = mock.requests.length;
    const err = await anthropic('sk-ant-w-block')
      .messages.create(p.systemPromptProbe)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.PermissionDeniedError);
    const oerr = await openai('sk-oai-w-block')
      .chat.completions.create({
        model: 'gpt-4.1',
        messages: [{ role: 'user', content: p.systemPromptProbe.messages[0]?.content ?? '' }],
      })
      .catch((e: unknown) => e);
    expect(oerr).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect((oerr as InstanceType<typeof OpenAI.PermissionDeniedError>).code).toBe('request_blocked');
    expect(mock.requests.length).toBe(before);
    const requestId = (err as InstanceType<typeof Anthropic.PermissionDeniedError>).requestID ?? '';
    const record = await auditWhere((r) => r.requestId === requestId);
    expect(record).toMatchObject({ action: 'block', rule: 'prompt-extraction', status: 403 });
    expect(record.account).toBe(await accountIdFor(SECRET, 'sk-ant-w-block'));
  });

  it('takes the client IP from cf-connecting-ip and does not forward it', async () => {
    const res = await fetch(`${worker.url}/v1/chat/completions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer sk-oai-w-ip',
        'cf-connecting-ip': '203.0.113.7',
      },
      body: JSON.stringify({ model: 'g', messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    expect(mock.last().headers['cf-connecting-ip']).toBeUndefined();
    const account = await accountIdFor(SECRET, 'sk-oai-w-ip');
    const record = await auditWhere((r) => r.account === account);
    expect(record.ip).toBe('203.0.113.7');
  });

  it('watermarks a flagged account: the same text streamed or not, keyed to that account', async () => {
    const expected = await markedText(marked.secret, marked.key);
    const body = {
      model: 'claude-sonnet-4-5',
      max_tokens: 64,
      messages: [{ role: 'user' as const, content: 'hi' }],
    };
    const { data, response } = await anthropic(marked.key).messages.create(body).withResponse();
    expect(response.headers.get('x-distill-guard-action')).toBe('watermark');
    expect(data.content).toMatchObject([{ type: 'text', text: expected }]);
    const streamed = await anthropic(marked.key).messages.stream(body).finalMessage();
    expect(streamed.content).toMatchObject([{ type: 'text', text: expected }]);
    const chat = await openai(marked.key)
      .chat.completions.stream({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] })
      .finalChatCompletion();
    expect(chat.choices[0]?.message.content).toBe(expected);
  });
});

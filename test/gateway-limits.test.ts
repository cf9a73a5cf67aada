import { readFileSync } from 'node:fs';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditRecord } from '../src/gateway/deps.ts';
import { accountIdFor } from '../src/gateway/identity.ts';
import { estimateInputTokens } from '../src/limits/estimate.ts';
import { parseRequest } from '../src/providers/parse.ts';
import { auditRecords, type Harness, startHarness } from './harness.ts';
import { type MockUpstream, startMockUpstream } from './mock/upstream.ts';
import { type RedisServer, redisSuiteMode, startRedis } from './redis-server.ts';

// Each account: 3 requests and 3,000 tokens a minute, max_tokens capped to what is left.
const TIGHT = readFileSync('config/examples/tight-limits.yaml', 'utf8');

let h: Harness;
beforeAll(async () => {
  h = await startHarness(TIGHT);
});
afterAll(() => h.close());

// Every test its own accounts: limits are per account.
let keys = 0;
const anthropic = (headers: Record<string, string> = {}, maxRetries = 0) =>
  new Anthropic({
    apiKey: `sk-ant-limits-${++keys}`,
    baseURL: h.proxy.url,
    maxRetries,
    defaultHeaders: headers,
  });
const openai = (headers: Record<string, string> = {}, maxRetries = 0) =>
  new OpenAI({
    apiKey: `sk-oai-limits-${++keys}`,
    baseURL: `${h.proxy.url}/v1`,
    maxRetries,
    defaultHeaders: headers,
  });

const hi = {
  model: 'claude-sonnet-4-5',
  max_tokens: 4096,
  messages: [{ role: 'user' as const, content: 'hi' }],
};
const chatHi = { model: 'gpt-4o', messages: [{ role: 'user' as const, content: 'hi' }] };
const sent = () => h.mock.requests.length;

describe('tight-limits.yaml: the 4th request in a minute', () => {
  it('Anthropic SDK: RateLimitError with retry-after and anthropic-ratelimit-* headers', async () => {
    const client = anthropic();
    const before = sent();
    for (let i = 0; i < 3; i++) await client.messages.create(hi);
    const err = await client.messages.create(hi).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.RateLimitError);
    const e = err as InstanceType<typeof Anthropic.RateLimitError>;
    expect(e.status).toBe(429);
    expect(e.error).toMatchObject({ type: 'error', error: { type: 'rate_limit_error' } });
    // One request every 20 s, less the time the three took.
    const retryAfter = Number(e.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(15);
    expect(retryAfter).toBeLessThanOrEqual(20);
    expect(Number(e.headers.get('retry-after-ms'))).toBeGreaterThan(14_000);
    expect(e.headers.get('anthropic-ratelimit-requests-limit')).toBe('3');
    expect(e.headers.get('anthropic-ratelimit-requests-remaining')).toBe('0');
    const reset = Date.parse(e.headers.get('anthropic-ratelimit-requests-reset') ?? '');
    expect(reset - Date.now()).toBeGreaterThan(50_000);
    expect(e.headers.get('anthropic-ratelimit-tokens-limit')).toBe('3000');
    expect(Number(e.headers.get('anthropic-ratelimit-tokens-remaining'))).toBeGreaterThan(2900);
    expect(sent() - before).toBe(3); // the 4th never reached the upstream
  });

  it('OpenAI SDK (chat, then Responses on the same account): RateLimitError with x-ratelimit-* headers', async () => {
    const client = openai();
    for (let i = 0; i < 2; i++) await client.chat.completions.create(chatHi);
    await client.responses.create({ model: 'gpt-4.1', input: 'hi' });
    const err = await client.responses.create({ model: 'gpt-4.1', input: 'hi' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.RateLimitError);
    const e = err as InstanceType<typeof OpenAI.RateLimitError>;
    expect(e.code).toBe('rate_limited');
    expect(Number(e.headers?.get('retry-after'))).toBeGreaterThanOrEqual(15);
    expect(e.headers?.get('x-ratelimit-limit-requests')).toBe('3');
    expect(e.headers?.get('x-ratelimit-remaining-requests')).toBe('0');
    expect(e.headers?.get('x-ratelimit-reset-requests')).toMatch(/^(\d+m)?\d+s$/);
    expect(e.headers?.get('x-ratelimit-limit-tokens')).toBe('3000');
    const chatErr = await client.chat.completions.create(chatHi).catch((x: unknown) => x);
    expect(chatErr).toBeInstanceOf(OpenAI.RateLimitError);
  });

  it('the audit log says which limit refused', async () => {
    let refused: AuditRecord[] = [];
    for (let tries = 0; tries < 250 && refused.length === 0; tries++) {
      if (tries > 0) await new Promise((r) => setTimeout(r, 20));
      refused = (await auditRecords(h.auditPath, 0)).filter((r) => r.status === 429);
    }
    expect(refused[0]).toMatchObject({ outcome: 'refused', error: 'rate_limited: account requests per 60s' });
  });
});

describe('tight-limits.yaml: tokens', () => {
  const estimate = (provider: 'anthropic' | 'openai', body: object, endpoint?: 'responses') =>
    estimateInputTokens(parseRequest(provider, body, endpoint));

  it('input tokens are estimated before the call: a prompt over the budget is refused unsent', async () => {
    const big = { ...hi, messages: [{ role: 'user' as const, content: 'word '.repeat(2000) }] }; // ~2,500 tokens
    const est = estimate('anthropic', big);
    expect(est).toBeGreaterThan(2000);
    // The upstream counts the prompt as the estimate did (reconciled afterwards all the same).
    const client = anthropic({ 'x-mock-input-tokens': String(est) });
    const before = sent();
    await client.messages.create(big);
    expect(h.mock.last().json?.max_tokens).toBe(3000 - est - 1); // capped to what is left
    const err = await client.messages.create(big).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.RateLimitError);
    expect(sent() - before).toBe(1);
  });

  it('a prompt larger than the whole window: 429 that the SDK does not retry', async () => {
    const client = anthropic({}, 3); // retries on: x-should-retry: false must stop them
    const huge = { ...hi, messages: [{ role: 'user' as const, content: 'word '.repeat(4000) }] };
    const before = sent();
    const started = Date.now();
    const err = await client.messages.create(huge).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.RateLimitError);
    const e = err as InstanceType<typeof Anthropic.RateLimitError>;
    expect(e.headers.get('x-should-retry')).toBe('false');
    expect(JSON.stringify(e.error)).toMatch(/too large for the rate limit/);
    expect(Date.now() - started).toBeLessThan(5000); // no backoff happened
    expect(sent() - before).toBe(0);
    // Nothing was charged: the account can still send its ordinary requests.
    await client.messages.create(hi);
  });

  it('capMaxTokens: an OpenAI request without a limit gets one, the remaining budget', async () => {
    const body = { ...chatHi, messages: [{ role: 'user' as const, content: 'x'.repeat(400) }] };
    await openai().chat.completions.create(body);
    expect(h.mock.last().json?.max_completion_tokens).toBe(3000 - estimate('openai', body) - 1);
  });

  // Output tokens are reconciled from the response's usage: the upstream reports 2,500 of them,
  // so the next request may only ask for what is left, and the one after is refused.
  const OUTPUT = { 'x-mock-output-tokens': '2500' };
  const near = (value: unknown, expected: number) => {
    // GCRA refills while the test runs (50 tokens a second): a little more than the exact figure.
    expect(value).toBeGreaterThanOrEqual(expected);
    expect(value).toBeLessThanOrEqual(expected + 100);
  };

  it('output tokens from JSON usage: the next request sees the debt', async () => {
    const client = anthropic(OUTPUT);
    const est = estimate('anthropic', hi);
    const first = await client.messages.create(hi);
    expect(first.usage.output_tokens).toBe(2500);
    const inputUsed = first.usage.input_tokens;
    await client.messages.create(hi);
    near(h.mock.last().json?.max_tokens, 3000 - (inputUsed + 2500) - (est + 1));
    const err = await client.messages.create(hi).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.RateLimitError);
    const e = err as InstanceType<typeof Anthropic.RateLimitError>;
    expect(e.headers.get('anthropic-ratelimit-tokens-remaining')).toBe('0');
  });

  it('output tokens from an Anthropic stream', async () => {
    const client = anthropic(OUTPUT);
    const final = await client.messages.stream(hi).finalMessage();
    expect(final.usage.output_tokens).toBe(2500);
    await client.messages.stream(hi).finalMessage();
    near(h.mock.last().json?.max_tokens, 3000 - (12 + 2500) - (estimate('anthropic', hi) + 1));
  });

  it('output tokens from a chat stream whose client did not ask for usage', async () => {
    const client = openai(OUTPUT);
    const final = await client.chat.completions.stream(chatHi).finalChatCompletion();
    expect(final.usage).toBeUndefined(); // the usage chunk the proxy asked for is not shown
    expect(h.mock.last().json?.stream_options).toEqual({ include_usage: true });
    await client.chat.completions.stream(chatHi).finalChatCompletion();
    near(h.mock.last().json?.max_completion_tokens, 3000 - (19 + 2500) - (estimate('openai', chatHi) + 1));
  });

  it('output tokens from a Responses stream', async () => {
    const client = openai(OUTPUT);
    const body = { model: 'gpt-4.1', input: 'hi' };
    const final = await client.responses.stream(body).finalResponse();
    expect(final.usage?.output_tokens).toBe(2500);
    await client.responses.stream(body).finalResponse();
    near(
      h.mock.last().json?.max_output_tokens,
      3000 - (36 + 2500) - (estimate('openai', body, 'responses') + 1),
    );
    const err = await client.responses.create(body).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.RateLimitError);
  });
});

/** 40 requests at once from one account with a limit of 10: exactly 10 pass, whatever the store. */
async function burst(proxyUrls: string[], key: string, n = 40): Promise<number[]> {
  return Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const res = await fetch(`${proxyUrls[i % proxyUrls.length]}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: `hello ${i}` }] }),
      });
      await res.arrayBuffer();
      return res.status;
    }),
  );
}

const TEN_A_MINUTE = `
limits:
  tiers:
    ten: { account: { requests: { perMinute: 10 } } }
  defaultTier: ten
  suspectTier: ten
`;

describe('exact under concurrency, through the proxy', () => {
  it('memory store: 40 concurrent requests, exactly 10 admitted and forwarded', async () => {
    const local = await startHarness(TEN_A_MINUTE);
    try {
      const statuses = await burst([local.proxy.url], 'sk-burst-memory');
      expect(statuses.filter((s) => s === 200)).toHaveLength(10);
      expect(statuses.filter((s) => s === 429)).toHaveLength(30);
      expect(local.mock.requests).toHaveLength(10);
    } finally {
      await local.close();
    }
  });

  describe.skipIf(redisSuiteMode() === 'skip')('redis store', () => {
    let redis: RedisServer;
    let mock: MockUpstream;
    const proxies: Harness[] = [];
    beforeAll(async () => {
      [redis, mock] = await Promise.all([startRedis(), startMockUpstream()]);
      const policy = `${TEN_A_MINUTE}store:\n  kind: redis\n  redis: { keyPrefix: "burst:", failMode: closed, commandTimeoutMs: 5000 }\n`;
      // Three sidecars, one Redis: the burst is spread over all of them.
      for (let i = 0; i < 3; i++)
        proxies.push(await startHarness(policy, { REDIS_URL: redis.url }, { mock }));
    });
    afterAll(async () => {
      await Promise.all(proxies.map((p) => p.close()));
      await mock?.close();
      await redis?.stop();
    });

    it('one sidecar: exactly 10 of 40', async () => {
      const before = mock.requests.length;
      const statuses = await burst([proxies[0]!.proxy.url], 'sk-burst-redis-1');
      expect(statuses.filter((s) => s === 200)).toHaveLength(10);
      expect(statuses.filter((s) => s === 429)).toHaveLength(30);
      expect(mock.requests.length - before).toBe(10);
    });

    it('three sidecars sharing the Redis: exactly 10 of 40 in all', async () => {
      const before = mock.requests.length;
      const statuses = await burst(
        proxies.map((p) => p.proxy.url),
        'sk-burst-redis-3',
      );
      expect(statuses.filter((s) => s === 200)).toHaveLength(10);
      expect(statuses.filter((s) => s === 429)).toHaveLength(30);
      expect(mock.requests.length - before).toBe(10);
    });
  });
});

describe('a stream the client cuts short is still metered', () => {
  const SMALL_OUTPUT = `
limits:
  tiers:
    small: { account: { outputTokens: { perMinute: 5 } } }
  defaultTier: small
  suspectTier: small
`;
  let local: Harness;
  beforeAll(async () => {
    // Watermark off: its hold-back of a few words would keep some content events back, and
    // this suite counts the events the client read.
    local = await startHarness(`${SMALL_OUTPUT}\nwatermark:\n  enabled: false\n`);
  });
  afterAll(() => local.close());

  /**
   * The upstream sends half its stream, content but no usage, and stalls; the client reads
   * `events` content events and hangs up.
   */
  async function readThenAbort(path: string, key: string, body: object, marker: RegExp, events: number) {
    const abort = new AbortController();
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      authorization: `Bearer ${key}`,
      'x-mock-scenario': 'stall',
    };
    if (path === '/v1/messages') headers['anthropic-version'] = '2023-06-01';
    const res = await fetch(`${local.proxy.url}${path}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      signal: abort.signal,
    });
    const reader = res.body!.getReader();
    let text = '';
    while ((text.match(marker) ?? []).length < events) {
      const { value, done } = await reader.read();
      if (done) throw new Error('the stream ended before the client hung up');
      text += new TextDecoder().decode(value);
    }
    expect(text).not.toMatch(/message_delta|"usage":\{"prompt/); // no output usage seen
    abort.abort();
    await reader.cancel().catch(() => {});
  }

  /** The audit record of `key`'s request: written once the stream has ended (and been metered). */
  async function recordOf(key: string) {
    const account = await accountIdFor('test-account-secret', key);
    for (let i = 0; i < 250; i++) {
      const records = await auditRecords(local.auditPath, 0);
      const record = records.find((r) => r.account === account);
      if (record) return record;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`no audit record for ${key}`);
  }

  const status = (path: string, key: string, body: object) =>
    fetch(`${local.proxy.url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${key}`,
        'anthropic-version': '2023-06-01',
      },
      body: JSON.stringify(body),
    }).then(async (r) => {
      await r.arrayBuffer();
      return r.status;
    });

  it('Anthropic: hung up before message_delta, charged for the deltas delivered', async () => {
    const body = { ...hi, stream: true };
    await readThenAbort('/v1/messages', 'sk-cut-anthropic', body, /content_block_delta/g, 4);
    const record = await recordOf('sk-cut-anthropic');
    expect(record).toMatchObject({ outcome: 'cancelled' });
    expect(record.outputTokens).toBeGreaterThanOrEqual(12); // 4 deltas of 9 characters
    expect(await status('/v1/messages', 'sk-cut-anthropic', hi)).toBe(429);
    // Another account is unaffected.
    expect(await status('/v1/messages', 'sk-cut-other', hi)).toBe(200);
  });

  it('OpenAI chat: hung up before the usage chunk, charged a token per chunk delivered', async () => {
    const body = { ...chatHi, stream: true };
    await readThenAbort('/v1/chat/completions', 'sk-cut-chat', body, /"content":"[^"]/g, 6);
    const record = await recordOf('sk-cut-chat');
    expect(record).toMatchObject({ outcome: 'cancelled' });
    expect(record.outputTokens).toBeGreaterThanOrEqual(6);
    expect(await status('/v1/chat/completions', 'sk-cut-chat', chatHi)).toBe(429);
  });
});

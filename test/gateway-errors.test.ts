import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyText, type Harness, startHarness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(
    'gateway:\n  bodyLimitBytes: 4096\n  timeouts:\n    firstByteMs: 300\n    idleMs: 300\n',
  );
});
afterAll(() => h.close());

const ANTHROPIC_HEADERS = {
  'content-type': 'application/json',
  'x-api-key': 'sk-ant-secret-key-XYZ',
  'anthropic-version': '2023-06-01',
};
const OPENAI_HEADERS = {
  'content-type': 'application/json',
  authorization: 'Bearer sk-openai-secret-key-XYZ',
};

async function post(path: string, headers: Record<string, string>, body: string) {
  const res = await fetch(`${h.proxy.url}${path}`, { method: 'POST', headers, body });
  return { status: res.status, json: (await res.json()) as Record<string, unknown>, headers: res.headers };
}

describe('bad input gets an error in the caller’s dialect', () => {
  it('404 for any path that is not an API route, in each dialect', async () => {
    const a = await post('/v1/complete', ANTHROPIC_HEADERS, '{}');
    expect(a.status).toBe(404);
    expect(a.json).toMatchObject({ type: 'error', error: { type: 'not_found_error' } });
    const o = await post('/openai/v1/embeddings', OPENAI_HEADERS, '{}');
    expect(o.status).toBe(404);
    expect(o.json).toMatchObject({ error: { type: 'invalid_request_error', code: 'not_found' } });
    const traversal = await fetch(`${h.proxy.url}/anthropic/v1/../../etc/passwd`);
    expect(traversal.status).toBe(404);
    expect(h.mock.requests.length).toBe(0); // nothing reached the upstream
  });

  it('405 for the wrong method on a known route', async () => {
    const res = await fetch(`${h.proxy.url}/v1/chat/completions`, { headers: OPENAI_HEADERS });
    expect(res.status).toBe(405);
    expect(await res.json()).toMatchObject({ error: { code: 'method_not_allowed' } });
  });

  it('400 for invalid JSON and for a body that is not an object', async () => {
    const a = await post('/v1/messages', ANTHROPIC_HEADERS, '{"model": ');
    expect(a.status).toBe(400);
    expect(a.json).toMatchObject({
      type: 'error',
      error: { type: 'invalid_request_error', message: 'The request body is not valid JSON.' },
    });
    const o = await post('/v1/chat/completions', OPENAI_HEADERS, '[1,2]');
    expect(o.status).toBe(400);
    expect(o.json).toMatchObject({ error: { type: 'invalid_request_error', code: 'invalid_body' } });
  });

  it('413 over the body limit, declared or chunked', async () => {
    const big = JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'x'.repeat(5000) }] });
    const a = await post('/v1/messages', ANTHROPIC_HEADERS, big);
    expect(a.status).toBe(413);
    expect(a.json).toMatchObject({ type: 'error', error: { type: 'request_too_large' } });
    const chunked = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(big));
        c.close();
      },
    });
    const res = await fetch(`${h.proxy.url}/v1/chat/completions`, {
      method: 'POST',
      headers: OPENAI_HEADERS,
      body: chunked,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'body_too_large' } });
  });

  it('401 without an API key', async () => {
    const res = await post(
      '/v1/messages',
      { 'content-type': 'application/json', 'anthropic-version': '2023-06-01' },
      '{}',
    );
    expect(res.status).toBe(401);
    expect(res.json).toMatchObject({ type: 'error', error: { type: 'authentication_error' } });
  });

  it('the SDKs raise their own error classes', async () => {
    const a = new Anthropic({ apiKey: 'sk-a', baseURL: `${h.proxy.url}/anthropic/bogus`, maxRetries: 0 });
    await expect(a.messages.create({ model: 'm', max_tokens: 1, messages: [] })).rejects.toBeInstanceOf(
      Anthropic.NotFoundError,
    );
    const o = new OpenAI({ apiKey: 'sk-o', baseURL: `${h.proxy.url}/v1`, maxRetries: 0 });
    await expect(o.embeddings.create({ model: 'e', input: 'x' })).rejects.toBeInstanceOf(
      OpenAI.NotFoundError,
    );
  });

  it('upstream errors pass through with their status and body', async () => {
    const res = await post(
      '/v1/chat/completions',
      { ...OPENAI_HEADERS, 'x-mock-scenario': 'upstream-429' },
      '{"model":"g","messages":[]}',
    );
    expect(res.status).toBe(429);
    expect(res.json).toMatchObject({
      error: { code: 'rate_limit_exceeded', message: 'Upstream says slow down' },
    });
  });
});

describe('upstream failures', () => {
  it('first-byte timeout gives 504 in the dialect', async () => {
    const res = await post(
      '/v1/messages',
      { ...ANTHROPIC_HEADERS, 'x-mock-scenario': 'slow-headers' },
      '{"model":"m","max_tokens":1,"messages":[]}',
    );
    expect(res.status).toBe(504);
    expect(res.json).toMatchObject({ type: 'error', error: { type: 'timeout_error' } });
  });

  it('an unreachable upstream gives 502', async () => {
    const other = await startHarness('', { UPSTREAM_OPENAI_URL: 'http://127.0.0.1:1' });
    try {
      const res = await fetch(`${other.proxy.url}/v1/chat/completions`, {
        method: 'POST',
        headers: OPENAI_HEADERS,
        body: '{"model":"g","messages":[]}',
      });
      expect(res.status).toBe(502);
      expect(await res.json()).toMatchObject({
        error: { type: 'server_error', code: 'upstream_unreachable' },
      });
    } finally {
      await other.close();
    }
  });

  const midStream: [string, string, Record<string, string>, string, RegExp][] = [
    [
      'anthropic',
      '/v1/messages',
      ANTHROPIC_HEADERS,
      '{"model":"m","max_tokens":5,"stream":true,"messages":[]}',
      /event: error\ndata: \{"type":"error","error":\{"type":"api_error"/,
    ],
    [
      'openai chat',
      '/v1/chat/completions',
      OPENAI_HEADERS,
      '{"model":"g","stream":true,"messages":[]}',
      /data: \{"error":\{"message":"[^"]+","type":"server_error","param":null,"code":"upstream_stream_truncated"\}\}/,
    ],
    [
      'responses',
      '/v1/responses',
      OPENAI_HEADERS,
      '{"model":"r","stream":true,"input":"x"}',
      /event: error\ndata: \{"type":"error","code":"upstream_stream_truncated"/,
    ],
  ];
  for (const scenario of ['fail-mid-stream', 'truncate']) {
    it.each(midStream)(
      `${scenario}: %s gets the complete events, then one error event, then close`,
      async (_n, path, headers, body, pattern) => {
        const res = await fetch(`${h.proxy.url}${path}`, {
          method: 'POST',
          headers: { ...headers, 'x-mock-scenario': scenario },
          body,
        });
        expect(res.status).toBe(200);
        const text = await bodyText(res);
        const events = text.split('\n\n').filter(Boolean);
        expect(events.at(-1)).toMatch(pattern);
        expect(events.filter((e) => /^event: error\n|^data: \{"error":/.test(e))).toHaveLength(1);
        expect(events.length).toBeGreaterThan(2); // the complete events before the failure got through
        expect(text.endsWith('\n\n')).toBe(true);
      },
    );
  }

  it('an idle upstream stream becomes a timeout error event', async () => {
    const res = await fetch(`${h.proxy.url}/v1/messages`, {
      method: 'POST',
      headers: { ...ANTHROPIC_HEADERS, 'x-mock-scenario': 'stall' },
      body: '{"model":"m","max_tokens":5,"stream":true,"messages":[]}',
    });
    const text = await bodyText(res);
    expect(text.split('\n\n').filter(Boolean).at(-1)).toMatch(/^event: error\ndata: .*"timeout_error"/);
  });

  it('the SDKs raise an APIError for a stream that fails midway', async () => {
    const a = new Anthropic({
      apiKey: 'sk-a',
      baseURL: h.proxy.url,
      maxRetries: 0,
      defaultHeaders: { 'x-mock-scenario': 'fail-mid-stream' },
    });
    await expect(
      a.messages.stream({ model: 'm', max_tokens: 5, messages: [] }).finalMessage(),
    ).rejects.toBeInstanceOf(Anthropic.APIError);
    const o = new OpenAI({
      apiKey: 'sk-o',
      baseURL: `${h.proxy.url}/v1`,
      maxRetries: 0,
      defaultHeaders: { 'x-mock-scenario': 'truncate' },
    });
    await expect(
      o.chat.completions.stream({ model: 'g', messages: [] }).finalChatCompletion(),
    ).rejects.toBeInstanceOf(OpenAI.APIError);
  });
});

describe('aborts', () => {
  it('a client abort before the response cancels the upstream request', async () => {
    const controller = new AbortController();
    const pending = fetch(`${h.proxy.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { ...OPENAI_HEADERS, 'x-mock-scenario': 'hang' },
      body: '{"model":"g","messages":[]}',
      signal: controller.signal,
    }).catch((e: unknown) => e);
    await waitFor(() => h.mock.requests.some((r) => r.headers['x-mock-scenario'] === 'hang'));
    controller.abort();
    await pending;
    const upstreamSide = h.mock.requests.find((r) => r.headers['x-mock-scenario'] === 'hang')!;
    await expect(
      Promise.race([upstreamSide.aborted.then(() => 'aborted'), sleep(2000).then(() => 'still open')]),
    ).resolves.toBe('aborted');
  });

  it('a client that stops reading mid-stream closes the upstream stream', async () => {
    const before = h.mock.requests.length;
    const controller = new AbortController();
    const res = await fetch(`${h.proxy.url}/v1/messages`, {
      method: 'POST',
      headers: { ...ANTHROPIC_HEADERS, 'x-mock-scenario': 'stall' },
      body: '{"model":"m","max_tokens":5,"stream":true,"messages":[]}',
      signal: controller.signal,
    });
    const reader = res.body!.getReader();
    await reader.read();
    controller.abort();
    const upstreamSide = h.mock.requests[before]!;
    await expect(
      Promise.race([upstreamSide.aborted.then(() => 'aborted'), sleep(250).then(() => 'still open')]),
    ).resolves.toBe('aborted');
  });
});

describe('secrets', () => {
  it('never writes an API key to the logs or the audit log', async () => {
    await post('/v1/messages', ANTHROPIC_HEADERS, '{"model":"m","max_tokens":1,"messages":[]}');
    await sleep(50);
    const audit = readFileSync(join(dirname(h.policyPath), 'audit.jsonl'), 'utf8');
    expect(audit).toMatch(/"account":"acct_[0-9a-f]{16}"/);
    const everything = audit + JSON.stringify(h.logs);
    expect(everything).not.toMatch(/secret-key-XYZ/);
  });
});

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}
async function waitFor(cond: () => boolean, ms = 2000) {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met');
    await sleep(5);
  }
}

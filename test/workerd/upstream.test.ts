import { describe, expect, inject, it } from 'vitest';
import { createFetchUpstream } from '../../src/runtime/worker/upstream.ts';
import './provided.ts';

const upstream = createFetchUpstream();
const base = () => inject('mockUpstreamUrl');
const timeouts = { connectMs: 1000, firstByteMs: 5000, idleMs: 5000 };

const call = (path: string, body: object, headers: Record<string, string> = {}, t = timeouts) => {
  const controller = new AbortController();
  const promise = upstream({
    url: `${base()}${path}`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-1', ...headers },
    body: new TextEncoder().encode(JSON.stringify(body)),
    signal: controller.signal,
    timeouts: t,
  });
  return { promise, controller };
};

async function drain(body: ReadableStream<Uint8Array> | null): Promise<string> {
  return body ? await new Response(body).text() : '';
}

describe('the fetch upstream, in workerd, against the mock upstream', () => {
  it('streams SSE and drops the cf-* headers of the client hop', async () => {
    const { promise } = call(
      '/v1/chat/completions',
      { model: 'g', stream: true, messages: [] },
      {
        'cf-connecting-ip': '203.0.113.9',
      },
    );
    const res = await promise;
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(await drain(res.body)).toMatch(/data: \[DONE\]\n\n$/);
  });

  it('keeps the upstream encoding, header and bytes, for the core to decode', async () => {
    const { promise } = call(
      '/v1/chat/completions',
      { model: 'g', messages: [] },
      { 'x-mock-scenario': 'gzip' },
    );
    const res = await promise;
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const bytes = new Uint8Array(await new Response(res.body).arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
  });

  it('headers later than firstByteMs: upstream_timeout', async () => {
    const { promise } = call(
      '/v1/messages',
      { model: 'm', messages: [] },
      { 'x-mock-scenario': 'slow-headers' },
      {
        ...timeouts,
        firstByteMs: 300,
      },
    );
    await expect(promise).rejects.toMatchObject({ code: 'upstream_timeout', status: 504 });
  });

  it('silence mid-stream longer than idleMs: upstream_idle_timeout from the body', async () => {
    const { promise } = call(
      '/v1/messages',
      { model: 'm', max_tokens: 5, stream: true, messages: [] },
      { 'x-mock-scenario': 'stall', 'anthropic-version': '2023-06-01' },
      { ...timeouts, idleMs: 300 },
    );
    const res = await promise;
    await expect(drain(res.body)).rejects.toMatchObject({ code: 'upstream_idle_timeout' });
  });

  it('a connection broken mid-stream: upstream_stream_truncated', async () => {
    const { promise } = call(
      '/v1/messages',
      { model: 'm', max_tokens: 5, stream: true, messages: [] },
      { 'x-mock-scenario': 'fail-mid-stream', 'anthropic-version': '2023-06-01' },
    );
    const res = await promise;
    await expect(drain(res.body)).rejects.toMatchObject({ code: 'upstream_stream_truncated' });
  });

  it('nothing listening: upstream_unreachable', async () => {
    const res = upstream({
      url: 'http://127.0.0.1:1/v1/models',
      method: 'GET',
      headers: {},
      signal: new AbortController().signal,
      timeouts,
    });
    await expect(res).rejects.toMatchObject({ code: 'upstream_unreachable', status: 502 });
  });

  it('the client going away cancels the upstream request', async () => {
    const { promise, controller } = call(
      '/v1/messages',
      { model: 'm', messages: [] },
      { 'x-mock-scenario': 'hang' },
    );
    setTimeout(() => controller.abort(), 100);
    await expect(promise).rejects.toMatchObject({ code: 'client_closed' });
  });
});

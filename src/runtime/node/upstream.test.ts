import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayError } from '../../gateway/errors.ts';
import { createNodeUpstream, mapUndiciError } from './upstream.ts';

describe('mapUndiciError', () => {
  it('maps undici codes to the catalogue', () => {
    expect(mapUndiciError({ code: 'UND_ERR_CONNECT_TIMEOUT' }, 'request').code).toBe(
      'upstream_connect_timeout',
    );
    expect(mapUndiciError({ code: 'ECONNREFUSED' }, 'request').code).toBe('upstream_unreachable');
    expect(mapUndiciError({ code: 'ECONNRESET' }, 'body').code).toBe('upstream_stream_truncated');
  });

  it('calls it client_closed whenever the client had gone, whatever undici rejected with', () => {
    const ac = new AbortController();
    ac.abort('Client connection prematurely closed.');
    expect(mapUndiciError('Client connection prematurely closed.', 'request', ac.signal).code).toBe(
      'client_closed',
    );
  });
});

describe('createNodeUpstream', () => {
  const server = createServer((_req, res) => {
    setTimeout(() => res.end('late'), 2000).unref();
  });
  let origin = '';
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('reports a client abort as client_closed (the abort reason @hono/node-server uses is a string)', async () => {
    const upstream = createNodeUpstream();
    const ac = new AbortController();
    setTimeout(() => ac.abort('Client connection prematurely closed.'), 20);
    const err = await upstream({
      url: `${origin}/v1/messages`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new TextEncoder().encode('{}'),
      signal: ac.signal,
      timeouts: { connectMs: 1000, firstByteMs: 5000, idleMs: 5000 },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayError);
    expect((err as GatewayError).code).toBe('client_closed');
    await upstream.close();
  });
});

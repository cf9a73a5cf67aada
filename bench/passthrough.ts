import type { Readable } from 'node:stream';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { type Dispatcher, Pool } from 'undici';

/**
 * The floor for any Node proxy: Hono on @hono/node-server, the body read once, forwarded on a
 * keep-alive undici Pool with `request()`, and the upstream body handed back through a web
 * stream with a 16-chunk high-water mark (the same adapter shape as the sidecar's). No parsing,
 * no policy, no logging.
 *
 * Run as a process: `tsx bench/passthrough.ts PORT UPSTREAM_URL`; prints `ready PORT`.
 */

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding']);
const NOT_UP = new Set([...HOP_BY_HOP, 'host', 'content-length']);

function toWeb(body: Readable): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        body.on('data', (chunk: Buffer) => {
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 0) <= 0) body.pause();
        });
        body.once('end', () => controller.close());
        body.once('error', (err) => controller.error(err));
      },
      pull() {
        body.resume();
      },
      cancel() {
        body.destroy();
      },
    },
    { highWaterMark: 16 },
  );
}

export function createPassThrough(upstream: string): { app: Hono; pool: Pool } {
  const pool = new Pool(upstream, { connections: 256, pipelining: 1, keepAliveTimeout: 30_000 });
  const app = new Hono();
  app.all('*', async (c) => {
    const req = c.req.raw;
    const headers: Record<string, string> = {};
    req.headers.forEach((value, name) => {
      if (!NOT_UP.has(name)) headers[name] = value;
    });
    const body = req.method === 'GET' || req.method === 'HEAD' ? null : Buffer.from(await req.arrayBuffer());
    const url = new URL(req.url);
    const res = await pool.request({
      path: url.pathname + url.search,
      method: req.method as Dispatcher.HttpMethod,
      headers,
      body,
      signal: req.signal,
    });
    const out = new Headers();
    for (const [name, value] of Object.entries(res.headers)) {
      if (HOP_BY_HOP.has(name) || value === undefined) continue;
      if (Array.isArray(value)) for (const v of value) out.append(name, v);
      else out.set(name, value);
    }
    return new Response(toWeb(res.body), { status: res.statusCode, headers: out });
  });
  return { app, pool };
}

if (process.argv[1]?.endsWith('passthrough.ts')) {
  const port = Number(process.argv[2] ?? 0);
  const { app } = createPassThrough(process.argv[3] ?? 'http://127.0.0.1:19001');
  const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info) => {
    process.stdout.write(`ready ${info.port}\n`);
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { anthropicJson, anthropicStream, chatJson, chatStream } from './fixtures.ts';

/**
 * The benchmark's upstream: node:http with every body pre-encoded, so that a response costs
 * one or a few writes and no JSON work. It tells streamed from non-streamed requests by
 * looking for `"stream":true` in the raw body (the load generator sends compact JSON).
 *
 * SSE delivery is chosen per request by `x-bench-sse`:
 *   burst            the whole stream in one write (what a fast local server does);
 *   trickle          one write per group of `x-bench-events-per-write` events (default 1),
 *                    yielding to the event loop between writes so that they leave as separate
 *                    segments, as a model's tokens do.
 *
 * Run as a process: `tsx bench/upstream.ts PORT`; prints `ready PORT` when listening.
 */

interface Body {
  json: Buffer;
  events: Buffer[];
  stream: Buffer;
}

function sseEvents(text: string): Buffer[] {
  return text
    .split(/(?<=\n\n)/)
    .filter(Boolean)
    .map((e) => Buffer.from(e));
}

function body(json: string, stream: string): Body {
  return { json: Buffer.from(json), events: sseEvents(stream), stream: Buffer.from(stream) };
}

const BODIES: Record<string, Body> = {
  '/v1/messages': body(anthropicJson(), anthropicStream()),
  '/v1/chat/completions': body(chatJson(), chatStream()),
};

const STREAM_FLAG = Buffer.from('"stream":true');
const JSON_HEADERS = { 'content-type': 'application/json', 'request-id': 'req_bench_01' };
const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
  'request-id': 'req_bench_01',
};

function trickle(res: ServerResponse, events: Buffer[], perWrite: number, from = 0): void {
  if (res.destroyed) return;
  const to = Math.min(events.length, from + perWrite);
  const group = to - from === 1 ? (events[from] as Buffer) : Buffer.concat(events.slice(from, to));
  if (to >= events.length) {
    res.end(group);
    return;
  }
  res.write(group);
  setImmediate(trickle, res, events, perWrite, to);
}

function answer(req: IncomingMessage, res: ServerResponse, raw: Buffer): void {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const b = BODIES[path];
  if (!b) {
    res.writeHead(404, JSON_HEADERS).end('{"error":{"message":"bench mock: unknown path"}}');
    return;
  }
  if (raw.indexOf(STREAM_FLAG) < 0) {
    res.writeHead(200, { ...JSON_HEADERS, 'content-length': b.json.length });
    res.end(b.json);
    return;
  }
  res.writeHead(200, SSE_HEADERS);
  if (req.headers['x-bench-sse'] !== 'trickle') {
    res.end(b.stream);
    return;
  }
  const perWrite = Number(req.headers['x-bench-events-per-write'] ?? 1) || 1;
  trickle(res, b.events, perWrite);
}

export async function startBenchUpstream(port = 0): Promise<{ port: number; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () =>
      answer(req, res, chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)),
    );
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1]?.endsWith('upstream.ts')) {
  const server = await startBenchUpstream(Number(process.argv[2] ?? 0));
  process.stdout.write(`ready ${server.port}\n`);
}

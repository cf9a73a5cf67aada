import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import { PATHS, providerHeaders, requestBodies } from './fixtures.ts';

/**
 * Time to first byte, to first text and to the last event of SSE streams, as a client sees them.
 * `connections` workers each send streamed requests back to back for `durationS` seconds, on a
 * keep-alive undici Pool, and time every response:
 *   ttfb  request sent → first body byte (the response head is not counted);
 *   ttft  → the first chunk carrying generated text (a watermark's hold-back shows up here);
 *   ttle  → the chunk carrying the terminal event (`message_stop`, `[DONE]`).
 * Run as a process: `tsx bench/stream-client.ts '{"target":…}'`; prints one JSON result.
 */

export interface StreamClientSpec {
  target: string;
  provider: 'anthropic' | 'openai';
  sse: 'burst' | 'trickle';
  eventsPerWrite?: number;
  connections: number;
  durationS: number;
  keys: number;
}

export interface StreamStats {
  streams: number;
  errors: number;
  ttfb: { p50: number; p99: number };
  ttft: { p50: number; p99: number };
  ttle: { p50: number; p99: number };
}

const TEXT = { anthropic: Buffer.from('"text_delta"'), openai: Buffer.from('"delta":{"content":"') };
const TERMINAL = { anthropic: Buffer.from('event: message_stop'), openai: Buffer.from('data: [DONE]') };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

const summary = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p99: percentile(s, 99) };
};

export async function measureStreams(spec: StreamClientSpec): Promise<StreamStats> {
  const pool = new Pool(spec.target, { connections: spec.connections, pipelining: 1 });
  const bodies = requestBodies(spec.provider, true);
  const path = PATHS[spec.provider];
  const text = TEXT[spec.provider];
  const terminal = TERMINAL[spec.provider];
  const ttfb: number[] = [];
  const ttft: number[] = [];
  const ttle: number[] = [];
  let errors = 0;
  let n = 0;
  const until = performance.now() + spec.durationS * 1000;

  const one = async () => {
    const i = n++;
    const key = `sk-bench-${(i % spec.keys) + 1}`;
    const headers: Record<string, string> = {
      ...providerHeaders(spec.provider),
      ...(spec.provider === 'anthropic' ? { 'x-api-key': key } : { authorization: `Bearer ${key}` }),
      'x-bench-sse': spec.sse,
      ...(spec.eventsPerWrite ? { 'x-bench-events-per-write': String(spec.eventsPerWrite) } : {}),
    };
    const t0 = performance.now();
    const res = await pool.request({
      path,
      method: 'POST',
      headers,
      body: bodies[Math.floor(i / spec.keys) % bodies.length] as string,
    });
    let first = -1;
    let firstText = -1;
    let last = -1;
    for await (const chunk of res.body as AsyncIterable<Buffer>) {
      const t = performance.now();
      if (first < 0) first = t;
      if (firstText < 0 && chunk.includes(text)) firstText = t;
      if (chunk.includes(terminal)) last = t;
    }
    if (res.statusCode !== 200 || first < 0 || firstText < 0 || last < 0) {
      errors++;
      return;
    }
    ttfb.push(first - t0);
    ttft.push(firstText - t0);
    ttle.push(last - t0);
  };

  const worker = async () => {
    while (performance.now() < until) {
      try {
        await one();
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: spec.connections }, worker));
  await pool.close();
  return { streams: ttle.length, errors, ttfb: summary(ttfb), ttft: summary(ttft), ttle: summary(ttle) };
}

if (process.argv[1]?.endsWith('stream-client.ts')) {
  const result = await measureStreams(JSON.parse(process.argv[2] as string) as StreamClientSpec);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

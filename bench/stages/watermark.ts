import { createEmbedder, embedText } from '../../src/watermark/embedder.ts';
import { deriveKeys } from '../../src/watermark/keys.ts';
import { prose } from '../fixtures.ts';

/**
 * The watermark embedder alone: throughput over a large text with `embedText`, and the cost of
 * one streamed chunk through `createEmbedder` (the ~30-character text deltas of the bench's
 * Anthropic stream), for all-traffic keys (global layer only) and for a flagged account
 * (global + account layers). Run as a process; prints one JSON result.
 */

export interface WatermarkCase {
  keys: string;
  mbPerS: number;
  usPerChunk: number;
  chunkChars: number;
}

function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

export async function benchWatermark(quick = false): Promise<WatermarkCase[]> {
  const global = await deriveKeys('bench-watermark-secret', 1);
  const account = await deriveKeys('bench-watermark-secret', 1, { account: 'acct_00000000bench' });
  const big = prose(quick ? 200_000 : 1_000_000);
  const bytes = new TextEncoder().encode(big).length;
  const stream = chunks(prose(4300), 30);
  const out: WatermarkCase[] = [];
  for (const [name, keys] of [
    ['global (all traffic)', global],
    ['global + account (flagged account)', account],
  ] as const) {
    embedText(big.slice(0, 50_000), keys); // warm-up
    // CPU time, not the wall clock: other jobs on a shared machine would be counted too.
    const cpuMs = (from: NodeJS.CpuUsage) => {
      const c = process.cpuUsage(from);
      return (c.user + c.system) / 1000;
    };
    const t0 = process.cpuUsage();
    const reps = quick ? 1 : 3;
    for (let r = 0; r < reps; r++) embedText(big, keys);
    const mbPerS = (bytes * reps) / 1e6 / (cpuMs(t0) / 1000);
    const streams = quick ? 200 : 1000;
    const t1 = process.cpuUsage();
    let n = 0;
    for (let s = 0; s < streams; s++) {
      const e = createEmbedder(keys);
      for (const c of stream) {
        e.push(c);
        n++;
      }
      e.flush();
    }
    out.push({ keys: name, mbPerS, usPerChunk: (cpuMs(t1) * 1000) / n, chunkChars: 30 });
  }
  return out;
}

if (process.argv[1]?.endsWith('watermark.ts')) {
  process.stdout.write(`${JSON.stringify(await benchWatermark(process.argv[2] === '--quick'))}\n`);
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8ChunkDecoder } from './utf8.ts';

const streamed = (chunks: Uint8Array[]) => {
  const d = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  return chunks.map((c) => d.decode(c, { stream: true })).join('') + d.decode();
};
const ours = (chunks: Uint8Array[]) => {
  const d = new Utf8ChunkDecoder();
  return chunks.map((c) => d.decode(c)).join('') + d.end();
};
const cut = (bytes: Uint8Array, points: number[]) => {
  const at = [...new Set(points.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let last = 0;
  for (const p of at) {
    out.push(bytes.subarray(last, p));
    last = p;
  }
  out.push(bytes.subarray(last));
  return out;
};

describe('Utf8ChunkDecoder', () => {
  it('decodes text cut at every byte like a streaming TextDecoder', () => {
    const bytes = new TextEncoder().encode('\uFEFFa é 日本 😀 z\u0301 ok');
    for (let i = 0; i <= bytes.length; i++)
      for (let j = i; j <= bytes.length; j++)
        expect(ours(cut(bytes, [i, j]))).toBe(streamed(cut(bytes, [i, j])));
    expect(ours([...bytes].map((b) => Uint8Array.of(b)))).toBe(
      streamed([...bytes].map((b) => Uint8Array.of(b))),
    );
  });

  it('agrees on arbitrary, invalid and truncated bytes under any chunking (property)', () => {
    const byte = fc.oneof(
      fc.integer({ min: 0, max: 255 }),
      fc.constantFrom(0x80, 0xbf, 0xc0, 0xc2, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x9f, 0xa0),
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 8 }), (list, points) => {
        const bytes = Uint8Array.from(list);
        const chunks = cut(bytes, points);
        expect(ours(chunks)).toBe(streamed(chunks));
      }),
      { numRuns: 3000 },
    );
  });
});

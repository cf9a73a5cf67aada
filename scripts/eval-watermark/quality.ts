import { performance } from 'node:perf_hooks';
import { createAnthropicStreamHandler } from '../../src/providers/anthropic/stream.ts';
import { PASS_THROUGH, type ResponsePlan } from '../../src/providers/plan.ts';
import { createClassIndex, defaultClassIndex } from '../../src/watermark/class-index.ts';
import { VARIANT_CLASSES } from '../../src/watermark/classes.ts';
import { createEmbedder } from '../../src/watermark/embedder.ts';
import type { LayerKeys } from '../../src/watermark/keys.ts';
import { createScanner } from '../../src/watermark/scanner.ts';
import { observeSlots } from '../../src/watermark/tape.ts';
import { type Doc, wordCount } from './corpus.ts';

export interface DomainDensity {
  domain: string;
  docs: number;
  words: number;
  slots: number;
  perThousand: number;
  changedPerThousand: number;
}

/** Slots per 1,000 words by domain, and how many words' worth of slots the embedder changed. */
export function density(corpus: readonly Doc[], marked: ReadonlyMap<string, string>): DomainDensity[] {
  const rows = new Map<string, DomainDensity>();
  for (const d of corpus) {
    const row = rows.get(d.domain) ?? {
      domain: d.domain,
      docs: 0,
      words: 0,
      slots: 0,
      perThousand: 0,
      changedPerThousand: 0,
    };
    const before = observeSlots(d.text);
    const after = observeSlots(marked.get(d.id) ?? d.text);
    row.docs++;
    row.words += wordCount(d.text);
    row.slots += before.length;
    row.changedPerThousand += before.filter((s, i) => after[i]?.variant !== s.variant).length;
    rows.set(d.domain, row);
  }
  const out = [...rows.values()];
  const sum = (key: 'docs' | 'words' | 'slots' | 'changedPerThousand') => out.reduce((a, r) => a + r[key], 0);
  const total: DomainDensity = {
    domain: 'all',
    docs: sum('docs'),
    words: sum('words'),
    slots: sum('slots'),
    perThousand: 0,
    changedPerThousand: sum('changedPerThousand'),
  };
  return [...out, total].map((r) => ({
    ...r,
    perThousand: (1000 * r.slots) / r.words,
    changedPerThousand: (1000 * r.changedPerThousand) / r.words,
  }));
}

/** How often natural answers contain each class, and which variant they use. */
export function classFrequencies(corpus: readonly Doc[]) {
  // The same classes with nothing fixed, so fixed variants are counted too.
  const index = createClassIndex(VARIANT_CLASSES.map((line) => line.replace(/\*/g, '')));
  const counts = new Map<string, { n: number; variants: number[] }>();
  for (const cls of index.classes) counts.set(cls.id, { n: 0, variants: cls.variants.map(() => 0) });
  for (const d of corpus) {
    const s = createScanner(index, (slot) => {
      const c = counts.get(slot.cls.id)!;
      c.n++;
      c.variants[slot.variant]!++;
      return slot.variant;
    });
    s.push(d.text);
    s.flush();
  }
  return defaultClassIndex().classes.map((cls) => ({ cls, ...counts.get(cls.id)! }));
}

const CODE = /```[\s\S]*?```|`[^`\n]+`|\$\$[\s\S]*?\$\$|\$[^$\n]+\$/g;

/** Fenced code, inline code and math, compared span by span between original and output. */
export function protectedSpans(corpus: readonly Doc[], marked: ReadonlyMap<string, string>) {
  let spans = 0;
  let identical = 0;
  for (const d of corpus) {
    const a = d.text.match(CODE) ?? [];
    const b = (marked.get(d.id) ?? '').match(CODE) ?? [];
    spans += a.length;
    identical += a.filter((s, i) => b[i] === s).length;
  }
  return { spans, identical };
}

/** The most words ever held back, streaming every answer one character at a time. */
export function maxHoldBack(corpus: readonly Doc[]): number {
  const words = (s: string) => s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  let max = 0;
  for (const d of corpus) {
    const s = createScanner(defaultClassIndex(), (slot) => slot.variant);
    let out = '';
    for (let i = 0; i < d.text.length; i++) {
      out += s.push(d.text[i]!);
      max = Math.max(max, words(d.text.slice(out.length, i + 1)));
    }
  }
  return max;
}

/**
 * Time added per streamed chunk: every answer pushed through a fresh embedder in 4-character
 * deltas (about one token each), best of several rounds after a warm-up.
 */
export function perChunkMicros(
  corpus: readonly Doc[],
  keys: LayerKeys,
  rounds = 7,
): { micros: number; chunks: number } {
  const chunked = corpus.map((d) => d.text.match(/[\s\S]{1,4}/g) ?? []);
  const chunks = chunked.reduce((a, c) => a + c.length, 0);
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds + 2; r++) {
    const t0 = performance.now();
    let sink = 0;
    for (const parts of chunked) {
      const e = createEmbedder(keys);
      for (const p of parts) sink += e.push(p).length;
      sink += e.flush().length;
    }
    const ms = performance.now() - t0;
    if (r >= 2 && sink > 0) best = Math.min(best, ms);
  }
  return { micros: (best * 1000) / chunks, chunks };
}

/**
 * The same, through the Anthropic stream handler: each text_delta event parsed, rewritten and
 * serialised again (the watermark turns the relay from a tap into a rewrite), against the tap
 * alone. The difference is what the watermark adds to a streamed chunk on the wire.
 */
export function perEventMicros(corpus: readonly Doc[], keys: LayerKeys, rounds = 5) {
  const streams = corpus.map((d) => [
    {
      event: 'content_block_start',
      data: JSON.stringify({
        type: 'content_block_start',
        index: 0,
        content_block: { type: 'text', text: '' },
      }),
    },
    ...(d.text.match(/[\s\S]{1,4}/g) ?? []).map((text) => ({
      event: 'content_block_delta',
      data: JSON.stringify({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } }),
    })),
    { event: 'content_block_stop', data: JSON.stringify({ type: 'content_block_stop', index: 0 }) },
  ]);
  const events = streams.reduce((a, s) => a + s.length, 0);
  const time = (plan: ResponsePlan) => {
    let best = Number.POSITIVE_INFINITY;
    for (let r = 0; r < rounds + 2; r++) {
      let sink = 0;
      const t0 = performance.now();
      for (const s of streams) {
        const handler = createAnthropicStreamHandler(plan);
        for (const e of s) handler.event(e, (out) => (sink += out.data.length));
        handler.end(() => {});
      }
      const ms = performance.now() - t0;
      if (r >= 2 && sink >= 0) best = Math.min(best, ms);
    }
    return (best * 1000) / events;
  };
  const tap = time(PASS_THROUGH);
  const marked = time({ ...PASS_THROUGH, watermark: () => createEmbedder(keys) });
  return { tap, marked, added: marked - tap, events };
}

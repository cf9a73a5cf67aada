import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SseEvent } from '../../sse/parser.ts';
import { PASS_THROUGH, type ResponsePlan, type TextRewriter } from '../plan.ts';
import { jsonString } from '../scan.ts';
import { createAnthropicStreamHandler } from './stream.ts';

/** A rewriter that upper-cases: holds nothing back, so every delta comes out at once. */
const upper = (): TextRewriter => ({ push: (t) => t.toUpperCase(), flush: () => '' });

function run(plan: ResponsePlan, events: SseEvent[]): SseEvent[] {
  const out: SseEvent[] = [];
  const handler = createAnthropicStreamHandler(plan);
  for (const e of events) handler.event(e, (x) => out.push(x));
  handler.end((x) => out.push(x));
  return out;
}

const ev = (data: unknown): SseEvent => ({
  event: (data as { type: string }).type,
  data: typeof data === 'string' ? data : JSON.stringify(data),
});
const start = (index: number, type: string) =>
  ev({
    type: 'content_block_start',
    index,
    content_block: { type, [type === 'text' ? 'text' : 'thinking']: '' },
  });
const delta = (index: number, text: string) =>
  ev({ type: 'content_block_delta', index, delta: { type: 'text_delta', text } });

describe('Anthropic stream rewriting: text deltas', () => {
  const texts = [
    'Hello, ',
    'wörld — "quoted" \\ back\\slash',
    '\u2028 line sep, emoji 🚀',
    '',
    'tab\there\n',
  ];

  it('rewrites each text delta and writes it exactly as JSON.stringify would (re-indexed from 0)', () => {
    const events = [start(12, 'text'), ...texts.map((t) => delta(12, t))];
    const out = run({ ...PASS_THROUGH, watermark: upper }, events).slice(1);
    expect(out.map((e) => e.data)).toEqual(
      texts
        .filter((t) => t !== '')
        .map((t) =>
          JSON.stringify({
            type: 'content_block_delta',
            index: 0,
            delta: { type: 'text_delta', text: t.toUpperCase() },
          }),
        ),
    );
  });

  it('takes the general path for other spellings of the same event, with the same result', () => {
    const spaced = {
      event: 'content_block_delta',
      data: '{ "type": "content_block_delta", "index": 0, "delta": { "type": "text_delta", "text": "abc" } }',
    };
    const reordered = {
      event: 'content_block_delta',
      data: '{"index":0,"type":"content_block_delta","delta":{"text":"abc","type":"text_delta"}}',
    };
    const escaped = {
      event: 'content_block_delta',
      data: '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"\\u0061bc"}}',
    };
    const expected = '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"ABC"}}';
    for (const e of [spaced, reordered, escaped]) {
      const out = run({ ...PASS_THROUGH, watermark: upper }, [start(0, 'text'), e]);
      expect(out[1]?.data).toBe(expected);
    }
  });

  it('keeps re-indexing blocks when thinking is dropped', () => {
    const plan = { ...PASS_THROUGH, stripReasoning: true, watermark: upper };
    const out = run(plan, [
      start(0, 'thinking'),
      ev({ type: 'content_block_stop', index: 0 }),
      start(1, 'text'),
      delta(1, 'hi'),
    ]);
    expect(out.map((e) => JSON.parse(e.data))).toEqual([
      { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'HI' } },
    ]);
  });

  it('leaves text deltas of blocks without a rewriter as they came (degrade without watermark)', () => {
    const plan = { ...PASS_THROUGH, stripReasoning: true };
    const d = delta(0, 'as is');
    expect(run(plan, [start(0, 'text'), d])[1]).toBe(d);
  });
});

describe('jsonString', () => {
  it('is JSON.stringify of any string, lone surrogates and controls included (property)', () => {
    const s = fc.string({
      unit: fc.oneof(
        fc.constantFrom(
          '"',
          '\\',
          '\n',
          '\u0000',
          '\u001f',
          '\u007f',
          '\u2028',
          '\uD800',
          '\uDC00',
          '😀',
          'é',
        ),
        fc.string({ maxLength: 1 }),
      ),
      maxLength: 20,
    });
    fc.assert(
      fc.property(s, (text) => {
        expect(jsonString(text)).toBe(JSON.stringify(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('the fast path reads any delta text back exactly (property)', () => {
    const unit = fc.oneof(
      fc.constantFrom('"', '\\', '\n', '\u0000', '\uD800', '😀', 'é', ' '),
      fc.string({ maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), (text) => {
        const out = run({ ...PASS_THROUGH, watermark: upper }, [start(0, 'text'), delta(0, text)]);
        const got = out
          .filter((e) => e.event === 'content_block_delta')
          .map((e) => JSON.parse(e.data).delta.text);
        expect(got.join('')).toBe(text.toUpperCase());
      }),
      { numRuns: 1000 },
    );
  });
});

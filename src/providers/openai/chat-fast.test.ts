import { describe, expect, it } from 'vitest';
import type { SseEvent } from '../../sse/parser.ts';
import { PASS_THROUGH, type TextRewriter } from '../plan.ts';
import { parseContentChunk } from './chat-fast.ts';
import { createChatStreamHandler } from './chat-stream.ts';

const chunk = (choices: unknown[], extra: Record<string, unknown> = { usage: null }) =>
  JSON.stringify({
    id: 'chatcmpl-1',
    object: 'chat.completion.chunk',
    created: 1741569952,
    model: 'gpt-4o',
    system_fingerprint: 'fp_1',
    choices,
    ...extra,
  });
const content = (text: string, index = 0) =>
  chunk([{ index, delta: { content: text }, logprobs: null, finish_reason: null }]);

/** What the general path does to a chunk: parse, transform, write again. */
function reference(data: string, f: (s: string) => string, dropUsage: boolean): string {
  const o = JSON.parse(data);
  o.choices[0].delta.content = f(o.choices[0].delta.content);
  if (dropUsage) delete o.usage;
  return JSON.stringify(o);
}

describe('parseContentChunk', () => {
  const texts = ['Hello', ' "quoted" \\ slash', 'é — 🚀 \u2028', '', 'tab\t\nnl', '\u0000\u001f'];

  it('reads the content and splices a new one back exactly as the general path writes it', () => {
    for (const text of texts)
      for (const drop of [false, true]) {
        const data = content(text, 3);
        const c = parseContentChunk(data, drop);
        expect(c?.content).toBe(text);
        expect(c?.index).toBe(3);
        expect(c?.dropsUsage).toBe(drop);
        expect(c?.render(`${text}!`)).toBe(reference(data, (s) => `${s}!`, drop));
      }
  });

  it('leaves every other shape to the general path', () => {
    const others = [
      chunk([{ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }]),
      chunk([{ index: 0, delta: { content: 'x' }, logprobs: { content: [] }, finish_reason: null }]),
      chunk([{ index: 0, delta: { content: 'x' }, logprobs: null, finish_reason: 'stop' }]),
      chunk([{ index: 0, delta: { content: 'x', reasoning: 'y' }, logprobs: null, finish_reason: null }]),
      chunk([
        { index: 0, delta: { content: 'x' }, logprobs: null, finish_reason: null },
        { index: 1, delta: { content: 'y' }, logprobs: null, finish_reason: null },
      ]),
      chunk([{ index: 0, delta: { content: 'x' }, logprobs: null, finish_reason: null }], {
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      }),
      chunk([{ index: 0, delta: { content: 'x' }, logprobs: null, finish_reason: null }], {
        error: { message: 'e' },
      }),
      chunk([], { usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } }),
      JSON.stringify(JSON.parse(content('x')), null, 1),
    ];
    for (const data of others) expect(parseContentChunk(data, false)).toBeUndefined();
  });

  it('with usage before the choices, only dropping it needs the general path', () => {
    const data = JSON.stringify({
      id: 'c',
      usage: null,
      choices: [{ index: 0, delta: { content: 'x' }, logprobs: null, finish_reason: null }],
    });
    expect(parseContentChunk(data, false)?.render('y')).toBe(data.replace('"x"', '"y"'));
    expect(parseContentChunk(data, true)).toBeUndefined();
  });
});

describe('chat stream rewriting with the fast path', () => {
  const upper = (): TextRewriter => ({ push: (t) => t.toUpperCase(), flush: () => '' });
  const stream = [
    chunk([
      {
        index: 0,
        delta: { role: 'assistant', content: '', refusal: null },
        logprobs: null,
        finish_reason: null,
      },
    ]),
    content('Hello, '),
    content('"world"'),
    chunk([{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }]),
    chunk([], { usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 } }),
    '[DONE]',
  ];

  for (const hideUsage of [false, true]) {
    it(`rewrites the text, meters usage and ${hideUsage ? 'hides' : 'keeps'} usage`, () => {
      const handler = createChatStreamHandler({ ...PASS_THROUGH, hideUsage, watermark: upper });
      const out: SseEvent[] = [];
      for (const data of stream) handler.event({ data }, (e) => out.push(e));
      expect(handler.end((e) => out.push(e))).toBe(true);
      const parsed = out.filter((e) => e.data !== '[DONE]').map((e) => JSON.parse(e.data));
      const text = parsed.map((o) => o.choices[0]?.delta?.content ?? '').join('');
      expect(text).toBe('HELLO, "WORLD"');
      expect(parsed.some((o) => 'usage' in o)).toBe(!hideUsage);
      expect(handler.usage.outputTokens).toBe(2);
      expect(out.at(-1)?.data).toBe('[DONE]');
    });
  }
});

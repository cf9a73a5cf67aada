import { describe, expect, it } from 'vitest';
import * as fx from '../../test/mock/fixtures.ts';
import { encode } from '../../test/mock/fixtures.ts';
import { createAnthropicStreamHandler } from '../providers/anthropic/stream.ts';
import type { Dialect } from '../providers/dialect.ts';
import { createChatStreamHandler } from '../providers/openai/chat-stream.ts';
import { createResponsesStreamHandler } from '../providers/openai/responses-stream.ts';
import { PASS_THROUGH, type ResponsePlan, type StreamHandler } from '../providers/plan.ts';
import { relaySse, relaySseBody, type StreamOutcome } from './relay.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

function source(chunks: Uint8Array[], fail?: Error): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(c) {
      if (i < chunks.length) c.enqueue(chunks[i++]!);
      else if (fail) c.error(fail);
      else c.close();
    },
  });
}

async function run(chunks: Uint8Array[], handler: StreamHandler, dialect: Dialect, fail?: Error) {
  let outcome: StreamOutcome | undefined;
  const out = relaySse(source(chunks, fail), {
    handler,
    dialect,
    maxEventBytes: 1 << 20,
    onFinish: (o) => {
      outcome = o;
    },
  });
  const text = await new Response(out).text();
  return { text, outcome, usage: handler.usage };
}

/** The same through relaySseBody, read as @hono/node-server reads a body. */
async function runPull(chunks: Uint8Array[], handler: StreamHandler, dialect: Dialect, fail?: Error) {
  let outcome: StreamOutcome | undefined;
  const body = relaySseBody(source(chunks, fail).getReader(), {
    handler,
    dialect,
    maxEventBytes: 1 << 20,
    onFinish: (o) => {
      outcome = o;
    },
  });
  const reader = body.getReader();
  const parts: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  await reader.closed;
  return { text: Buffer.concat(parts).toString('utf8'), outcome, usage: handler.usage };
}

/** A rewriter that holds everything back until the block ends: the harshest hold-back. */
const holdAll: ResponsePlan = {
  ...PASS_THROUGH,
  watermark: () => {
    let held = '';
    return {
      push: (d) => {
        held += d;
        return '';
      },
      flush: () => held,
    };
  },
};

const multibyte = encode([
  {
    event: 'message_start',
    data: {
      type: 'message_start',
      message: {
        id: 'm',
        type: 'message',
        role: 'assistant',
        content: [],
        usage: { input_tokens: 3, output_tokens: 1 },
      },
    },
  },
  {
    event: 'content_block_start',
    data: { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
  },
  {
    event: 'content_block_delta',
    data: { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Café — 東京 🚀 ' } },
  },
  {
    event: 'content_block_delta',
    data: { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'naïve façade' } },
  },
  { event: 'content_block_stop', data: { type: 'content_block_stop', index: 0 } },
  {
    event: 'message_delta',
    data: { type: 'message_delta', delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 9 } },
  },
  { event: 'message_stop', data: { type: 'message_stop' } },
]);

const FIXTURES: [string, string, Dialect, (plan: ResponsePlan) => StreamHandler, number][] = [
  ['anthropic multibyte', multibyte, 'anthropic', createAnthropicStreamHandler, 9],
  [
    'anthropic thinking+tools',
    fx.anthropicThinkingToolStream('m'),
    'anthropic',
    createAnthropicStreamHandler,
    89,
  ],
  ['openai chat + usage', fx.chatTextStream('g', true), 'openai-chat', createChatStreamHandler, 18],
  ['openai responses', fx.responsesStream('r'), 'openai-responses', createResponsesStreamHandler, 87],
];

describe('relaySse replays fixtures re-chunked at every byte boundary', () => {
  it.each(FIXTURES)(
    '%s: tap output is byte-identical and usage is read',
    async (_name, text, dialect, make, output) => {
      const all = bytes(text);
      for (let cut = 0; cut <= all.length; cut++) {
        const result = await run([all.subarray(0, cut), all.subarray(cut)], make(PASS_THROUGH), dialect);
        expect(result.text).toBe(text);
        expect(result.outcome).toBe('complete');
        expect(result.usage.outputTokens).toBe(output);
      }
    },
  );

  it.each(FIXTURES)(
    '%s: a rewriting relay delivers the same text at every split',
    async (_name, text, dialect, make) => {
      const all = bytes(text);
      const reference = await run([all], make(holdAll), dialect);
      for (let cut = 0; cut <= all.length; cut += 3) {
        const result = await run([all.subarray(0, cut), all.subarray(cut)], make(holdAll), dialect);
        expect(result.text).toBe(reference.text);
      }
    },
  );

  it('one byte at a time', async () => {
    const all = bytes(multibyte);
    const chunks = [...all].map((b) => Uint8Array.of(b));
    expect((await run(chunks, createAnthropicStreamHandler(PASS_THROUGH), 'anthropic')).text).toBe(multibyte);
  });

  it('never leaves half an event on the wire when the upstream fails', async () => {
    const all = bytes(multibyte);
    const cut = multibyte.indexOf('naïve') + 2; // inside an event
    const result = await run(
      [all.subarray(0, cut)],
      createAnthropicStreamHandler(PASS_THROUGH),
      'anthropic',
      new Error('reset'),
    );
    const events = result.text.split('\n\n').filter(Boolean);
    expect(events.at(-1)).toMatch(/^event: error\n/);
    expect(events.slice(0, -1).every((e) => multibyte.includes(`${e}\n\n`))).toBe(true);
    expect(result.outcome).toBe('failed');
  });
});

/** A pull body over `chunks` of an Anthropic stream, and how it finished. */
function pullBody(chunks: Uint8Array[]) {
  let outcome: StreamOutcome | undefined;
  const body = relaySseBody(source(chunks).getReader(), {
    handler: createAnthropicStreamHandler(PASS_THROUGH),
    dialect: 'anthropic',
    maxEventBytes: 1 << 20,
    onFinish: (o) => {
      outcome = o;
    },
  });
  return { body, outcome: () => outcome };
}

describe('relaySseBody (the Node pull body) gives what relaySse gives', () => {
  it.each(FIXTURES)('%s: tap and rewrite, every split', async (_name, text, dialect, make, output) => {
    const all = bytes(text);
    for (let cut = 0; cut <= all.length; cut += 5) {
      const chunks = [all.subarray(0, cut), all.subarray(cut)];
      const tap = await runPull(chunks, make(PASS_THROUGH), dialect);
      expect(tap.text).toBe(text);
      expect(tap.outcome).toBe('complete');
      expect(tap.usage.outputTokens).toBe(output);
      const rewritten = await runPull(chunks, make(holdAll), dialect);
      expect(rewritten.text).toBe((await run(chunks, make(holdAll), dialect)).text);
    }
  });

  it('fails with one error event, and a cancel after the end changes nothing', async () => {
    const all = bytes(multibyte);
    const cut = multibyte.indexOf('naïve') + 2;
    const failed = await runPull(
      [all.subarray(0, cut)],
      createAnthropicStreamHandler(PASS_THROUGH),
      'anthropic',
      new Error('reset'),
    );
    expect(failed.outcome).toBe('failed');
    expect(failed.text.split('\n\n').filter(Boolean).at(-1)).toMatch(/^event: error\n/);

    const whole = pullBody([all]);
    const reader = whole.body.getReader();
    while (!(await reader.read()).done) {}
    await reader.cancel(new Error('socket closed'));
    expect(whole.outcome()).toBe('complete');
  });

  it('a cancel mid-stream finishes as cancelled', async () => {
    const all = bytes(multibyte);
    const cut = pullBody([all.subarray(0, 40), all.subarray(40)]);
    const reader = cut.body.getReader();
    await reader.cancel(new Error('socket closed'));
    expect(cut.outcome()).toBe('cancelled');
    expect((await reader.read()).done).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRecords, type Harness, startHarness } from './harness.ts';
import * as fx from './mock/fixtures.ts';

// Every request degraded with every rewrite: config/examples/degrade-all.yaml as shipped.
const POLICY = readFileSync('config/examples/degrade-all.yaml', 'utf8');
const INSTRUCTION =
  'Answer with the final result and a brief justification only. Do not write out step-by-step ' +
  'reasoning, internal deliberation, or a reconstruction of how the answer was reached.';

let h: Harness;
beforeAll(async () => {
  // The watermark has its own suite; here it is off so the degraded texts compare exactly.
  h = await startHarness(`${POLICY}\nwatermark:\n  enabled: false\n`);
});
afterAll(() => h.close());

// A fresh key per client: a probing request can make its account suspect (a tighter tier),
// which must not leak into the next test.
let keys = 0;
const anthropic = (scenario?: string) =>
  new Anthropic({
    apiKey: `sk-ant-degrade-${++keys}`,
    baseURL: h.proxy.url,
    maxRetries: 0,
    defaultHeaders: scenario ? { 'x-mock-scenario': scenario } : {},
  });
const openai = (scenario?: string) =>
  new OpenAI({
    apiKey: `sk-openai-degrade-${++keys}`,
    baseURL: `${h.proxy.url}/v1`,
    maxRetries: 0,
    defaultHeaders: scenario ? { 'x-mock-scenario': scenario } : {},
  });

const WEATHER_TOOL = {
  name: 'get_weather',
  description: 'Current weather for a place.',
  input_schema: {
    type: 'object' as const,
    properties: { location: { type: 'string' }, unit: { type: 'string' } },
  },
};

/** Raw SSE through the proxy, for what the SDKs would hide. */
async function rawStream(
  path: string,
  body: object,
  scenario: string,
  anthropicApi: boolean,
): Promise<string> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    authorization: `Bearer sk-raw-degrade-${++keys}`,
    'x-mock-scenario': scenario,
  };
  if (anthropicApi) headers['anthropic-version'] = '2023-06-01';
  const res = await fetch(`${h.proxy.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  expect(res.status).toBe(200);
  return res.text();
}

describe('degrade-all.yaml: Anthropic', () => {
  const request = {
    model: 'claude-sonnet-4-5',
    max_tokens: 16_000,
    thinking: { type: 'enabled' as const, budget_tokens: 10_000 },
    system: 'You are a weather assistant.',
    tools: [WEATHER_TOOL],
    messages: [{ role: 'user' as const, content: 'What is the weather in San Francisco?' }],
  };

  it('stream with thinking + text + tool_use: no thinking, contiguous blocks, usage untouched', async () => {
    const final = await anthropic('thinking').messages.stream(request).finalMessage();
    expect(final.content.map((b) => b.type)).toEqual(['text', 'tool_use']);
    expect(final.content[0]).toMatchObject({ type: 'text', text: 'Let me check the weather for you.' });
    expect(final.content[1]).toMatchObject({
      type: 'tool_use',
      name: 'get_weather',
      input: { location: 'San Francisco, CA', unit: 'celsius' },
    });
    expect(final.stop_reason).toBe('tool_use');
    expect(final.usage.output_tokens).toBe(89); // thinking tokens included, as billed

    // The upstream got the rewritten request.
    const sent = h.mock.last().json!;
    expect(sent).toMatchObject({
      model: 'claude-haiku-4-5',
      max_tokens: 2048,
      thinking: { type: 'enabled', budget_tokens: 1024 },
      system: `You are a weather assistant.\n\n${INSTRUCTION}`,
      tools: [WEATHER_TOOL],
    });
  });

  it('redacted_thinking is stripped too, and the blocks after it are re-indexed', async () => {
    const raw = await rawStream('/v1/messages', { ...request, stream: true }, 'redacted-thinking', true);
    expect(raw).not.toMatch(/thinking|signature/);
    const starts = [...raw.matchAll(/"type":"content_block_start","index":(\d+)/g)].map((m) => Number(m[1]));
    expect(starts).toEqual([0, 1]);
    const final = await anthropic('redacted-thinking').messages.stream(request).finalMessage();
    expect(final.content.map((b) => b.type)).toEqual(['text', 'tool_use']);
    expect(final.content[1]).toMatchObject({ input: { location: 'San Francisco, CA', unit: 'celsius' } });
  });

  it('non-streamed: thinking and redacted_thinking blocks are gone', async () => {
    const msg = await anthropic('thinking').messages.create(request);
    expect(msg.content).toEqual([{ type: 'text', text: fx.TEXT }]);
    expect(msg.usage.output_tokens).toBe(60);
    expect(h.mock.last().json).toMatchObject({ model: 'claude-haiku-4-5', max_tokens: 2048 });
  });

  it('a thinking budget that no longer fits under the capped max_tokens is dropped', async () => {
    await anthropic().messages.create({ ...request, max_tokens: 1500 });
    const sent = h.mock.last().json!;
    expect(sent.max_tokens).toBe(1500);
    expect(sent.thinking).toEqual({ type: 'enabled', budget_tokens: 1024 });
    await anthropic().messages.create({ ...request, max_tokens: 1024 });
    expect(h.mock.last().json!.thinking).toBeUndefined();
  });
});

describe('degrade-all.yaml: OpenAI chat', () => {
  const request = {
    model: 'gpt-4o',
    messages: [
      { role: 'system' as const, content: 'You are terse.' },
      { role: 'user' as const, content: 'Capital of France?' },
    ],
    logprobs: true,
    top_logprobs: 5,
    logit_bias: { '15339': 5 },
    n: 4,
    max_tokens: 10_000,
  };

  it('stream with logprobs: none arrive, the text assembles, the request was rewritten', async () => {
    const final = await openai('logprobs')
      .chat.completions.stream({ ...request, stream_options: { include_usage: true } })
      .finalChatCompletion();
    expect(final.choices).toHaveLength(1);
    expect(final.choices[0]?.message.content).toBe(fx.TEXT);
    expect(final.choices[0]?.logprobs ?? null).toBeNull();
    expect(final.usage?.completion_tokens).toBe(18);
    const sent = h.mock.last().json!;
    expect(sent).toEqual({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'You are terse.' },
        { role: 'system', content: INSTRUCTION },
        { role: 'user', content: 'Capital of France?' },
      ],
      n: 1,
      max_tokens: 2048,
      stream: true,
      stream_options: { include_usage: true },
    });
  });

  it('raw stream: no token logprobs and no reasoning fields on the wire', async () => {
    const raw = await rawStream(
      '/v1/chat/completions',
      { ...request, stream: true },
      'logprobs,reasoning',
      false,
    );
    expect(raw).not.toMatch(/"token"|reasoning_content|"usage"/);
    expect(raw).toMatch(/data: \[DONE\]\n\n$/);
  });

  it('non-streamed: logprobs and reasoning fields are stripped', async () => {
    const res = await openai('logprobs,reasoning').chat.completions.create(request);
    expect(res.choices[0]?.logprobs).toBeNull();
    expect(res.choices[0]?.message).toEqual({
      role: 'assistant',
      content: fx.TEXT,
      refusal: null,
      annotations: [],
    });
    expect(res.usage).toEqual((fx.chatJson('x') as { usage: unknown }).usage);
  });
});

describe('degrade-all.yaml: OpenAI Responses', () => {
  const request = {
    model: 'o3',
    input: 'Capital of France?',
    instructions: 'You are terse.',
    reasoning: { effort: 'high' as const, summary: 'detailed' as const },
    include: ['message.output_text.logprobs' as const, 'reasoning.encrypted_content' as const],
    top_logprobs: 5,
    max_output_tokens: 32_000,
  };

  it('stream with reasoning items and logprobs: the SDK assembles the answer alone', async () => {
    const final = await openai('reasoning,logprobs').responses.stream(request).finalResponse();
    expect(final.output.map((o) => o.type)).toEqual(['message']);
    expect(final.output_text).toBe(fx.TEXT);
    const part = final.output[0]?.type === 'message' ? final.output[0].content[0] : undefined;
    expect(part?.type === 'output_text' && part.logprobs).toEqual([]);
    expect(final.usage?.output_tokens).toBe(87);
    const sent = h.mock.last().json!;
    expect(sent).toEqual({
      model: 'o4-mini',
      input: 'Capital of France?',
      instructions: `You are terse.\n\n${INSTRUCTION}`,
      reasoning: { effort: 'low' },
      include: [],
      max_output_tokens: 2048,
      stream: true,
    });
  });

  it('raw stream: no reasoning item, output indexes and sequence numbers stay contiguous', async () => {
    const raw = await rawStream('/v1/responses', { ...request, stream: true }, 'reasoning,logprobs', false);
    expect(raw).not.toMatch(/"reasoning"[^:]|rs_|summary_text|"token"/);
    const events = raw
      .split('\n\n')
      .filter(Boolean)
      .map((e) => JSON.parse(e.slice(e.indexOf('data: ') + 6)) as Record<string, unknown>);
    expect(events.map((e) => e.sequence_number)).toEqual(events.map((_, i) => i));
    expect(
      new Set(events.flatMap((e) => (typeof e.output_index === 'number' ? [e.output_index] : []))),
    ).toEqual(new Set([0]));
  });

  it('non-streamed: reasoning items and logprobs are gone', async () => {
    const res = await openai('reasoning,logprobs').responses.create(request);
    expect(res.output.map((o) => o.type)).toEqual(['message']);
    expect(res.output_text).toBe(fx.TEXT);
    expect(JSON.stringify(res)).not.toMatch(/"token"/);
  });
});

describe('degrade-all.yaml: the audit log', () => {
  it('records every request as degraded by the catch-all rule', async () => {
    const records = await auditRecords(h.auditPath, 1);
    expect(records.length).toBeGreaterThan(0);
    for (const r of records)
      expect(r).toMatchObject({ action: 'degrade', enforced: 'degrade', rule: 'degrade-all' });
  });
});

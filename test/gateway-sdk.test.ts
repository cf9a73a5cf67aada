import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness.ts';
import * as fx from './mock/fixtures.ts';

// These tests prove the proxy is transparent, byte for byte, so the watermark (whose global layer
// is on by default and re-chunks the text it holds back) is switched off explicitly here;
// test/gateway-watermark.test.ts covers the same clients with it on.
let h: Harness;
beforeAll(async () => {
  h = await startHarness('watermark:\n  enabled: false\n');
});
afterAll(() => h.close());

const anthropic = (headers: Record<string, string> = {}) =>
  new Anthropic({
    apiKey: 'sk-ant-test-key-1',
    baseURL: h.proxy.url,
    maxRetries: 0,
    defaultHeaders: headers,
  });
const openai = (headers: Record<string, string> = {}) =>
  new OpenAI({
    apiKey: 'sk-openai-test-key-1',
    baseURL: `${h.proxy.url}/v1`,
    maxRetries: 0,
    defaultHeaders: headers,
  });

describe('Anthropic SDK through the proxy', () => {
  it('non-streaming: the message the upstream sent', async () => {
    const msg = await anthropic().messages.create({
      model: 'claude-sonnet-4-5',
      max_tokens: 64,
      messages: [{ role: 'user', content: 'Capital of France?' }],
    });
    expect(msg).toMatchObject(fx.anthropicJson('claude-sonnet-4-5'));
  });

  it('streaming text: assembles the upstream text and usage', async () => {
    const stream = anthropic().messages.stream({
      model: 'claude-sonnet-4-5',
      max_tokens: 64,
      messages: [{ role: 'user', content: 'hi' }],
    });
    const final = await stream.finalMessage();
    expect(final.content).toMatchObject([{ type: 'text', text: fx.TEXT }]);
    expect(final.usage.output_tokens).toBe(18);
  });

  it('streaming thinking + tool_use: signature and partial JSON survive intact', async () => {
    const stream = anthropic({ 'x-mock-scenario': 'thinking' }).messages.stream({
      model: 'claude-sonnet-4-5',
      max_tokens: 2048,
      thinking: { type: 'enabled', budget_tokens: 1024 },
      messages: [{ role: 'user', content: 'weather?' }],
    });
    const final = await stream.finalMessage();
    expect(final.content.map((b) => b.type)).toEqual(['thinking', 'text', 'tool_use']);
    expect(final.content[0]).toMatchObject({
      thinking: 'I should look up the weather. Use the tool.',
      signature: 'EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxZ',
    });
    expect(final.content[2]).toMatchObject({
      name: 'get_weather',
      input: { location: 'San Francisco, CA', unit: 'celsius' },
    });
    expect(final.stop_reason).toBe('tool_use');
  });

  it('count_tokens and models', async () => {
    const count = await anthropic().messages.countTokens({
      model: 'claude-sonnet-4-5',
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(count.input_tokens).toBe(14);
    const models = await anthropic().models.list();
    expect(models.data[0]?.id).toBe('claude-sonnet-4-5');
  });

  it('forwards the key, version and beta headers, and strips hop-by-hop ones', async () => {
    await anthropic({ 'anthropic-beta': 'interleaved-thinking-2025-05-14' }).messages.create({
      model: 'claude-sonnet-4-5',
      max_tokens: 8,
      messages: [{ role: 'user', content: 'hi' }],
    });
    const { headers } = h.mock.last();
    expect(headers.authorization ?? headers['x-api-key']).toMatch(/sk-ant-test-key-1/);
    expect(headers['anthropic-version']).toBeTruthy();
    expect(headers['anthropic-beta']).toBe('interleaved-thinking-2025-05-14');
    expect(headers['user-agent']).toMatch(/Anthropic\/JS/);
    expect(headers['x-stainless-lang']).toBe('js');
    expect(headers.host).toBe(new URL(h.mock.url).host);
  });
});

describe('OpenAI SDK through the proxy', () => {
  it('chat non-streaming', async () => {
    const res = await openai().chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(res).toEqual(fx.chatJson('gpt-4o'));
  });

  it('chat streaming with the usage chunk', async () => {
    const stream = openai().chat.completions.stream({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'hi' }],
      stream_options: { include_usage: true },
    });
    const final = await stream.finalChatCompletion();
    expect(final.choices[0]?.message.content).toBe(fx.TEXT);
    expect(final.usage?.completion_tokens).toBe(18);
  });

  it('chat streaming tool_calls', async () => {
    const stream = openai({ 'x-mock-scenario': 'tools' }).chat.completions.stream({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'weather in Paris' }],
      tools: [
        {
          type: 'function',
          function: {
            name: 'get_weather',
            parameters: { type: 'object', properties: { location: { type: 'string' } } },
          },
        },
      ],
    });
    const final = await stream.finalChatCompletion();
    const call = final.choices[0]?.message.tool_calls?.[0];
    expect(call?.type === 'function' && call.function).toEqual({
      name: 'get_weather',
      arguments: '{"location":"Paris, France"}',
    });
    expect(final.choices[0]?.finish_reason).toBe('tool_calls');
  });

  it('responses non-streaming and streaming', async () => {
    const res = await openai().responses.create({ model: 'gpt-4.1', input: 'hi' });
    expect(res.output_text).toBe(fx.TEXT);
    const stream = openai().responses.stream({ model: 'gpt-4.1', input: 'hi' });
    const final = await stream.finalResponse();
    expect(final.output_text).toBe(fx.TEXT);
    expect(final.usage?.output_tokens).toBe(87);
  });

  it('models, and the organization/project headers', async () => {
    const client = new OpenAI({
      apiKey: 'sk-openai-test-key-1',
      baseURL: `${h.proxy.url}/v1`,
      maxRetries: 0,
      organization: 'org-test',
      project: 'proj_test',
    });
    const models = await client.models.list();
    expect(models.data[0]?.id).toBe('gpt-4o');
    expect(h.mock.last().headers['openai-organization']).toBe('org-test');
    expect(h.mock.last().headers['openai-project']).toBe('proj_test');
    expect(h.mock.last().headers.authorization).toBe('Bearer sk-openai-test-key-1');
  });
});

describe('streams reach the client byte for byte', () => {
  const cases: [string, string, object, string][] = [
    [
      '/v1/messages',
      'anthropic',
      { model: 'm', max_tokens: 5, stream: true, messages: [] },
      fx.anthropicTextStream('m'),
    ],
    [
      '/v1/messages',
      'anthropic',
      { model: 'mock-thinking', max_tokens: 5, stream: true, messages: [] },
      fx.anthropicThinkingToolStream('mock-thinking'),
    ],
    [
      '/v1/chat/completions',
      'openai',
      { model: 'g', stream: true, stream_options: { include_usage: true }, messages: [] },
      fx.chatTextStream('g', true),
    ],
    [
      '/v1/chat/completions',
      'openai',
      { model: 'mock-tools', stream: true, messages: [] },
      fx.chatToolStream('mock-tools', false),
    ],
    ['/v1/responses', 'openai', { model: 'r', stream: true, input: 'x' }, fx.responsesStream('r')],
  ];
  it.each(cases)('%s (%s)', async (path, provider, body, expected) => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      authorization: 'Bearer sk-raw-1',
    };
    if (provider === 'anthropic') headers['anthropic-version'] = '2023-06-01';
    const res = await fetch(`${h.proxy.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(await res.text()).toBe(expected);
  });

  it('streams without buffering: the first event arrives before the upstream has finished', async () => {
    const res = await fetch(`${h.proxy.url}/v1/messages`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-api-key': 'sk-1',
        'anthropic-version': '2023-06-01',
        'x-mock-scenario': 'trickle',
      },
      body: JSON.stringify({ model: 'm', max_tokens: 5, stream: true, messages: [] }),
    });
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toMatch(/^event: message_start\n/);
    // The trickling upstream takes ~5 ms per event for ~15 events: it is still sending.
    expect(h.mock.last().finished).toBe(false);
    let rest = '';
    for (let r = await reader.read(); !r.done; r = await reader.read())
      rest += new TextDecoder().decode(r.value);
    expect(rest).toMatch(/event: message_stop\n/);
  });

  it('decodes a gzip upstream body', async () => {
    const res = await openai({ 'x-mock-scenario': 'gzip' }).chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(res.choices[0]?.message.content).toBe(fx.TEXT);
    const raw = await fetch(`${h.proxy.url}/v1/chat/completions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer sk-1',
        'x-mock-scenario': 'gzip',
      },
      body: JSON.stringify({ model: 'g', stream: true, messages: [] }),
    });
    expect(raw.headers.get('content-encoding')).toBeNull();
    expect(await raw.text()).toBe(fx.chatTextStream('g', false));
  });
});

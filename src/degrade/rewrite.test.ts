import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../providers/json.ts';
import { DegradeConfigSchema } from './config.ts';
import { lowerAnthropicEffort, lowerEffort } from './effort.ts';
import { rewriteRequest } from './rewrite.ts';

const degrade = (input: v.InferInput<typeof DegradeConfigSchema> = {}) => v.parse(DegradeConfigSchema, input);
const INSTRUCTION = degrade().instruction;

describe('reasoning effort', () => {
  it('only ever lowers: none and minimal stay, unknown values fall to the cap', () => {
    expect(lowerEffort('none', 'low')).toBe('none');
    expect(lowerEffort('minimal', 'low')).toBe('minimal');
    expect(lowerEffort('high', 'low')).toBe('low');
    expect(lowerEffort('xhigh', 'medium')).toBe('medium');
    expect(lowerEffort('turbo', 'low')).toBe('low');
    expect(lowerAnthropicEffort('max', 'low')).toBe('low');
    expect(lowerAnthropicEffort('low', 'medium')).toBe('low');
    expect(lowerAnthropicEffort('high', 'minimal')).toBe('low'); // Claude has no `minimal`
  });
});

describe('Anthropic request rewrites', () => {
  const base = (extra: JsonObject = {}): JsonObject => ({
    model: 'claude-sonnet-4-5',
    max_tokens: 8000,
    messages: [{ role: 'user', content: 'hi' }],
    ...extra,
  });

  it('caps max_tokens and the thinking budget, adds the instruction to a string system prompt', () => {
    const body = base({ system: 'Be kind.', thinking: { type: 'enabled', budget_tokens: 6000 } });
    const d = degrade({ maxTokens: 4096, thinking: 'cap', thinkingBudget: 2048 });
    expect(rewriteRequest('anthropic', 'messages', body, { degrade: d })).toBe(true);
    expect(body).toMatchObject({
      max_tokens: 4096,
      thinking: { type: 'enabled', budget_tokens: 2048 },
      system: `Be kind.\n\n${INSTRUCTION}`,
    });
  });

  it('drops manual and adaptive thinking; appends the instruction after cached system blocks', () => {
    const system = [{ type: 'text', text: 'Cached.', cache_control: { type: 'ephemeral' } }];
    for (const thinking of [{ type: 'enabled', budget_tokens: 2000 }, { type: 'adaptive' }]) {
      const body = base({ system, thinking });
      rewriteRequest('anthropic', 'messages', body, { degrade: degrade() });
      expect(body.thinking).toBeUndefined();
      expect(body.system).toEqual([...system, { type: 'text', text: INSTRUCTION }]);
    }
  });

  it('lowers output_config.effort only when the client set it; maps the model', () => {
    const body = base({ thinking: { type: 'adaptive' }, output_config: { effort: 'max' } });
    const d = degrade({ thinking: 'cap', modelMap: { 'claude-sonnet-4-5': 'claude-haiku-4-5' } });
    rewriteRequest('anthropic', 'messages', body, { degrade: d });
    expect(body).toMatchObject({
      model: 'claude-haiku-4-5',
      thinking: { type: 'adaptive' },
      output_config: { effort: 'low' },
    });
    const plain = base();
    rewriteRequest('anthropic', 'messages', plain, { degrade: d });
    expect(plain.output_config).toBeUndefined();
  });

  it('a budget cap from the limits keeps thinking valid: below max_tokens, or dropped', () => {
    const roomy = base({ thinking: { type: 'enabled', budget_tokens: 6000 } });
    rewriteRequest('anthropic', 'messages', roomy, { maxTokens: 3000 });
    expect(roomy).toMatchObject({ max_tokens: 3000, thinking: { type: 'enabled', budget_tokens: 1500 } });
    const tight = base({ thinking: { type: 'enabled', budget_tokens: 6000 } });
    rewriteRequest('anthropic', 'messages', tight, { maxTokens: 1500 });
    expect(tight.max_tokens).toBe(1500);
    expect(tight.thinking).toBeUndefined();
    // Under the cap: nothing changes, the client's bytes go upstream.
    const small = base({ max_tokens: 500 });
    expect(rewriteRequest('anthropic', 'messages', small, { maxTokens: 3000 })).toBe(false);
  });

  it('drops thinking when the tool turn being answered lost its thinking block (it was stripped)', () => {
    const body = base({
      thinking: { type: 'enabled', budget_tokens: 1024 },
      messages: [
        { role: 'user', content: 'weather?' },
        {
          role: 'assistant',
          content: [
            { type: 'text', text: 'Checking.' },
            { type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: {} },
          ],
        },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: '20C' }] },
      ],
    });
    rewriteRequest('anthropic', 'messages', body, { degrade: degrade({ thinking: 'cap', maxTokens: 4096 }) });
    expect(body.thinking).toBeUndefined();
    // With the thinking block kept, thinking stays.
    const kept = base({
      thinking: { type: 'enabled', budget_tokens: 1024 },
      messages: [
        { role: 'user', content: 'weather?' },
        {
          role: 'assistant',
          content: [
            { type: 'thinking', thinking: 'use the tool', signature: 'sig' },
            { type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: {} },
          ],
        },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: '20C' }] },
      ],
    });
    rewriteRequest('anthropic', 'messages', kept, { degrade: degrade({ thinking: 'cap', maxTokens: 4096 }) });
    expect(kept.thinking).toEqual({ type: 'enabled', budget_tokens: 1024 });
  });
});

describe('OpenAI request rewrites', () => {
  it('chat: strips logprobs and logit_bias, caps n and max tokens, lowers effort', () => {
    const body: JsonObject = {
      model: 'gpt-5',
      messages: [
        { role: 'system', content: 'Be kind.' },
        { role: 'user', content: 'hi' },
      ],
      logprobs: true,
      top_logprobs: 20,
      logit_bias: { '1234': 100 },
      n: 8,
      max_completion_tokens: 50_000,
      reasoning_effort: 'high',
    };
    rewriteRequest('openai', 'chat', body, { degrade: degrade() });
    expect(body).toEqual({
      model: 'gpt-5',
      messages: [
        { role: 'system', content: 'Be kind.' },
        { role: 'system', content: INSTRUCTION },
        { role: 'user', content: 'hi' },
      ],
      n: 1,
      max_completion_tokens: 1024,
      reasoning_effort: 'low',
    });
  });

  it('chat: o-series get a developer message; a missing limit is set; none stays none', () => {
    const body: JsonObject = {
      model: 'o3',
      messages: [{ role: 'user', content: 'hi' }],
      reasoning_effort: 'none',
    };
    rewriteRequest('openai', 'chat', body, { degrade: degrade() });
    expect(body.messages).toEqual([
      { role: 'developer', content: INSTRUCTION },
      { role: 'user', content: 'hi' },
    ]);
    expect(body.max_completion_tokens).toBe(1024);
    expect(body.reasoning_effort).toBe('none');
  });

  it('responses: effort, summaries, logprob and encrypted-reasoning includes, instructions', () => {
    const body: JsonObject = {
      model: 'o3',
      input: 'hi',
      instructions: 'Be kind.',
      reasoning: { effort: 'high', summary: 'detailed' },
      include: ['message.output_text.logprobs', 'reasoning.encrypted_content', 'file_search_call.results'],
      top_logprobs: 5,
      max_output_tokens: 100_000,
    };
    rewriteRequest('openai', 'responses', body, { degrade: degrade() });
    expect(body).toEqual({
      model: 'o3',
      input: 'hi',
      instructions: `Be kind.\n\n${INSTRUCTION}`,
      reasoning: { effort: 'low' },
      include: ['file_search_call.results'],
      max_output_tokens: 1024,
    });
  });

  it('asks a chat stream for usage, keeping the client stream_options', () => {
    const body: JsonObject = {
      model: 'gpt-4o',
      stream: true,
      stream_options: { include_obfuscation: false },
      messages: [],
    };
    expect(rewriteRequest('openai', 'chat', body, { includeUsage: true })).toBe(true);
    expect(body.stream_options).toEqual({ include_obfuscation: false, include_usage: true });
  });
});

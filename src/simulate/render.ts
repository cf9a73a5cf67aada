import { isReasoningModel, PATHS, providerOf } from './models.ts';
import type { Conversation, Draft, Msg, Provider } from './types.ts';

/** Render a draft into the exact `{provider, path, body}` a client would POST. */
export function render(draft: Draft): { provider: Provider; path: string; body: Record<string, unknown> } {
  const provider = providerOf(draft.api);
  const body =
    draft.api === 'messages'
      ? anthropicBody(draft.model, draft.conv)
      : draft.api === 'chat'
        ? chatBody(draft.model, draft.conv)
        : responsesBody(draft.model, draft.conv);
  return { provider, path: PATHS[draft.api], body };
}

const text = (conv: Conversation, t: string): string | { type: 'text'; text: string }[] =>
  conv.blocks ? [{ type: 'text', text: t }] : t;

/** https://docs.anthropic.com/en/api/messages */
function anthropicBody(model: string, conv: Conversation): Record<string, unknown> {
  const s = conv.sampling;
  const thinking = s.thinkingBudget;
  const maxTokens = Math.max(s.maxTokens ?? 1024, thinking === undefined ? 1 : thinking + 1024);
  const body: Record<string, unknown> = { model, max_tokens: maxTokens };
  if (conv.system !== undefined) {
    body.system = conv.cacheSystem
      ? [{ type: 'text', text: conv.system, cache_control: { type: 'ephemeral' } }]
      : conv.system;
  }
  body.messages = anthropicMessages(conv);
  const tools: unknown[] = (conv.tools ?? []).map((t) => ({
    name: t.name,
    description: t.description,
    input_schema: t.parameters,
  }));
  if (conv.computerUse)
    tools.push({
      type: 'computer_20250124',
      name: 'computer',
      display_width_px: 1280,
      display_height_px: 800,
    });
  if (tools.length > 0) body.tools = tools;
  const choice = conv.toolChoice;
  if (choice !== undefined)
    body.tool_choice = typeof choice === 'string' ? { type: choice } : { type: 'tool', ...choice };
  if (thinking !== undefined) body.thinking = { type: 'enabled', budget_tokens: thinking };
  else {
    if (s.temperature !== undefined) body.temperature = s.temperature;
    else if (s.topP !== undefined) body.top_p = s.topP;
  }
  if (s.stop) body.stop_sequences = s.stop;
  if (s.user !== undefined) body.metadata = { user_id: s.user };
  if (s.stream) body.stream = true;
  return body;
}

function anthropicMessages(conv: Conversation): { role: string; content: unknown }[] {
  const out: { role: string; content: unknown }[] = [];
  const pushUser = (blocks: unknown[]) => {
    const last = out[out.length - 1];
    if (last?.role === 'user' && Array.isArray(last.content)) (last.content as unknown[]).push(...blocks);
    else out.push({ role: 'user', content: blocks });
  };
  for (const m of conv.messages) {
    if (m.role === 'tool')
      pushUser([{ type: 'tool_result', tool_use_id: `toolu_${m.callId}`, content: m.result }]);
    else if (m.role === 'user') {
      const last = out[out.length - 1];
      if (last?.role === 'user') pushUser([{ type: 'text', text: m.text }]);
      else out.push({ role: 'user', content: text(conv, m.text) });
    } else if (m.calls?.length) {
      const blocks: unknown[] = m.text ? [{ type: 'text', text: m.text }] : [];
      for (const c of m.calls)
        blocks.push({ type: 'tool_use', id: `toolu_${c.id}`, name: c.name, input: c.input });
      out.push({ role: 'assistant', content: blocks });
    } else out.push({ role: 'assistant', content: text(conv, m.text) });
  }
  return out;
}

/** https://platform.openai.com/docs/api-reference/chat/create */
function chatBody(model: string, conv: Conversation): Record<string, unknown> {
  const s = conv.sampling;
  const reasoning = isReasoningModel(model);
  const messages: unknown[] = [];
  if (conv.system !== undefined)
    messages.push({ role: reasoning ? 'developer' : 'system', content: text(conv, conv.system) });
  for (const m of conv.messages) messages.push(chatMessage(conv, m));
  const body: Record<string, unknown> = { model, messages };
  if (conv.tools?.length) {
    body.tools = conv.tools.map((t) => ({
      type: 'function',
      function: { name: t.name, description: t.description, parameters: t.parameters },
    }));
  }
  const choice = conv.toolChoice;
  if (choice !== undefined) {
    body.tool_choice =
      typeof choice === 'string'
        ? choice === 'any'
          ? 'required'
          : choice
        : { type: 'function', function: { name: choice.name } };
  }
  if (!reasoning) {
    if (s.temperature !== undefined) body.temperature = s.temperature;
    if (s.topP !== undefined) body.top_p = s.topP;
  }
  if (s.maxTokens !== undefined) body[reasoning ? 'max_completion_tokens' : 'max_tokens'] = s.maxTokens;
  if (reasoning && s.reasoningEffort) body.reasoning_effort = s.reasoningEffort;
  if (s.n !== undefined) body.n = s.n;
  if (s.logprobs && !reasoning) {
    body.logprobs = true;
    if (s.topLogprobs !== undefined) body.top_logprobs = s.topLogprobs;
  }
  if (s.logitBias) body.logit_bias = s.logitBias;
  if (s.seed !== undefined) body.seed = s.seed;
  if (s.json) body.response_format = { type: 'json_object' };
  if (s.stop) body.stop = s.stop;
  if (s.user !== undefined) body.user = s.user;
  if (s.stream) {
    body.stream = true;
    body.stream_options = { include_usage: true };
  }
  return body;
}

function chatMessage(conv: Conversation, m: Msg): unknown {
  if (m.role === 'tool') return { role: 'tool', tool_call_id: `call_${m.callId}`, content: m.result };
  if (m.role === 'user') return { role: 'user', content: text(conv, m.text) };
  if (!m.calls?.length) return { role: 'assistant', content: m.text };
  return {
    role: 'assistant',
    content: m.text || null,
    tool_calls: m.calls.map((c) => ({
      id: `call_${c.id}`,
      type: 'function',
      function: { name: c.name, arguments: JSON.stringify(c.input) },
    })),
  };
}

/** https://platform.openai.com/docs/api-reference/responses/create */
function responsesBody(model: string, conv: Conversation): Record<string, unknown> {
  const s = conv.sampling;
  const reasoning = isReasoningModel(model);
  const body: Record<string, unknown> = { model };
  if (conv.system !== undefined) body.instructions = conv.system;
  const only = conv.messages[0];
  body.input =
    conv.messages.length === 1 && only?.role === 'user' && !conv.blocks
      ? only.text
      : conv.messages.flatMap((m) => responsesItems(conv, m));
  if (conv.tools?.length) {
    body.tools = conv.tools.map((t) => ({
      type: 'function',
      name: t.name,
      description: t.description,
      parameters: t.parameters,
    }));
  }
  const choice = conv.toolChoice;
  if (choice !== undefined) {
    body.tool_choice =
      typeof choice === 'string'
        ? choice === 'any'
          ? 'required'
          : choice
        : { type: 'function', name: choice.name };
  }
  if (!reasoning && s.temperature !== undefined) body.temperature = s.temperature;
  if (!reasoning && s.topP !== undefined) body.top_p = s.topP;
  if (s.maxTokens !== undefined) body.max_output_tokens = s.maxTokens;
  if (reasoning && s.reasoningEffort) body.reasoning = { effort: s.reasoningEffort };
  if (s.json) body.text = { format: { type: 'json_object' } };
  if (s.user !== undefined) body.safety_identifier = s.user;
  if (s.stream) body.stream = true;
  return body;
}

function responsesItems(conv: Conversation, m: Msg): unknown[] {
  if (m.role === 'tool')
    return [{ type: 'function_call_output', call_id: `call_${m.callId}`, output: m.result }];
  if (m.role === 'user')
    return [{ role: 'user', content: conv.blocks ? [{ type: 'input_text', text: m.text }] : m.text }];
  const items: unknown[] = m.text ? [{ role: 'assistant', content: m.text }] : [];
  for (const c of m.calls ?? [])
    items.push({
      type: 'function_call',
      call_id: `call_${c.id}`,
      name: c.name,
      arguments: JSON.stringify(c.input),
    });
  return items;
}

import { assign } from '../anthropic/parse-request.ts';
import { contentText } from '../content.ts';
import { arr, canonicalJson, isObject, num, str } from '../json.ts';
import type { Endpoint, NormalizedMessage, NormalizedRequest, NormalizedTool } from '../types.ts';

/**
 * Normalise an OpenAI Chat Completions or Responses body.
 * https://platform.openai.com/docs/api-reference/chat/create and .../responses/create
 */
export function parseOpenAIRequest(body: unknown, endpoint: Endpoint = 'chat'): NormalizedRequest {
  const b = isObject(body) ? body : {};
  const responses = endpoint === 'responses';
  const all: NormalizedMessage[] = responses ? responsesInput(b.input) : chatMessages(b.messages);
  const system = all.filter((m) => m.role === 'system' || m.role === 'developer').map((m) => m.text);
  if (responses && typeof b.instructions === 'string') system.unshift(b.instructions);
  const reasoning = isObject(b.reasoning) ? b.reasoning : undefined;
  const format = isObject(b.response_format)
    ? b.response_format
    : isObject(b.text) && isObject(b.text.format)
      ? b.text.format
      : undefined;
  const toolChoice = isObject(b.tool_choice)
    ? (str(b.tool_choice.name) ??
      (isObject(b.tool_choice.function) ? str(b.tool_choice.function.name) : undefined))
    : str(b.tool_choice);
  const logitBias = isObject(b.logit_bias) ? Object.keys(b.logit_bias).length : 0;
  const stop = Array.isArray(b.stop) ? b.stop.length : typeof b.stop === 'string' ? 1 : 0;
  const request: NormalizedRequest = {
    provider: 'openai',
    endpoint,
    model: str(b.model) ?? '',
    system: system.join('\n'),
    messages: all.filter((m) => m.role !== 'system' && m.role !== 'developer'),
    tools: arr(b.tools).filter(isObject).map(parseTool),
    params: {
      stream: b.stream === true,
      n: num(b.n) ?? 1,
      logprobs: b.logprobs === true || (num(b.top_logprobs) ?? 0) > 0,
      logitBiasCount: logitBias,
      stopCount: stop,
    },
  };
  const p = request.params;
  if (logitBias > 0 && isObject(b.logit_bias))
    p.logitBiasKey = Object.keys(b.logit_bias).sort().slice(0, 64).join(',');
  assign(p, 'maxTokens', num(b.max_completion_tokens) ?? num(b.max_tokens) ?? num(b.max_output_tokens));
  assign(p, 'temperature', num(b.temperature));
  assign(p, 'topP', num(b.top_p));
  assign(p, 'topLogprobs', num(b.top_logprobs));
  assign(p, 'reasoningEffort', str(b.reasoning_effort) ?? str(reasoning?.effort));
  assign(p, 'responseFormat', str(format?.type));
  assign(p, 'seed', num(b.seed));
  assign(request, 'toolChoice', toolChoice);
  assign(request, 'endUser', str(b.user) ?? str(b.safety_identifier));
  return request;
}

function chatMessages(messages: unknown): NormalizedMessage[] {
  return arr(messages)
    .filter(isObject)
    .map((m) => {
      let text = contentText(m.content);
      for (const call of arr(m.tool_calls).filter(isObject)) {
        const fn = isObject(call.function) ? call.function : {};
        text += `\n[tool call ${str(fn.name) ?? ''}] ${str(fn.arguments) ?? ''}`;
      }
      return { role: str(m.role) ?? 'user', text };
    });
}

function responsesInput(input: unknown): NormalizedMessage[] {
  if (typeof input === 'string') return [{ role: 'user', text: input }];
  return arr(input)
    .filter(isObject)
    .map((item) => {
      if (item.type === 'function_call') {
        return {
          role: 'assistant',
          text: `[tool call ${str(item.name) ?? ''}] ${str(item.arguments) ?? ''}`,
        };
      }
      if (item.type === 'function_call_output') return { role: 'tool', text: contentText(item.output) };
      return { role: str(item.role) ?? 'user', text: contentText(item.content) };
    });
}

function parseTool(tool: Record<string, unknown>): NormalizedTool {
  // Chat: {type:'function', function:{name, description, parameters}}; Responses: flat.
  const fn = isObject(tool.function) ? tool.function : tool;
  const params = fn.parameters;
  return {
    name: str(fn.name) ?? str(tool.type) ?? '',
    description: str(fn.description) ?? '',
    schema: params === undefined ? (str(tool.type) ?? '') : canonicalJson(params),
  };
}

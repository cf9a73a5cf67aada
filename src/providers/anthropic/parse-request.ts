import { contentText } from '../content.ts';
import { arr, canonicalJson, isObject, num, str } from '../json.ts';
import type { Endpoint, NormalizedRequest, NormalizedTool } from '../types.ts';

/** Normalise an Anthropic Messages (or count_tokens) body. See https://docs.anthropic.com/en/api/messages */
export function parseAnthropicRequest(body: unknown, endpoint: Endpoint = 'messages'): NormalizedRequest {
  const b = isObject(body) ? body : {};
  const thinking = isObject(b.thinking) ? b.thinking : undefined;
  const metadata = isObject(b.metadata) ? b.metadata : undefined;
  const toolChoice = isObject(b.tool_choice)
    ? (str(b.tool_choice.name) ?? str(b.tool_choice.type))
    : undefined;
  const request: NormalizedRequest = {
    provider: 'anthropic',
    endpoint,
    model: str(b.model) ?? '',
    system: contentText(b.system ?? ''),
    messages: arr(b.messages)
      .filter(isObject)
      .map((m) => ({ role: str(m.role) ?? 'user', text: contentText(m.content) })),
    tools: arr(b.tools).filter(isObject).map(parseTool),
    params: {
      stream: b.stream === true,
      n: 1,
      logprobs: false,
      logitBiasCount: 0,
      stopCount: arr(b.stop_sequences).length,
    },
  };
  const p = request.params;
  assign(p, 'maxTokens', num(b.max_tokens));
  assign(p, 'temperature', num(b.temperature));
  assign(p, 'topP', num(b.top_p));
  assign(p, 'topK', num(b.top_k));
  if (thinking?.type === 'enabled') assign(p, 'thinkingBudget', num(thinking.budget_tokens));
  assign(request, 'toolChoice', toolChoice);
  assign(request, 'endUser', str(metadata?.user_id));
  return request;
}

function parseTool(tool: Record<string, unknown>): NormalizedTool {
  const schema = tool.input_schema === undefined ? str(tool.type) : canonicalJson(tool.input_schema);
  return { name: str(tool.name) ?? '', description: str(tool.description) ?? '', schema: schema ?? '' };
}

/** Set an optional property only when defined (exactOptionalPropertyTypes). */
export function assign<T extends object, K extends keyof T>(
  target: T,
  key: K,
  value: T[K] | undefined,
): void {
  if (value !== undefined) target[key] = value;
}

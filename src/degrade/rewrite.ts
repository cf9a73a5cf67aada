import type { Json, JsonObject } from '../providers/json.ts';
import { isObject } from '../providers/json.ts';
import type { Endpoint, ProviderName } from '../providers/types.ts';
import type { DegradeConfig } from './config.ts';
import { lowerAnthropicEffort, lowerEffort } from './effort.ts';

/** What to change in one request body before it goes upstream. */
export interface RequestRewrite {
  /** Degrade rewrites, when the decision is `degrade`. */
  degrade?: DegradeConfig;
  /** A cap from the limits stage: what is left of the output-token budget. */
  maxTokens?: number;
  /** Ask an OpenAI chat stream for its usage chunk (the client did not), to meter output tokens. */
  includeUsage?: boolean;
}

const MAX_TOKEN_FIELDS: Record<Endpoint, string[]> = {
  messages: ['max_tokens'],
  count_tokens: [],
  chat: ['max_completion_tokens', 'max_tokens'],
  responses: ['max_output_tokens'],
  models: [],
};

function capTokens(body: JsonObject, endpoint: Endpoint, cap: number): boolean {
  let changed = false;
  const fields = MAX_TOKEN_FIELDS[endpoint];
  const present = fields.filter((f) => typeof body[f] === 'number');
  for (const f of present) {
    if ((body[f] as number) > cap) {
      body[f] = cap;
      changed = true;
    }
  }
  // No limit given: an OpenAI request may run to the model's maximum, so set one.
  if (present.length === 0 && fields[0] && endpoint !== 'messages') {
    body[fields[0]] = cap;
    changed = true;
  }
  return changed;
}

function anthropicSystem(body: JsonObject, instruction: string): void {
  const system = body.system;
  if (Array.isArray(system)) {
    // Appended after any cached blocks, so the cache prefix stays valid.
    body.system = [...system, { type: 'text', text: instruction }];
  } else if (typeof system === 'string' && system.length > 0) {
    body.system = `${system}\n\n${instruction}`;
  } else {
    body.system = instruction;
  }
}

const REASONING_BLOCKS = new Set(['thinking', 'redacted_thinking']);
/** Anthropic's floor on `thinking.budget_tokens`. */
const MIN_THINKING_BUDGET = 1024;

/**
 * Whether the last assistant turn used a tool without starting with a thinking block. With
 * thinking enabled the API rejects such a conversation ("a final assistant message must start
 * with a thinking block"), and it is what a client sends back after a degraded response had its
 * thinking stripped; thinking is then dropped for the request.
 */
function toolTurnWithoutThinking(body: JsonObject): boolean {
  const messages = Array.isArray(body.messages) ? body.messages : [];
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (!isObject(m) || m.role !== 'assistant') continue;
    if (!Array.isArray(m.content)) return false;
    const usesTool = m.content.some(
      (b) => isObject(b) && (b.type === 'tool_use' || b.type === 'server_tool_use'),
    );
    const first = m.content[0];
    return usesTool && !(isObject(first) && REASONING_BLOCKS.has(String(first.type)));
  }
  return false;
}

/**
 * Keep a manual thinking budget valid after `max_tokens` was lowered: it must stay below
 * `max_tokens` (thinking counts against it), so an overrunning budget takes half of the new
 * `max_tokens`, leaving the other half for the answer; below the 1,024-token floor thinking is
 * dropped.
 */
function fitThinking(body: JsonObject): void {
  const thinking = body.thinking;
  if (!isObject(thinking) || thinking.type !== 'enabled') return;
  if (toolTurnWithoutThinking(body)) {
    delete body.thinking;
    return;
  }
  const maxTokens = typeof body.max_tokens === 'number' ? body.max_tokens : undefined;
  const budget = typeof thinking.budget_tokens === 'number' ? thinking.budget_tokens : undefined;
  if (maxTokens === undefined || budget === undefined || budget < maxTokens) return;
  const half = Math.floor(maxTokens / 2);
  if (half < MIN_THINKING_BUDGET) delete body.thinking;
  else body.thinking = { ...thinking, budget_tokens: half };
}

function degradeAnthropic(body: JsonObject, d: DegradeConfig): void {
  const thinking = body.thinking;
  if (isObject(thinking) && (thinking.type === 'enabled' || thinking.type === 'adaptive')) {
    if (d.thinking === 'drop') {
      delete body.thinking;
    } else if (thinking.type === 'enabled') {
      const budget = typeof thinking.budget_tokens === 'number' ? thinking.budget_tokens : d.thinkingBudget;
      body.thinking = { ...thinking, budget_tokens: Math.min(budget, d.thinkingBudget) };
    }
    // Adaptive thinking has no budget: in `cap` mode its depth is bounded by the effort below.
  }
  // Claude's effort (`output_config.effort`) governs thinking depth; lowered only when the
  // client set it, since not every model accepts the parameter.
  if (isObject(body.output_config) && typeof body.output_config.effort === 'string') {
    body.output_config = {
      ...body.output_config,
      effort: lowerAnthropicEffort(body.output_config.effort, d.reasoningEffort),
    };
  }
  if (d.withholdReasoning) anthropicSystem(body, d.instruction);
}

function degradeOpenAI(body: JsonObject, endpoint: Endpoint, d: DegradeConfig): void {
  if (d.stripLogprobs) {
    for (const field of ['logprobs', 'top_logprobs', 'logit_bias']) delete body[field];
    if (Array.isArray(body.include)) {
      body.include = body.include.filter((i) => !(typeof i === 'string' && i.includes('logprobs')));
    }
  }
  // Encrypted reasoning is reasoning output too: it goes when reasoning output is stripped.
  if (d.stripReasoningOutput && Array.isArray(body.include)) {
    body.include = body.include.filter((i) => i !== 'reasoning.encrypted_content');
  }
  if (typeof body.n === 'number' && body.n > d.maxN) body.n = d.maxN;
  if (typeof body.reasoning_effort === 'string')
    body.reasoning_effort = lowerEffort(body.reasoning_effort, d.reasoningEffort);
  if (isObject(body.reasoning)) {
    const reasoning: JsonObject = { ...body.reasoning };
    if (typeof reasoning.effort === 'string')
      reasoning.effort = lowerEffort(reasoning.effort, d.reasoningEffort);
    delete reasoning.summary;
    delete reasoning.generate_summary;
    body.reasoning = reasoning;
  }
  if (!d.withholdReasoning) return;
  if (endpoint === 'responses') {
    const current =
      typeof body.instructions === 'string' && body.instructions.length > 0 ? `${body.instructions}\n\n` : '';
    body.instructions = `${current}${d.instruction}`;
    return;
  }
  const messages = Array.isArray(body.messages) ? [...body.messages] : [];
  const model = typeof body.model === 'string' ? body.model : '';
  // o-series models take instructions as `developer` messages; the rest as `system`.
  const role = /^o\d/.test(model) ? 'developer' : 'system';
  // After the client's own leading instructions, so that a cached prompt prefix stays valid.
  let at = 0;
  while (at < messages.length) {
    const m = messages[at];
    if (!isObject(m) || (m.role !== 'system' && m.role !== 'developer')) break;
    at++;
  }
  messages.splice(at, 0, { role, content: d.instruction } as Json);
  body.messages = messages;
}

/**
 * rewrite request: apply degrade and budget caps to a parsed body, in place. Returns whether
 * anything changed (when nothing did, the client's original bytes are forwarded).
 */
export function rewriteRequest(
  provider: ProviderName,
  endpoint: Endpoint,
  body: JsonObject,
  plan: RequestRewrite,
): boolean {
  const before = JSON.stringify(body);
  const d = plan.degrade;
  const caps = [d?.maxTokens, plan.maxTokens].filter((n): n is number => typeof n === 'number');
  // Caps first: a capped thinking budget must stay below the capped max_tokens.
  const capped = caps.length > 0 && capTokens(body, endpoint, Math.max(1, Math.min(...caps)));
  if (d) {
    if (typeof body.model === 'string' && Object.hasOwn(d.modelMap, body.model))
      body.model = d.modelMap[body.model] ?? body.model;
    if (provider === 'anthropic') degradeAnthropic(body, d);
    else degradeOpenAI(body, endpoint, d);
  }
  if (provider === 'anthropic' && (capped || d)) fitThinking(body);
  if (plan.includeUsage && endpoint === 'chat' && body.stream === true) {
    body.stream_options = {
      ...(isObject(body.stream_options) ? body.stream_options : {}),
      include_usage: true,
    };
  }
  return JSON.stringify(body) !== before;
}

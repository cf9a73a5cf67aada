/**
 * The provider-neutral view of a request that every later stage reads (risk, limits, decide).
 * Parsers never throw on unexpected shapes: unknown fields are ignored here and forwarded
 * untouched by the gateway, because the body that goes upstream is the client's own.
 */
export type ProviderName = 'anthropic' | 'openai';

/** Which API operation a route maps to. */
export type Endpoint = 'messages' | 'count_tokens' | 'chat' | 'responses' | 'models';

export interface NormalizedMessage {
  /** `system`, `developer`, `user`, `assistant` or `tool`. */
  role: string;
  /** All text of the message joined with newlines; tool calls and results rendered as text. */
  text: string;
}

export interface NormalizedTool {
  name: string;
  description: string;
  /** Canonical JSON of the tool's parameter schema (keys sorted), or the tool `type` for server tools. */
  schema: string;
}

export interface SamplingParams {
  stream: boolean;
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  topK?: number;
  /** Completions per prompt (`n`); 1 when absent. */
  n: number;
  logprobs: boolean;
  topLogprobs?: number;
  /** Number of tokens biased with `logit_bias`; 0 when absent. */
  logitBiasCount: number;
  /** Which tokens are biased (not by how much): their ids sorted and joined, at most 64. */
  logitBiasKey?: string;
  /** Anthropic `thinking.budget_tokens` when thinking is enabled. */
  thinkingBudget?: number;
  /** OpenAI `reasoning_effort` or Responses `reasoning.effort`. */
  reasoningEffort?: string;
  /** `json_object`, `json_schema` or `text` when given. */
  responseFormat?: string;
  seed?: number;
  stopCount: number;
}

export interface NormalizedRequest {
  provider: ProviderName;
  endpoint: Endpoint;
  model: string;
  /** System and developer instructions, joined. */
  system: string;
  /** The conversation without the system part, in order. */
  messages: NormalizedMessage[];
  tools: NormalizedTool[];
  /** `auto`, `any`, `none`, `required` or a tool name, when given. */
  toolChoice?: string;
  params: SamplingParams;
  /** Metadata user id (Anthropic `metadata.user_id`, OpenAI `user`), when given. */
  endUser?: string;
}

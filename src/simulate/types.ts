/** The simulator's neutral request model; `render.ts` turns it into a provider's exact body. */

export type Api = 'messages' | 'chat' | 'responses';
export type Provider = 'anthropic' | 'openai';
export type Lang = 'en' | 'zh' | 'ru' | 'es' | 'de' | 'fr' | 'pt' | 'ja';

export interface ToolDef {
  name: string;
  description: string;
  /** JSON Schema of the arguments. */
  parameters: Record<string, unknown>;
}

export interface ToolCall {
  id: string;
  name: string;
  input: Record<string, unknown>;
}

export type Msg =
  | { role: 'user'; text: string }
  | { role: 'assistant'; text: string; calls?: ToolCall[] }
  | { role: 'tool'; callId: string; result: string };

export interface Sampling {
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  stream?: boolean;
  n?: number;
  logprobs?: boolean;
  topLogprobs?: number;
  logitBias?: Record<string, number>;
  seed?: number;
  /** Anthropic extended thinking budget. */
  thinkingBudget?: number;
  /** OpenAI reasoning models. */
  reasoningEffort?: 'low' | 'medium' | 'high';
  /** Ask for a JSON object (OpenAI `response_format` / Responses `text.format`). */
  json?: boolean;
  stop?: string[];
  /** End-user id: Anthropic `metadata.user_id`, OpenAI `user`. */
  user?: string;
}

export interface Conversation {
  system?: string;
  messages: Msg[];
  tools?: ToolDef[];
  toolChoice?: 'auto' | 'none' | 'any' | { name: string };
  /** Add Anthropic's computer-use tool (needs the beta header; the body is what matters here). */
  computerUse?: boolean;
  /** Send message text as an array of text blocks instead of a string. */
  blocks?: boolean;
  /** Anthropic: system prompt as a text block with `cache_control`. */
  cacheSystem?: boolean;
  sampling: Sampling;
}

/** One request before rendering: who sends what, when and from where. */
export interface Draft {
  ts: number;
  ip: string;
  userAgent: string;
  api: Api;
  model: string;
  conv: Conversation;
}

export type Label = 'attacker' | 'benign';

export interface SimAccount {
  account: string;
  label: Label;
  /** Campaign name for attackers; population name for benign accounts (`hard-negative:*` for hard negatives). */
  campaign: string | null;
  drafts: Draft[];
}

/** One line of `traffic.jsonl`, in the replay input format (DESIGN.md, `replay`). */
export interface TrafficLine {
  id: string;
  ts: number;
  account: string;
  ip: string;
  userAgent: string;
  provider: Provider;
  path: string;
  body: Record<string, unknown>;
}

export interface AccountLine {
  account: string;
  label: Label;
  campaign: string | null;
}

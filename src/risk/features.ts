import type { NormalizedRequest } from '../providers/types.ts';
import { type NormalizedText, normalizeText, type Obfuscation } from './text/normalize.ts';

/**
 * Per-request features: normalised text views plus the request parameters that matter for
 * extraction. Computed once per request in time linear in the prompt; everything downstream
 * (family scorers, fingerprints, account update) reads this and never the raw body.
 */
export interface RequestFeatures {
  /** Lower-cased scan text (normalised, payloads decoded) of each part of the prompt. */
  text: {
    system: string;
    /** Every user and tool turn, in order. */
    user: string;
    lastUser: string;
    assistant: string;
    /** The final message when it is the assistant's: a prefill the model is to continue. */
    prefill: string;
    /** system + user: where instructions live. */
    instructions: string;
    tools: string;
  };
  /** Case-preserving clean text, for template masking. */
  clean: { system: string; lastUser: string };
  obfuscation: Obfuscation[];
  params: {
    model: string;
    logprobs: boolean;
    topLogprobs: number;
    logitBiasCount: number;
    n: number;
    maxTokens?: number;
    temperature?: number;
    topP?: number;
    thinkingBudget?: number;
    reasoningEffort?: string;
    responseFormat?: string;
    stream: boolean;
    seed?: number;
  };
  userTurns: number;
  assistantTurns: number;
  /** A single user turn and no earlier assistant turn: the harvesting shape. */
  singleTurn: boolean;
  hasToolResults: boolean;
  toolCount: number;
  /** A large thinking budget or high reasoning effort: the request buys as much reasoning as it can. */
  maxReasoning: boolean;
  toolSchemaChars: number;
  toolChoiceNone: boolean;
  /** Lines in the system prompt that look like pasted tool signatures (`name(arg: type)`). */
  toolLinesInSystem: number;
  promptChars: number;
  systemChars: number;
  /** The largest item count asked for ("generate 50 …"), 0 when none. */
  requestedCount: number;
}

/** Long prompts are scanned at the head and tail, where instructions sit; the middle is data. */
const HEAD = 48_000;
const TAIL = 16_000;

function bound(text: string): string {
  return text.length <= HEAD + TAIL ? text : `${text.slice(0, HEAD)}\n${text.slice(-TAIL)}`;
}

const TOOL_LINE = /^\s*[-*•]?\s*[a-z_][a-z0-9_.]{2,}\s*\([^)]{0,200}\)\s*[:\-–—]/gimu;
const COUNT =
  /(?<![\d.,])(\d{1,4})(?:\s*[-–]\s*\d+)?\s*(?:\S+\s+){0,4}?(?:examples?|pairs?|items?|messages?|objects?|replies|questions?|prompts?|responses?|rows?|records?|samples?|conversations?|dialogues?|tasks?|instructions?|problems?|exercises?|entries|lines|q&a|条|组|個|個の|組|개|쌍|пар|пример|вопрос|ejemplos|pares|preguntas|beispiele|paare|fragen|cặp|câu|pasang|contoh|pertanyaan)/giu;

/**
 * Recent normalisations, by input: the engine scores a hit request again with its system
 * prompt or its user turns left out, and those re-scorings see the same texts.
 */
const RECENT = new Map<string, NormalizedText>();

function normalized(text: string): NormalizedText {
  let result = RECENT.get(text);
  if (result === undefined) {
    result = normalizeText(bound(text));
    if (RECENT.size >= 16) RECENT.delete(RECENT.keys().next().value as string);
    RECENT.set(text, result);
  }
  return result;
}

export function extractFeatures(request: NormalizedRequest): RequestFeatures {
  const obfuscation = new Set<Obfuscation>();
  const norm = (text: string) => {
    const result = normalized(text);
    for (const o of result.obfuscation) obfuscation.add(o);
    return result;
  };
  const system = norm(request.system);
  const users: string[] = [];
  const assistants: string[] = [];
  let lastUser = norm('');
  let userTurns = 0;
  let hasToolResults = false;
  for (const m of request.messages) {
    if (m.role === 'assistant') {
      assistants.push(normalized(m.text).scan);
      continue;
    }
    if (m.role === 'tool') hasToolResults = true;
    else userTurns++;
    const n = norm(m.text);
    users.push(n.scan);
    if (m.role !== 'tool') lastUser = n;
  }
  if (request.messages.some((m) => m.role === 'assistant' && m.text.includes('[tool call')))
    hasToolResults = true;
  const user = users.join('\n');
  const tools = request.tools
    .map((t) => `${t.name}: ${t.description}`)
    .join('\n')
    .toLowerCase();
  const p = request.params;
  const params: RequestFeatures['params'] = {
    model: request.model,
    logprobs: p.logprobs,
    topLogprobs: p.topLogprobs ?? 0,
    logitBiasCount: p.logitBiasCount,
    n: p.n,
    stream: p.stream,
  };
  if (p.maxTokens !== undefined) params.maxTokens = p.maxTokens;
  if (p.temperature !== undefined) params.temperature = p.temperature;
  if (p.topP !== undefined) params.topP = p.topP;
  if (p.thinkingBudget !== undefined) params.thinkingBudget = p.thinkingBudget;
  if (p.reasoningEffort !== undefined) params.reasoningEffort = p.reasoningEffort;
  if (p.responseFormat !== undefined) params.responseFormat = p.responseFormat;
  if (p.seed !== undefined) params.seed = p.seed;
  const instructions = `${system.scan}\n${user}`;
  return {
    text: {
      system: system.scan,
      user,
      lastUser: lastUser.scan,
      assistant: assistants.join('\n'),
      prefill: request.messages.at(-1)?.role === 'assistant' ? (assistants.at(-1) ?? '') : '',
      instructions,
      tools,
    },
    clean: { system: system.clean, lastUser: lastUser.clean },
    obfuscation: [...obfuscation],
    params,
    userTurns,
    assistantTurns: assistants.length,
    singleTurn: userTurns <= 1 && assistants.length === 0,
    hasToolResults,
    toolCount: request.tools.length,
    maxReasoning: (p.thinkingBudget ?? 0) >= 4096 || p.reasoningEffort === 'high',
    toolSchemaChars: request.tools.reduce((s, t) => s + t.schema.length + t.description.length, 0),
    toolChoiceNone: request.toolChoice === 'none',
    toolLinesInSystem: countMatches(request.system, TOOL_LINE) + countMatches(firstUser(request), TOOL_LINE),
    promptChars: request.system.length + request.messages.reduce((s, m) => s + m.text.length, 0),
    systemChars: request.system.length,
    requestedCount: largestCount(instructions),
  };
}

function firstUser(request: NormalizedRequest): string {
  return request.messages.find((m) => m.role === 'user')?.text ?? '';
}

function countMatches(text: string, re: RegExp): number {
  let n = 0;
  for (const _ of bound(text).matchAll(re)) n++;
  return n;
}

function largestCount(text: string): number {
  let best = 0;
  for (const m of text.matchAll(COUNT)) {
    const n = Number(m[1]);
    // Years are dates, not counts.
    if (n > best && n <= 5000 && !(n >= 1900 && n <= 2100)) best = n;
  }
  return best;
}

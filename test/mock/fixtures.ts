/**
 * Upstream fixtures in the providers' exact wire formats: the JSON bodies and the SSE streams,
 * event for event, as the Anthropic Messages API and the OpenAI Chat Completions and Responses
 * APIs send them (including `ping`, thinking with `signature_delta`, `tool_use` with
 * `input_json_delta`, chat `tool_calls` and the usage chunk, and the Responses event sequence).
 */
type Sse = { event?: string; data: unknown };

export function encode(events: Sse[]): string {
  return events
    .map(
      (e) =>
        `${e.event ? `event: ${e.event}\n` : ''}data: ${typeof e.data === 'string' ? e.data : JSON.stringify(e.data)}\n\n`,
    )
    .join('');
}

const MSG = 'msg_01XFDUDYJgAACzvnptvVoYEL';
const anthropicMessage = (
  model: string,
  content: unknown[],
  stop: string,
  usage: { input: number; output: number },
) => ({
  id: MSG,
  type: 'message',
  role: 'assistant',
  model,
  content,
  stop_reason: stop,
  stop_sequence: null,
  usage: {
    input_tokens: usage.input,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 0,
    output_tokens: usage.output,
  },
});

export const TEXT = 'Hello! The capital of France is Paris. For example, it hosts the Louvre.';

/** What the fixtures say: the defaults, or a swapped-in answer (the mock's `x-mock-doc`). */
export interface Content {
  text: string;
  /** Thinking in the non-streamed message, and the two deltas of the streamed one. */
  thinking: string;
  thinkingDeltas: [string, string];
  /** The text block between thinking and tool use in the streamed tool scenario. */
  toolText: string;
  /** Anthropic `input_json_delta` pieces, and OpenAI `arguments` pieces. */
  toolJson: [string, string];
  chatArgs: [string, string, string];
}

const DEFAULT_CONTENT: Content = {
  text: TEXT,
  thinking: 'The user wants the capital. It is Paris.',
  thinkingDeltas: ['I should look up the weather. ', 'Use the tool.'],
  toolText: 'Let me check the weather for you.',
  toolJson: ['{"location": "San Fra', 'ncisco, CA", "unit": "celsius"}'],
  chatArgs: ['{"', 'location', '":"Paris, France"}'],
};
let content = DEFAULT_CONTENT;

/** Build a fixture with other content (the fixtures are synchronous, so this is scoped to `build`). */
export function withContent<T>(override: Partial<Content>, build: () => T): T {
  const previous = content;
  content = { ...DEFAULT_CONTENT, ...override };
  try {
    return build();
  } finally {
    content = previous;
  }
}

export function anthropicJson(model: string): object {
  return anthropicMessage(model, [{ type: 'text', text: content.text }], 'end_turn', {
    input: 12,
    output: 18,
  });
}

export function anthropicThinkingJson(model: string): object {
  return anthropicMessage(
    model,
    [
      {
        type: 'thinking',
        thinking: content.thinking,
        signature: 'EqQBCgIYAhIM1gbcDa9GJwZA2b3h',
      },
      { type: 'redacted_thinking', data: 'EmwKAhgBEgy3va3pzix/LafPsn4a' },
      { type: 'text', text: content.text },
    ],
    'end_turn',
    { input: 30, output: 60 },
  );
}

function textDeltas(index: number, text: string): Sse[] {
  const parts = text.match(/.{1,9}/gs) ?? [];
  return parts.map((t) => ({
    event: 'content_block_delta',
    data: { type: 'content_block_delta', index, delta: { type: 'text_delta', text: t } },
  }));
}

export function anthropicTextStream(model: string): string {
  return encode([
    {
      event: 'message_start',
      data: {
        type: 'message_start',
        message: { ...anthropicMessage(model, [], 'end_turn', { input: 12, output: 1 }), stop_reason: null },
      },
    },
    {
      event: 'content_block_start',
      data: { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
    },
    { event: 'ping', data: { type: 'ping' } },
    ...textDeltas(0, content.text),
    { event: 'content_block_stop', data: { type: 'content_block_stop', index: 0 } },
    {
      event: 'message_delta',
      data: {
        type: 'message_delta',
        delta: { stop_reason: 'end_turn', stop_sequence: null },
        usage: { output_tokens: 18 },
      },
    },
    { event: 'message_stop', data: { type: 'message_stop' } },
  ]);
}

/**
 * thinking, text, tool_use. With `redacted`, a redacted_thinking block follows the thinking one
 * (as when the safety system encrypts part of the reasoning), so what follows it sits at 2 and 3.
 */
export function anthropicThinkingToolStream(model: string, redacted = false): string {
  const start = { ...anthropicMessage(model, [], 'tool_use', { input: 40, output: 1 }), stop_reason: null };
  const shift = redacted ? 1 : 0;
  const reindex = (events: Sse[]): Sse[] =>
    events.map((e) => {
      const data = e.data as { index?: number };
      return typeof data.index === 'number' ? { ...e, data: { ...data, index: data.index + shift } } : e;
    });
  const thinking: Sse[] = [
    { event: 'message_start', data: { type: 'message_start', message: start } },
    {
      event: 'content_block_start',
      data: { type: 'content_block_start', index: 0, content_block: { type: 'thinking', thinking: '' } },
    },
    {
      event: 'content_block_delta',
      data: {
        type: 'content_block_delta',
        index: 0,
        delta: { type: 'thinking_delta', thinking: content.thinkingDeltas[0] },
      },
    },
    {
      event: 'content_block_delta',
      data: {
        type: 'content_block_delta',
        index: 0,
        delta: { type: 'thinking_delta', thinking: content.thinkingDeltas[1] },
      },
    },
    {
      event: 'content_block_delta',
      data: {
        type: 'content_block_delta',
        index: 0,
        delta: { type: 'signature_delta', signature: 'EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxZ' },
      },
    },
    { event: 'content_block_stop', data: { type: 'content_block_stop', index: 0 } },
  ];
  const redactedBlock: Sse[] = redacted
    ? [
        {
          event: 'content_block_start',
          data: {
            type: 'content_block_start',
            index: 1,
            content_block: { type: 'redacted_thinking', data: 'EmwKAhgBEgy3va3pzix/LafPsn4a' },
          },
        },
        { event: 'content_block_stop', data: { type: 'content_block_stop', index: 1 } },
      ]
    : [];
  const rest: Sse[] = [
    {
      event: 'content_block_start',
      data: { type: 'content_block_start', index: 1, content_block: { type: 'text', text: '' } },
    },
    ...textDeltas(1, content.toolText),
    { event: 'content_block_stop', data: { type: 'content_block_stop', index: 1 } },
    { event: 'ping', data: { type: 'ping' } },
    {
      event: 'content_block_start',
      data: {
        type: 'content_block_start',
        index: 2,
        content_block: {
          type: 'tool_use',
          id: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6',
          name: 'get_weather',
          input: {},
        },
      },
    },
    {
      event: 'content_block_delta',
      data: { type: 'content_block_delta', index: 2, delta: { type: 'input_json_delta', partial_json: '' } },
    },
    {
      event: 'content_block_delta',
      data: {
        type: 'content_block_delta',
        index: 2,
        delta: { type: 'input_json_delta', partial_json: content.toolJson[0] },
      },
    },
    {
      event: 'content_block_delta',
      data: {
        type: 'content_block_delta',
        index: 2,
        delta: { type: 'input_json_delta', partial_json: content.toolJson[1] },
      },
    },
    { event: 'content_block_stop', data: { type: 'content_block_stop', index: 2 } },
    {
      event: 'message_delta',
      data: {
        type: 'message_delta',
        delta: { stop_reason: 'tool_use', stop_sequence: null },
        usage: { output_tokens: 89 },
      },
    },
    { event: 'message_stop', data: { type: 'message_stop' } },
  ];
  return encode([...thinking, ...redactedBlock, ...reindex(rest)]);
}

const CHAT_ID = 'chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT';
const chunk = (model: string, choices: unknown[], usage?: unknown) => ({
  id: CHAT_ID,
  object: 'chat.completion.chunk',
  created: 1741569952,
  model,
  service_tier: 'default',
  system_fingerprint: 'fp_fc9f1d7035',
  choices,
  ...(usage === undefined ? {} : { usage }),
});
const chatUsage = {
  prompt_tokens: 19,
  completion_tokens: 18,
  total_tokens: 37,
  prompt_tokens_details: { cached_tokens: 0 },
  completion_tokens_details: { reasoning_tokens: 0 },
};

/** What OpenAI-compatible reasoning upstreams (DeepSeek, vLLM, OpenRouter) put in `reasoning_content`. */
export const CHAT_REASONING = 'The user asks for the capital of France. It is Paris.';

export function chatJson(model: string, logprobs = false, reasoning = false): object {
  return {
    id: CHAT_ID,
    object: 'chat.completion',
    created: 1741569952,
    model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: content.text,
          ...(reasoning ? { reasoning_content: CHAT_REASONING } : {}),
          refusal: null,
          annotations: [],
        },
        logprobs: logprobs
          ? {
              content: [
                { token: 'Hello', logprob: -0.01, bytes: [72, 101, 108, 108, 111], top_logprobs: [] },
              ],
              refusal: null,
            }
          : null,
        finish_reason: 'stop',
      },
    ],
    usage: chatUsage,
    service_tier: 'default',
    system_fingerprint: 'fp_fc9f1d7035',
  };
}

export function chatTextStream(
  model: string,
  includeUsage: boolean,
  logprobs = false,
  reasoning = false,
): string {
  const lp = (t: string) =>
    logprobs ? { content: [{ token: t, logprob: -0.5, bytes: [], top_logprobs: [] }], refusal: null } : null;
  const parts = content.text.match(/.{1,7}/gs) ?? [];
  const thoughts = reasoning ? (CHAT_REASONING.match(/.{1,12}/gs) ?? []) : [];
  return encode([
    {
      data: chunk(
        model,
        [
          {
            index: 0,
            delta: { role: 'assistant', content: '', refusal: null },
            logprobs: null,
            finish_reason: null,
          },
        ],
        includeUsage ? null : undefined,
      ),
    },
    ...thoughts.map((t) => ({
      data: chunk(
        model,
        [{ index: 0, delta: { content: null, reasoning_content: t }, logprobs: null, finish_reason: null }],
        includeUsage ? null : undefined,
      ),
    })),
    ...parts.map((p) => ({
      data: chunk(
        model,
        [{ index: 0, delta: { content: p }, logprobs: lp(p), finish_reason: null }],
        includeUsage ? null : undefined,
      ),
    })),
    {
      data: chunk(
        model,
        [{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }],
        includeUsage ? null : undefined,
      ),
    },
    ...(includeUsage ? [{ data: chunk(model, [], chatUsage) }] : []),
    { data: '[DONE]' },
  ]);
}

export function chatToolStream(model: string, includeUsage: boolean): string {
  const call = (args: string, head = false) => ({
    index: 0,
    delta: {
      tool_calls: [
        {
          index: 0,
          ...(head
            ? {
                id: 'call_DdmO9pD3xa9XTPNJ32zg2hcA',
                type: 'function',
                function: { name: 'get_weather', arguments: '' },
              }
            : { function: { arguments: args } }),
        },
      ],
    },
    logprobs: null,
    finish_reason: null,
  });
  return encode([
    {
      data: chunk(model, [
        {
          index: 0,
          delta: {
            role: 'assistant',
            content: null,
            tool_calls: [
              {
                index: 0,
                id: 'call_DdmO9pD3xa9XTPNJ32zg2hcA',
                type: 'function',
                function: { name: 'get_weather', arguments: '' },
              },
            ],
            refusal: null,
          },
          logprobs: null,
          finish_reason: null,
        },
      ]),
    },
    { data: chunk(model, [call(content.chatArgs[0])]) },
    { data: chunk(model, [call(content.chatArgs[1])]) },
    { data: chunk(model, [call(content.chatArgs[2])]) },
    { data: chunk(model, [{ index: 0, delta: {}, logprobs: null, finish_reason: 'tool_calls' }]) },
    ...(includeUsage ? [{ data: chunk(model, [], chatUsage) }] : []),
    { data: '[DONE]' },
  ]);
}

const RESP = 'resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b';
const ITEM = 'msg_67ccd2bf17f0819081ff3bb2cf6508e60bb6a6b452d3795b';
const REASONING_ITEM = 'rs_67ccd2bf0c4c8190a1b2c3d4e5f60718';
function responseObject(model: string, status: string, output: unknown[], usage: unknown) {
  return {
    id: RESP,
    object: 'response',
    created_at: 1741476542,
    status,
    error: null,
    incomplete_details: null,
    instructions: null,
    max_output_tokens: null,
    model,
    output,
    parallel_tool_calls: true,
    previous_response_id: null,
    reasoning: { effort: null, summary: null },
    store: true,
    temperature: 1,
    text: { format: { type: 'text' } },
    tool_choice: 'auto',
    tools: [],
    top_p: 1,
    truncation: 'disabled',
    usage,
    user: null,
    metadata: {},
  };
}
const responsesUsage = {
  input_tokens: 36,
  input_tokens_details: { cached_tokens: 0 },
  output_tokens: 87,
  output_tokens_details: { reasoning_tokens: 0 },
  total_tokens: 123,
};
/** Token logprobs as `include: ['message.output_text.logprobs']` returns them. */
const tokenLogprobs = (text: string) =>
  (text.match(/.{1,8}/gs) ?? []).map((token) => ({ token, logprob: -0.25, bytes: [], top_logprobs: [] }));
const messageItem = (text: string, status = 'completed', logprobs = false) => ({
  type: 'message',
  id: ITEM,
  status,
  role: 'assistant',
  content:
    text === '' && status === 'in_progress'
      ? []
      : [{ type: 'output_text', text, annotations: [], logprobs: logprobs ? tokenLogprobs(text) : [] }],
});
const reasoningItem = {
  type: 'reasoning',
  id: REASONING_ITEM,
  summary: [{ type: 'summary_text', text: 'Recall the capital.' }],
};

export function responsesJson(model: string, reasoning = false, logprobs = false): object {
  return responseObject(
    model,
    'completed',
    [...(reasoning ? [reasoningItem] : []), messageItem(content.text, 'completed', logprobs)],
    responsesUsage,
  );
}

export function responsesStream(model: string, reasoning = false, logprobs = false): string {
  let seq = 0;
  const ev = (type: string, body: object): Sse => ({
    event: type,
    data: { type, sequence_number: seq++, ...body },
  });
  const parts = content.text.match(/.{1,8}/gs) ?? [];
  const at = reasoning ? 1 : 0;
  const events: Sse[] = [
    ev('response.created', { response: responseObject(model, 'in_progress', [], null) }),
    ev('response.in_progress', { response: responseObject(model, 'in_progress', [], null) }),
  ];
  if (reasoning) {
    events.push(
      ev('response.output_item.added', { output_index: 0, item: { ...reasoningItem, summary: [] } }),
      ev('response.reasoning_summary_part.added', {
        item_id: REASONING_ITEM,
        output_index: 0,
        summary_index: 0,
        part: { type: 'summary_text', text: '' },
      }),
      ev('response.reasoning_summary_text.delta', {
        item_id: REASONING_ITEM,
        output_index: 0,
        summary_index: 0,
        delta: 'Recall the capital.',
      }),
      ev('response.reasoning_summary_text.done', {
        item_id: REASONING_ITEM,
        output_index: 0,
        summary_index: 0,
        text: 'Recall the capital.',
      }),
      ev('response.reasoning_summary_part.done', {
        item_id: REASONING_ITEM,
        output_index: 0,
        summary_index: 0,
        part: { type: 'summary_text', text: 'Recall the capital.' },
      }),
      ev('response.output_item.done', { output_index: 0, item: reasoningItem }),
    );
  }
  events.push(
    ev('response.output_item.added', { output_index: at, item: messageItem('', 'in_progress') }),
    ev('response.content_part.added', {
      item_id: ITEM,
      output_index: at,
      content_index: 0,
      part: { type: 'output_text', text: '', annotations: [], logprobs: [] },
    }),
    ...parts.map((delta) =>
      ev('response.output_text.delta', {
        item_id: ITEM,
        output_index: at,
        content_index: 0,
        delta,
        logprobs: logprobs ? tokenLogprobs(delta) : [],
      }),
    ),
    ev('response.output_text.done', {
      item_id: ITEM,
      output_index: at,
      content_index: 0,
      text: content.text,
      logprobs: logprobs ? tokenLogprobs(content.text) : [],
    }),
    ev('response.content_part.done', {
      item_id: ITEM,
      output_index: at,
      content_index: 0,
      part: {
        type: 'output_text',
        text: content.text,
        annotations: [],
        logprobs: logprobs ? tokenLogprobs(content.text) : [],
      },
    }),
    ev('response.output_item.done', {
      output_index: at,
      item: messageItem(content.text, 'completed', logprobs),
    }),
    ev('response.completed', { response: responsesJson(model, reasoning, logprobs) }),
  );
  return encode(events);
}

export function modelsList(provider: 'anthropic' | 'openai'): object {
  return provider === 'anthropic'
    ? {
        data: [
          {
            type: 'model',
            id: 'claude-sonnet-4-5',
            display_name: 'Claude Sonnet 4.5',
            created_at: '2025-09-29T00:00:00Z',
          },
        ],
        has_more: false,
        first_id: 'claude-sonnet-4-5',
        last_id: 'claude-sonnet-4-5',
      }
    : { object: 'list', data: [{ id: 'gpt-4o', object: 'model', created: 1715367049, owned_by: 'system' }] };
}

/**
 * Benchmark payloads in the providers' exact wire formats (the same shapes as
 * test/mock/fixtures.ts, scaled up): a ~1.5 KB non-streamed message and a ~150-event SSE stream
 * of ~20 KB, for Anthropic Messages and OpenAI Chat Completions; plus the request bodies the
 * load generator sends. The answer text is ordinary prose that contains the watermark's variant
 * classes ("do not", "for example", "it is important", …), so the embedder has real work to do.
 */

const SENTENCES = [
  'It is important to check the units before you compare the two results.',
  'For example, a distance in miles cannot be added to one in kilometres.',
  'You are free to pick either system, but do not mix them in one table.',
  'Here is how I would approach it: convert everything first, then add.',
  'That is why most engineering teams agree on one convention up front.',
  'If the numbers still do not match, it is worth checking the rounding.',
  'There is no single right answer here; it depends on what you need.',
  'In addition, you should not round intermediate values too early.',
  'The method is simple, and it is also easy to explain to a colleague.',
  'We are going to walk through one worked case toward the end.',
];

/** Deterministic prose of about `chars` characters. */
export function prose(chars: number): string {
  let out = '';
  for (let i = 0; out.length < chars; i++) {
    out += (out ? ' ' : '') + SENTENCES[(i * 7) % SENTENCES.length];
  }
  return out;
}

type Sse = { event?: string; data: unknown };

function encodeSse(events: Sse[]): string {
  return events
    .map(
      (e) =>
        `${e.event ? `event: ${e.event}\n` : ''}data: ${typeof e.data === 'string' ? e.data : JSON.stringify(e.data)}\n\n`,
    )
    .join('');
}

/** Split text into exactly `count` word-aligned deltas, as models stream them. */
function deltas(text: string, count: number): string[] {
  const words = text.split(/(?<= )/);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(
      words
        .slice(Math.floor((i * words.length) / count), Math.floor(((i + 1) * words.length) / count))
        .join(''),
    );
  }
  return out;
}

const MODEL_A = 'claude-sonnet-4-5-20250929';
const MODEL_O = 'gpt-4o-2024-08-06';
const MSG = 'msg_01XFDUDYJgAACzvnptvVoYEL';

const anthropicUsage = (input: number, output: number) => ({
  input_tokens: input,
  cache_creation_input_tokens: 0,
  cache_read_input_tokens: 0,
  output_tokens: output,
});

export function anthropicJson(): string {
  return JSON.stringify({
    id: MSG,
    type: 'message',
    role: 'assistant',
    model: MODEL_A,
    content: [{ type: 'text', text: prose(1200) }],
    stop_reason: 'end_turn',
    stop_sequence: null,
    usage: anthropicUsage(48, 260),
  });
}

/** 150 events: message_start, content_block_start, ping, 144 text deltas, block stop, message_delta, stop. */
export function anthropicStream(): string {
  const parts = deltas(prose(4300), 144);
  return encodeSse([
    {
      event: 'message_start',
      data: {
        type: 'message_start',
        message: {
          id: MSG,
          type: 'message',
          role: 'assistant',
          model: MODEL_A,
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: anthropicUsage(48, 1),
        },
      },
    },
    {
      event: 'content_block_start',
      data: { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
    },
    { event: 'ping', data: { type: 'ping' } },
    ...parts.map((text) => ({
      event: 'content_block_delta',
      data: { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } },
    })),
    { event: 'content_block_stop', data: { type: 'content_block_stop', index: 0 } },
    {
      event: 'message_delta',
      data: {
        type: 'message_delta',
        delta: { stop_reason: 'end_turn', stop_sequence: null },
        usage: { output_tokens: 940 },
      },
    },
    { event: 'message_stop', data: { type: 'message_stop' } },
  ]);
}

const CHAT_ID = 'chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG';
const FINGERPRINT = 'fp_fc9f1d7035';
const chatUsage = { prompt_tokens: 48, completion_tokens: 260, total_tokens: 308 };

export function chatJson(): string {
  return JSON.stringify({
    id: CHAT_ID,
    object: 'chat.completion',
    created: 1741569952,
    model: MODEL_O,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: prose(1150), refusal: null, annotations: [] },
        logprobs: null,
        finish_reason: 'stop',
      },
    ],
    usage: chatUsage,
    service_tier: 'default',
    system_fingerprint: FINGERPRINT,
  });
}

/** 150 events: the role chunk, 146 content chunks, the finish chunk, the usage chunk, [DONE]. */
export function chatStream(): string {
  const chunk = (choices: unknown[], usage?: unknown) => ({
    id: CHAT_ID,
    object: 'chat.completion.chunk',
    created: 1741569952,
    model: MODEL_O,
    service_tier: 'default',
    system_fingerprint: FINGERPRINT,
    choices,
    usage: usage ?? null,
  });
  const parts = deltas(prose(900), 146);
  return encodeSse([
    {
      data: chunk([
        {
          index: 0,
          delta: { role: 'assistant', content: '', refusal: null },
          logprobs: null,
          finish_reason: null,
        },
      ]),
    },
    ...parts.map((content) => ({
      data: chunk([{ index: 0, delta: { content }, logprobs: null, finish_reason: null }]),
    })),
    { data: chunk([{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }]) },
    { data: chunk([], chatUsage) },
    { data: '[DONE]' },
  ]);
}

const QUESTIONS = [
  'How should I convert a table of road distances from miles to kilometres without losing precision?',
  'What is a good way to explain rounding errors to a new member of my team?',
  'Can you suggest a checklist for reviewing a spreadsheet of engineering measurements?',
  'Why do my totals differ by one when I add rounded values in two different orders?',
  'Please give me a short plan for migrating our internal tools from imperial to metric units.',
  'What should I watch out for when comparing sensor readings taken in different units?',
  'How do I present uncertainty in a measurement table so that managers understand it?',
  'Write a friendly paragraph that explains significant figures to a high-school student.',
];

/**
 * Request bodies a well-behaved client sends: varied questions, the provider's usual fields, no
 * shared system prompt. (A thousand accounts on one subnet sending single-turn requests under
 * one system prompt is exactly what the engine's imitation key flags as a campaign; that is
 * not the traffic whose overhead this benchmark measures.)
 */
export function requestBodies(provider: 'anthropic' | 'openai', stream: boolean): string[] {
  return QUESTIONS.map((q) =>
    JSON.stringify(
      provider === 'anthropic'
        ? {
            model: MODEL_A,
            max_tokens: 1024,
            messages: [{ role: 'user', content: q }],
            ...(stream ? { stream: true } : {}),
          }
        : {
            model: MODEL_O,
            max_tokens: 1024,
            messages: [{ role: 'user', content: q }],
            ...(stream ? { stream: true, stream_options: { include_usage: true } } : {}),
          },
    ),
  );
}

export const PATHS = { anthropic: '/v1/messages', openai: '/v1/chat/completions' } as const;

/** Headers each provider's SDK sends (the API key is added per account by the load generator). */
export function providerHeaders(provider: 'anthropic' | 'openai'): Record<string, string> {
  return provider === 'anthropic'
    ? { 'content-type': 'application/json', 'anthropic-version': '2023-06-01' }
    : { 'content-type': 'application/json' };
}

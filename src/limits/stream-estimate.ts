import type { Dialect } from '../providers/dialect.ts';
import { indexOfQuoted } from '../providers/scan.ts';
import type { Usage } from '../providers/usage.ts';
import type { SseEvent } from '../sse/parser.ts';

/** JSON around an Anthropic delta's text: `{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":""}}`. */
const ANTHROPIC_DELTA_OVERHEAD = 78;

/**
 * A floor on the output tokens a stream has delivered, from its events alone, for streams that
 * end before their usage does: a client that hangs up after the last content event but before
 * `message_delta` / the usage chunk / `response.completed` must still pay for what it read.
 * Cheap enough for the tap path (no JSON parsing):
 * - Anthropic deltas carry a few tokens each: their payload length, about 4 characters a token;
 * - OpenAI chat chunks and Responses `*.delta` events carry about one token each.
 */
export function createStreamOutputEstimate(dialect: Dialect): {
  event(event: SseEvent): void;
  readonly tokens: number;
} {
  return new StreamOutputEstimate(dialect);
}

// A class, not closures: one per streamed response. `event` is handed out as a callback, so it
// is bound once here.
class StreamOutputEstimate {
  tokens = 0;
  readonly event: (event: SseEvent) => void;

  constructor(dialect: Dialect) {
    this.event = (
      dialect === 'anthropic' ? this.anthropic : dialect === 'openai-chat' ? this.chat : this.responses
    ).bind(this);
  }

  private anthropic(event: SseEvent): void {
    if (event.event === 'content_block_delta')
      this.tokens += Math.max(1, Math.ceil((event.data.length - ANTHROPIC_DELTA_OVERHEAD) / 4));
  }

  private chat(event: SseEvent): void {
    const data = event.data;
    if (indexOfQuoted(data, 'delta":{"') >= 0 && indexOfQuoted(data, 'role":"assistant"') < 0)
      this.tokens += 1;
  }

  private responses(event: SseEvent): void {
    if (event.event?.endsWith('.delta')) this.tokens += 1;
  }
}
/**
 * The usage to meter for a stream: what the upstream reported, or, for a stream that did not
 * complete, at least what its events show was delivered.
 */
export function meteredUsage(usage: Usage, completed: boolean, streamedTokens: number): Usage {
  if (completed || streamedTokens <= usage.outputTokens) return usage;
  return { ...usage, outputTokens: streamedTokens, reported: true };
}

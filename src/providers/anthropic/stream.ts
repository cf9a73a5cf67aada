import type { SseEvent } from '../../sse/parser.ts';
import { isObject, parseJsonObject as parse } from '../json.ts';
import {
  type Emit,
  type ResponsePlan,
  rewritesResponse,
  type StreamHandler,
  type TextRewriter,
} from '../plan.ts';
import { emptyUsage, readUsage } from '../usage.ts';

const REASONING_BLOCKS = new Set(['thinking', 'redacted_thinking']);

const DELTA_HEAD = '{"type":"content_block_delta","index":';
const TEXT_HEAD = ',"delta":{"type":"text_delta","text":';
const TEXT_TAIL = '}}';

/**
 * The text of a `content_block_delta` text event written exactly as the API writes it (and as
 * `textDelta` below re-writes it): `{"type":"content_block_delta","index":N,"delta":{"type":
 * "text_delta","text":"…"}}`. Watermarking parses every text delta and writes it again; for this
 * one shape only the string literal is parsed (JSON.parse of the object and JSON.stringify of a
 * new one cost ~5 µs per event here, ~0.7 ms per 150-event stream). Anything else, spacing and
 * key order included, returns undefined and takes the general path.
 */
function fastTextDelta(data: string): { index: number; text: string } | undefined {
  if (!data.startsWith(DELTA_HEAD) || !data.endsWith(TEXT_TAIL)) return undefined;
  const comma = data.indexOf(',', DELTA_HEAD.length);
  const indexText = data.slice(DELTA_HEAD.length, comma);
  if (comma < 0 || !/^(?:0|[1-9]\d{0,8})$/.test(indexText) || !data.startsWith(TEXT_HEAD, comma))
    return undefined;
  const literal = data.slice(comma + TEXT_HEAD.length, data.length - TEXT_TAIL.length);
  if (literal.charCodeAt(0) !== 0x22) return undefined;
  let text: unknown;
  try {
    text = JSON.parse(literal);
  } catch {
    return undefined; // not a single string literal (e.g. more keys after "text"): general path
  }
  return typeof text === 'string' ? { index: Number(indexText), text } : undefined;
}

/**
 * Anthropic Messages stream (https://docs.claude.com/en/docs/build-with-claude/streaming):
 * message_start, then per block content_block_start / *_delta / content_block_stop, message_delta
 * (stop reason, cumulative output usage), message_stop; `ping` and `error` may appear anywhere.
 *
 * Rewrites: dropped thinking blocks leave no gap, so later blocks are re-indexed to stay
 * contiguous (the SDK indexes its content array by `index`); text deltas pass through the
 * watermark rewriter, whose held-back tail is flushed as one last delta before the block stops.
 */
export function createAnthropicStreamHandler(plan: ResponsePlan): StreamHandler {
  const usage = emptyUsage();
  const rewrites = rewritesResponse(plan);
  let done = false;
  /** upstream index -> client index, or -1 when the block is dropped */
  const indexMap = new Map<number, number>();
  const rewriters = new Map<number, TextRewriter>();
  let nextIndex = 0;

  function textDelta(index: number, text: string): SseEvent {
    // Byte for byte what JSON.stringify of { type, index, delta: { type, text } } gives.
    return {
      event: 'content_block_delta',
      data: `${DELTA_HEAD}${index}${TEXT_HEAD}${JSON.stringify(text)}${TEXT_TAIL}`,
    };
  }

  /** The fast path of `rewrite` for a plain text delta; false when the general path must run. */
  function rewriteTextDelta(event: SseEvent, emit: Emit): boolean {
    const fast = fastTextDelta(event.data);
    if (!fast) return false;
    const index = indexMap.get(fast.index) ?? fast.index;
    if (index === -1) return true;
    const rewriter = rewriters.get(fast.index);
    if (!rewriter) {
      emit(index === fast.index ? event : textDelta(index, fast.text));
      return true;
    }
    const text = rewriter.push(fast.text);
    if (text !== '') emit(textDelta(index, text));
    return true;
  }

  function rewrite(event: SseEvent, data: Record<string, unknown>, emit: Emit): void {
    const type = data.type;
    if (typeof data.index !== 'number') {
      emit(event);
      return;
    }
    const upstreamIndex = data.index;
    if (type === 'content_block_start') {
      const block = isObject(data.content_block) ? data.content_block : {};
      const drop = plan.stripReasoning && REASONING_BLOCKS.has(String(block.type));
      indexMap.set(upstreamIndex, drop ? -1 : nextIndex++);
      if (!drop && block.type === 'text' && plan.watermark) rewriters.set(upstreamIndex, plan.watermark());
    }
    const index = indexMap.get(upstreamIndex) ?? upstreamIndex;
    if (index === -1) return;
    const rewriter = rewriters.get(upstreamIndex);
    if (
      type === 'content_block_delta' &&
      rewriter &&
      isObject(data.delta) &&
      data.delta.type === 'text_delta'
    ) {
      const text = rewriter.push(typeof data.delta.text === 'string' ? data.delta.text : '');
      if (text !== '') emit(textDelta(index, text));
      return;
    }
    if (type === 'content_block_stop' && rewriter) {
      const tail = rewriter.flush();
      rewriters.delete(upstreamIndex);
      if (tail !== '') emit(textDelta(index, tail));
    }
    emit(index === upstreamIndex ? event : { ...event, data: JSON.stringify({ ...data, index }) });
  }

  return {
    usage,
    rewrites,
    event(event, emit) {
      const name = event.event;
      if (name === 'message_stop' || name === 'error') done = true;
      if (rewrites && name === 'content_block_delta' && rewriteTextDelta(event, emit)) return;
      const passes = name === 'ping' || name === 'message_stop' || name === 'error';
      const data =
        rewrites && passes
          ? undefined
          : rewrites || name === 'message_start' || name === 'message_delta'
            ? parse(event.data)
            : undefined;
      if (data && name === 'message_start')
        readUsage(usage, isObject(data.message) ? data.message.usage : undefined);
      if (data && name === 'message_delta') readUsage(usage, data.usage);
      if (!rewrites) return;
      if (data) rewrite(event, data, emit);
      else emit(event);
    },
    end(emit) {
      for (const [upstreamIndex, rewriter] of rewriters) {
        const tail = rewriter.flush();
        const index = indexMap.get(upstreamIndex) ?? upstreamIndex;
        if (tail !== '') emit(textDelta(index, tail));
      }
      rewriters.clear();
      return done;
    },
  };
}

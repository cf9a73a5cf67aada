import type { SseEvent } from '../../sse/parser.ts';
import { isObject, parseJsonObject as parse } from '../json.ts';
import {
  type Emit,
  type ResponsePlan,
  rewritesResponse,
  type StreamHandler,
  type TextRewriter,
} from '../plan.ts';
import { jsonString, startsAt, stringLiteral } from '../scan.ts';
import { emptyUsage, readUsage } from '../usage.ts';

const REASONING_BLOCKS = new Set(['thinking', 'redacted_thinking']);

const DELTA_HEAD = '{"type":"content_block_delta","index":';
const TEXT_HEAD = ',"delta":{"type":"text_delta","text":';
const TEXT_TAIL = '}}';

/** The index digits of a fast-path delta: 0, or up to nine digits without a leading zero. */
function indexAt(data: string, from: number, to: number): number {
  const n = to - from;
  if (n < 1 || n > 9) return -1;
  let value = 0;
  for (let i = from; i < to; i++) {
    const c = data.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9 || (c === 0 && i === from && n > 1)) return -1;
    value = value * 10 + c;
  }
  return value;
}

/**
 * The text of a `content_block_delta` text event written exactly as the API writes it (and as
 * `textDelta` below re-writes it): `{"type":"content_block_delta","index":N,"delta":{"type":
 * "text_delta","text":"…"}}`. Watermarking parses every text delta and writes it again; for this
 * one shape only the string literal is parsed (JSON.parse of the object and JSON.stringify of a
 * new one cost ~5 µs per event here, ~0.7 ms per 150-event stream). Anything else, spacing and
 * key order included, returns undefined and takes the general path.
 */
function fastTextDelta(data: string): { index: number; text: string } | undefined {
  if (!startsAt(data, DELTA_HEAD, 0) || !data.endsWith(TEXT_TAIL)) return undefined;
  const comma = data.indexOf(',', DELTA_HEAD.length);
  if (comma < 0) return undefined;
  const index = indexAt(data, DELTA_HEAD.length, comma);
  if (index < 0 || !startsAt(data, TEXT_HEAD, comma)) return undefined;
  const text = stringLiteral(data, comma + TEXT_HEAD.length, data.length - TEXT_TAIL.length);
  return text === undefined ? undefined : { index, text };
}

/** Byte for byte what JSON.stringify of { type, index, delta: { type, text } } gives. */
function textDelta(index: number, text: string): SseEvent {
  return {
    event: 'content_block_delta',
    data: `${DELTA_HEAD}${index}${TEXT_HEAD}${jsonString(text)}${TEXT_TAIL}`,
  };
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
  return new AnthropicStream(plan);
}

// A class, not closures: one per streamed response (see src/sse/parser.ts).
class AnthropicStream implements StreamHandler {
  readonly usage = emptyUsage();
  readonly rewrites: boolean;
  private done = false;
  /** upstream index -> client index, or -1 when the block is dropped */
  private readonly indexMap = new Map<number, number>();
  private readonly rewriters = new Map<number, TextRewriter>();
  private nextIndex = 0;

  constructor(private readonly plan: ResponsePlan) {
    this.rewrites = rewritesResponse(plan);
  }

  /** The fast path of `rewrite` for a plain text delta; false when the general path must run. */
  private rewriteTextDelta(event: SseEvent, emit: Emit): boolean {
    const fast = fastTextDelta(event.data);
    if (!fast) return false;
    const index = this.indexMap.get(fast.index) ?? fast.index;
    if (index === -1) return true;
    const rewriter = this.rewriters.get(fast.index);
    if (!rewriter) {
      emit(index === fast.index ? event : textDelta(index, fast.text));
      return true;
    }
    const text = rewriter.push(fast.text);
    if (text !== '') emit(textDelta(index, text));
    return true;
  }

  private rewrite(event: SseEvent, data: Record<string, unknown>, emit: Emit): void {
    const { plan, indexMap, rewriters } = this;
    const type = data.type;
    if (typeof data.index !== 'number') {
      emit(event);
      return;
    }
    const upstreamIndex = data.index;
    if (type === 'content_block_start') {
      const block = isObject(data.content_block) ? data.content_block : {};
      const drop = plan.stripReasoning && REASONING_BLOCKS.has(String(block.type));
      indexMap.set(upstreamIndex, drop ? -1 : this.nextIndex++);
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

  event(event: SseEvent, emit: Emit): void {
    const { rewrites, usage } = this;
    const name = event.event;
    if (name === 'message_stop' || name === 'error') this.done = true;
    if (rewrites && name === 'content_block_delta' && this.rewriteTextDelta(event, emit)) return;
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
    if (data) this.rewrite(event, data, emit);
    else emit(event);
  }

  end(emit: Emit): boolean {
    for (const [upstreamIndex, rewriter] of this.rewriters) {
      const tail = rewriter.flush();
      const index = this.indexMap.get(upstreamIndex) ?? upstreamIndex;
      if (tail !== '') emit(textDelta(index, tail));
    }
    this.rewriters.clear();
    return this.done;
  }
}

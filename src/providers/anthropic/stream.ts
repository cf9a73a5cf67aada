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
    const data = { type: 'content_block_delta', index, delta: { type: 'text_delta', text } };
    return { event: 'content_block_delta', data: JSON.stringify(data) };
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

import type { SseEvent } from '../../sse/parser.ts';
import { isObject, parseJsonObject as parse } from '../json.ts';
import {
  type Emit,
  type ResponsePlan,
  rewritesResponse,
  type StreamHandler,
  type TextRewriter,
} from '../plan.ts';
import { indexOfQuoted } from '../scan.ts';
import { emptyUsage, readUsage } from '../usage.ts';
import { onlyNullUsage, parseContentChunk } from './chat-fast.ts';

/** Reasoning text fields that OpenAI-compatible upstreams put in `delta` (o-series proxies, DeepSeek). */
const REASONING_FIELDS = ['reasoning', 'reasoning_content', 'reasoning_details'] as const;

/**
 * OpenAI Chat Completions stream (https://platform.openai.com/docs/api-reference/chat-streaming):
 * data-only `chat.completion.chunk` objects, an optional final chunk with empty `choices` and
 * `usage` (when `stream_options.include_usage`), then `data: [DONE]`.
 *
 * Rewrites: `delta.content` goes through one watermark rewriter per choice; its held-back tail is
 * added to the chunk that carries that choice's `finish_reason`. Tool-call arguments, refusals
 * and JSON-mode output are never given a rewriter (the plan leaves `watermark` unset for them).
 */
export function createChatStreamHandler(plan: ResponsePlan): StreamHandler {
  return new ChatStream(plan);
}

// A class, not closures: one per streamed response (see src/sse/parser.ts).
class ChatStream implements StreamHandler {
  readonly usage = emptyUsage();
  readonly rewrites: boolean;
  private readonly rewriters = new Map<number, TextRewriter>();
  private done = false;
  private last: Record<string, unknown> | undefined = undefined;

  constructor(private readonly plan: ResponsePlan) {
    this.rewrites = rewritesResponse(plan);
  }

  private rewriteChoice(choice: Record<string, unknown>): boolean {
    const { plan, rewriters } = this;
    let changed = false;
    const delta = isObject(choice.delta) ? choice.delta : undefined;
    if (plan.stripLogprobs && choice.logprobs != null) {
      choice.logprobs = null;
      changed = true;
    }
    if (!delta) return changed;
    if (plan.stripReasoning) {
      for (const field of REASONING_FIELDS) {
        if (field in delta) {
          delete delta[field];
          changed = true;
        }
      }
    }
    const index = typeof choice.index === 'number' ? choice.index : 0;
    if (plan.watermark && typeof delta.content === 'string') {
      const rewriter = rewriters.get(index) ?? plan.watermark();
      rewriters.set(index, rewriter);
      delta.content = rewriter.push(delta.content);
      changed = true;
    }
    if (choice.finish_reason != null) {
      const rewriter = rewriters.get(index);
      if (rewriter) {
        const tail = rewriter.flush();
        rewriters.delete(index);
        if (tail !== '') delta.content = (typeof delta.content === 'string' ? delta.content : '') + tail;
        changed = true;
      }
    }
    return changed;
  }

  /** `rewriteChoice` for the common content-only chunk, without parsing the chunk (chat-fast.ts). */
  private rewriteContentChunk(event: SseEvent, emit: Emit): boolean {
    const { plan, rewriters } = this;
    const chunk = parseContentChunk(event.data, plan.hideUsage);
    if (!chunk) return false;
    if (this.last === undefined) {
      // `end` needs a chunk to copy id, model and the like from.
      this.last = parse(event.data);
      if (this.last && plan.hideUsage) delete this.last.usage;
    }
    let content = chunk.content;
    if (plan.watermark) {
      const rewriter = rewriters.get(chunk.index) ?? plan.watermark();
      rewriters.set(chunk.index, rewriter);
      content = rewriter.push(content);
    }
    const changed = plan.watermark !== undefined || chunk.dropsUsage;
    emit(changed ? { ...event, data: chunk.render(content) } : event);
    return true;
  }

  event(event: SseEvent, emit: Emit): void {
    const { plan, rewrites, usage } = this;
    if (event.data === '[DONE]') this.done = true;
    if (rewrites && this.rewriteContentChunk(event, emit)) return;
    // The tap path parses only a chunk that carries usage (not `"usage":null`) or an error;
    // rewriting parses every chunk the fast path above did not take.
    const data =
      event.data === '[DONE]' ||
      (!rewrites && onlyNullUsage(event.data) && indexOfQuoted(event.data, 'error"') < 0)
        ? undefined
        : parse(event.data);
    if (data && isObject(data.usage)) readUsage(usage, data.usage);
    if (data && isObject(data.error)) this.done = true;
    if (!rewrites) return;
    if (!data) {
      emit(event);
      return;
    }
    const choices = Array.isArray(data.choices) ? data.choices : [];
    let changed = false;
    if (plan.hideUsage && 'usage' in data) {
      // The client did not ask for usage: drop the usage-only chunk and the `usage: null`
      // that every other chunk then carries, so it sees the stream it asked for.
      if (isObject(data.usage) && choices.length === 0) return;
      delete data.usage;
      changed = true;
    }
    for (const choice of choices) if (isObject(choice) && this.rewriteChoice(choice)) changed = true;
    this.last = data;
    emit(changed ? { ...event, data: JSON.stringify(data) } : event);
  }

  end(emit: Emit): boolean {
    const { rewriters } = this;
    if (rewriters.size > 0) {
      // The stream stopped without a finish_reason: release what was held back.
      const choices = [...rewriters].map(([index, r]) => ({
        index,
        delta: { content: r.flush() },
        finish_reason: null,
      }));
      rewriters.clear();
      emit({ data: JSON.stringify({ ...this.last, choices }) });
    }
    return this.done;
  }
}

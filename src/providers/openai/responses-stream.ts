import { isObject, parseJsonObject as parse } from '../json.ts';
import {
  type Emit,
  type ResponsePlan,
  rewritesResponse,
  type StreamHandler,
  type TextRewriter,
} from '../plan.ts';
import { emptyUsage, readUsage } from '../usage.ts';
import { rewriteResponseObject } from './responses-json.ts';

const TERMINAL = new Set(['response.completed', 'response.failed', 'response.incomplete', 'error']);

/**
 * OpenAI Responses stream (https://platform.openai.com/docs/api-reference/responses-streaming):
 * typed events with a `sequence_number`, text in `response.output_text.delta`, and the whole
 * response (with usage) repeated in `response.completed`.
 *
 * Rewrites keep the stream self-consistent, because the SDK checks snapshots against deltas:
 * - dropped reasoning items are removed everywhere and later `output_index` values shift down;
 * - watermarked text is accumulated per content part so the `*.done` events and the final
 *   response carry exactly the text the deltas spelled out;
 * - `sequence_number` is renumbered, since events may be added or dropped.
 */
export function createResponsesStreamHandler(plan: ResponsePlan): StreamHandler {
  const usage = emptyUsage();
  const rewrites = rewritesResponse(plan);
  let done = false;
  let sequence = 0;
  const dropped = new Set<number>(); // upstream output indexes of dropped reasoning items
  const rewriters = new Map<string, TextRewriter>();
  /** item_id:content_index -> the text the client has been sent */
  const texts = new Map<string, string>();

  const shift = (outputIndex: number) => {
    let n = 0;
    for (const d of dropped) if (d < outputIndex) n++;
    return outputIndex - n;
  };
  const out = (emit: Emit, name: string | undefined, data: Record<string, unknown>) => {
    data.sequence_number = sequence++;
    emit({ ...(name === undefined ? {} : { event: name }), data: JSON.stringify(data) });
  };
  const flushPart = (key: string, base: Record<string, unknown>, emit: Emit) => {
    const rewriter = rewriters.get(key);
    if (!rewriter) return;
    rewriters.delete(key);
    const tail = rewriter.flush();
    if (tail === '') return;
    texts.set(key, (texts.get(key) ?? '') + tail);
    const delta = { ...base, type: 'response.output_text.delta', delta: tail, logprobs: [] };
    out(emit, 'response.output_text.delta', delta);
  };

  function rewrite(name: string | undefined, data: Record<string, unknown>, emit: Emit): void {
    const type = String(data.type ?? name);
    if (typeof data.output_index === 'number') {
      const item = isObject(data.item) ? data.item : undefined;
      if (type === 'response.output_item.added' && plan.stripReasoning && item?.type === 'reasoning') {
        dropped.add(data.output_index);
      }
      if (dropped.has(data.output_index)) return;
      data.output_index = shift(data.output_index);
    }
    const key = `${String(data.item_id)}:${String(data.content_index)}`;
    const base = {
      item_id: data.item_id,
      output_index: data.output_index,
      content_index: data.content_index,
    };
    if (type === 'response.output_text.delta' && typeof data.delta === 'string') {
      if (plan.stripLogprobs) data.logprobs = [];
      if (plan.watermark) {
        const rewriter = rewriters.get(key) ?? plan.watermark();
        rewriters.set(key, rewriter);
        data.delta = rewriter.push(data.delta);
        texts.set(key, (texts.get(key) ?? '') + data.delta);
        if (data.delta === '') return;
      }
    } else if (type === 'response.output_text.done') {
      flushPart(key, base, emit);
      const sent = texts.get(key);
      if (sent !== undefined) data.text = sent;
      if (plan.stripLogprobs) data.logprobs = [];
    } else if (type === 'response.content_part.done' && isObject(data.part)) {
      const sent = texts.get(key);
      if (sent !== undefined) data.part.text = sent;
    }
    // content_part.added / .done carry the part, logprobs and all.
    if (plan.stripLogprobs && isObject(data.part) && Array.isArray(data.part.logprobs))
      data.part.logprobs = [];
    if (isObject(data.item)) rewriteResponseObject({ output: [data.item] }, plan, texts);
    if (isObject(data.response)) rewriteResponseObject(data.response, plan, texts);
    out(emit, name, data);
  }

  return {
    usage,
    rewrites,
    event(event, emit) {
      const name = event.event;
      if (name !== undefined && TERMINAL.has(name)) done = true;
      const final =
        name === 'response.completed' || name === 'response.incomplete' || name === 'response.failed';
      const data = rewrites || final ? parse(event.data) : undefined;
      if (data && final && isObject(data.response)) readUsage(usage, data.response.usage);
      if (!rewrites) return;
      if (data) rewrite(name, data, emit);
      else emit(event);
    },
    end() {
      return done;
    },
  };
}

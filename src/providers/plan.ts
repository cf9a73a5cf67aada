import type { SseEvent } from '../sse/parser.ts';
import type { Usage } from './usage.ts';

/** Rewrites user-visible text as it streams; `src/watermark` provides the real one. */
export interface TextRewriter {
  /** Text safe to emit now (a bounded amount may be held back). */
  push(delta: string): string;
  /** End of the text block: everything still held back. */
  flush(): string;
}

/** What the response stage does to one response, decided before the request is forwarded. */
export interface ResponsePlan {
  /** Degrade: drop thinking / reasoning content (re-indexing what remains). */
  stripReasoning: boolean;
  /** Degrade: drop token logprobs. */
  stripLogprobs: boolean;
  /** Watermark: a rewriter per text block; absent when text must be left alone. */
  watermark?: () => TextRewriter;
  /** The gateway asked upstream for stream usage the client did not ask for: keep it from the client. */
  hideUsage: boolean;
}

export const PASS_THROUGH: ResponsePlan = { stripReasoning: false, stripLogprobs: false, hideUsage: false };

export function rewritesResponse(plan: ResponsePlan): boolean {
  return plan.stripReasoning || plan.stripLogprobs || plan.watermark !== undefined || plan.hideUsage;
}

export type Emit = (event: SseEvent) => void;

/**
 * Reads, and when the plan says so rewrites, one provider's SSE stream, event by event.
 * When `rewrites` is false the relay forwards the upstream bytes untouched and only shows the
 * handler each event (to read usage and see the terminal event): a tap, not a transform.
 */
export interface StreamHandler {
  readonly usage: Usage;
  readonly rewrites: boolean;
  event(event: SseEvent, emit: Emit): void;
  /** Upstream ended cleanly: flush held-back text; returns whether the terminal event was seen. */
  end(emit: Emit): boolean;
}

/** Non-streamed JSON: the body to send (the same object when nothing changed) and its usage. */
export interface JsonResult {
  body: unknown;
  changed: boolean;
  usage: Usage;
}

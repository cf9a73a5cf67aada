import type { ResponsePlan } from './plan.ts';

/** Watermark one whole text (a non-streamed body) with a fresh rewriter; identity without one. */
export function rewriteWholeText(plan: ResponsePlan, text: string): string {
  if (!plan.watermark) return text;
  const rewriter = plan.watermark();
  return rewriter.push(text) + rewriter.flush();
}

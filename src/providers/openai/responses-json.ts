import { isObject } from '../json.ts';
import { type JsonResult, type ResponsePlan, rewritesResponse } from '../plan.ts';
import { rewriteWholeText } from '../rewrite-text.ts';
import { emptyUsage, readUsage } from '../usage.ts';

/**
 * Rewrite a Responses `response` object in place: drop reasoning items, strip logprobs, and set
 * each `output_text` part's text. With `streamed` texts (keyed `item_id:content_index`) the text
 * is what the stream already sent; without, the part is watermarked here.
 */
export function rewriteResponseObject(
  response: Record<string, unknown>,
  plan: ResponsePlan,
  streamed?: Map<string, string>,
): void {
  if (!Array.isArray(response.output)) return;
  if (plan.stripReasoning)
    response.output = response.output.filter((i) => !(isObject(i) && i.type === 'reasoning'));
  for (const item of response.output as unknown[]) {
    if (!isObject(item) || !Array.isArray(item.content)) continue;
    item.content.forEach((part, index) => {
      if (!isObject(part) || part.type !== 'output_text' || typeof part.text !== 'string') return;
      if (plan.stripLogprobs && 'logprobs' in part) part.logprobs = [];
      if (streamed) {
        const text = streamed.get(`${String(item.id)}:${index}`);
        if (text !== undefined) part.text = text;
      } else {
        part.text = rewriteWholeText(plan, part.text);
      }
    });
  }
}

export function transformResponsesJson(body: unknown, plan: ResponsePlan): JsonResult {
  const usage = emptyUsage();
  if (!isObject(body)) return { body, changed: false, usage };
  readUsage(usage, body.usage);
  if (!rewritesResponse(plan)) return { body, changed: false, usage };
  rewriteResponseObject(body, plan);
  return { body, changed: true, usage };
}

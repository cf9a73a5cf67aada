import { isObject } from '../json.ts';
import { type JsonResult, type ResponsePlan, rewritesResponse } from '../plan.ts';
import { rewriteWholeText } from '../rewrite-text.ts';
import { emptyUsage, readUsage } from '../usage.ts';

/** A non-streamed Messages response: read usage; drop thinking blocks; watermark text blocks. */
export function transformAnthropicJson(body: unknown, plan: ResponsePlan): JsonResult {
  const usage = emptyUsage();
  if (!isObject(body)) return { body, changed: false, usage };
  readUsage(usage, body.usage);
  if (!rewritesResponse(plan) || !Array.isArray(body.content)) return { body, changed: false, usage };
  const content = body.content.filter(
    (block) =>
      !(
        plan.stripReasoning &&
        isObject(block) &&
        (block.type === 'thinking' || block.type === 'redacted_thinking')
      ),
  );
  for (const block of content) {
    if (isObject(block) && block.type === 'text' && typeof block.text === 'string') {
      block.text = rewriteWholeText(plan, block.text);
    }
  }
  return { body: { ...body, content }, changed: true, usage };
}

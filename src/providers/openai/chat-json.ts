import { isObject } from '../json.ts';
import { type JsonResult, type ResponsePlan, rewritesResponse } from '../plan.ts';
import { rewriteWholeText } from '../rewrite-text.ts';
import { emptyUsage, readUsage } from '../usage.ts';

/** A non-streamed chat completion: read usage; strip reasoning and logprobs; watermark content. */
export function transformChatJson(body: unknown, plan: ResponsePlan): JsonResult {
  const usage = emptyUsage();
  if (!isObject(body)) return { body, changed: false, usage };
  readUsage(usage, body.usage);
  if (!rewritesResponse(plan) || !Array.isArray(body.choices)) return { body, changed: false, usage };
  for (const choice of body.choices) {
    if (!isObject(choice)) continue;
    if (plan.stripLogprobs && 'logprobs' in choice) choice.logprobs = null;
    const message = isObject(choice.message) ? choice.message : undefined;
    if (!message) continue;
    if (plan.stripReasoning) {
      delete message.reasoning;
      delete message.reasoning_content;
      delete message.reasoning_details;
    }
    if (typeof message.content === 'string') message.content = rewriteWholeText(plan, message.content);
  }
  return { body, changed: true, usage };
}

import { type RequestRewrite, rewriteRequest } from '../../degrade/rewrite.ts';
import type { LimitOutcome } from '../../limits/limiter.ts';
import { isObject } from '../../providers/json.ts';
import type { ResponsePlan, TextRewriter } from '../../providers/plan.ts';
import type { Exchange } from '../exchange.ts';

const encoder = new TextEncoder();

/** Whether a request asks for machine-readable output that a watermark must never touch. */
function structuredOutput(ex: Exchange): boolean {
  const format = ex.request?.params.responseFormat;
  if (format === 'json_object' || format === 'json_schema') return true;
  // Anthropic structured outputs: `output_format` (beta) and `output_config.format`.
  const body = ex.body ?? {};
  const config = isObject(body.output_config) ? body.output_config : {};
  const anthropic = isObject(body.output_format) ? body.output_format : config.format;
  return isObject(anthropic) && anthropic.type === 'json_schema';
}

/**
 * rewrite request: apply the decision to the body (degrade rewrites, the output-budget cap,
 * usage metering for chat streams) and decide what the response stage will do. When nothing
 * changes, the client's own bytes go upstream.
 */
export function rewriteRequestStage(
  ex: Exchange,
  limits: LimitOutcome | undefined,
  watermark: (() => TextRewriter) | undefined,
): void {
  const { body, request } = ex;
  if (!body || !request || !ex.route.generates) return;
  const degrade = ex.verdict.enforced === 'degrade' ? ex.policy.degrade : undefined;
  const plan: RequestRewrite = {};
  if (degrade) plan.degrade = degrade;
  if (limits?.capMaxTokens && limits.outputRemaining !== undefined)
    plan.maxTokens = Math.max(1, limits.outputRemaining);
  // Output tokens are metered from usage; a chat stream only reports it when asked to.
  const chatStream = ex.route.endpoint === 'chat' && request.params.stream;
  const clientAskedUsage = isObject(body.stream_options) && body.stream_options.include_usage === true;
  const hideUsage = chatStream && !clientAskedUsage && ex.policy.limits.enabled;
  if (hideUsage) plan.includeUsage = true;

  if (
    (plan.degrade || plan.maxTokens !== undefined || plan.includeUsage) &&
    rewriteRequest(request.provider, ex.route.endpoint, body, plan)
  ) {
    ex.upstreamBody = encoder.encode(JSON.stringify(body));
  }
  const response: ResponsePlan = {
    stripReasoning: degrade?.stripReasoningOutput ?? false,
    stripLogprobs: degrade?.stripLogprobs ?? false,
    hideUsage,
  };
  if (watermark && !structuredOutput(ex)) response.watermark = watermark;
  ex.plan = response;
}

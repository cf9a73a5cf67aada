import type { Dialect } from '../providers/dialect.ts';
import type { BucketState } from '../store/types.ts';
import type { LimitBucket } from './buckets.ts';

/** OpenAI writes durations like `1s`, `6m0s`, `20ms`. */
function goDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.ceil(ms))}ms`;
  const s = Math.ceil(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  return `${h ? `${h}h` : ''}${h || m ? `${m}m` : ''}${rest}s`;
}

/**
 * Rate-limit headers in the provider's own names, from the tightest bucket of each unit:
 * Anthropic `anthropic-ratelimit-{requests,input-tokens,output-tokens}-{limit,remaining,reset}`
 * (reset as RFC 3339), OpenAI `x-ratelimit-{limit,remaining,reset}-{requests,tokens}`. Plus
 * `retry-after` in whole seconds (RFC 9110 §10.2.3), which both SDKs honour.
 */
export function rateLimitHeaders(
  dialect: Dialect,
  buckets: LimitBucket[],
  states: BucketState[],
  retryAfterMs: number,
  now: number,
): Record<string, string> {
  const headers: Record<string, string> = {
    'retry-after': String(Math.max(1, Math.ceil(retryAfterMs / 1000))),
  };
  const tightest = new Map<string, { bucket: LimitBucket; state: BucketState }>();
  buckets.forEach((bucket, i) => {
    const state = states[i];
    if (!state || bucket.scope !== 'account') return;
    const seen = tightest.get(bucket.unit);
    if (!seen || state.remaining < seen.state.remaining) tightest.set(bucket.unit, { bucket, state });
  });
  for (const [unit, { state }] of tightest) {
    if (dialect === 'anthropic') {
      const name =
        unit === 'requests' ? 'requests' : unit === 'inputTokens' ? 'input-tokens' : 'output-tokens';
      headers[`anthropic-ratelimit-${name}-limit`] = String(state.limit);
      headers[`anthropic-ratelimit-${name}-remaining`] = String(state.remaining);
      headers[`anthropic-ratelimit-${name}-reset`] = new Date(now + state.resetMs).toISOString();
    } else {
      const name = unit === 'requests' ? 'requests' : 'tokens';
      if (unit === 'outputTokens' && headers[`x-ratelimit-limit-${name}`]) continue;
      headers[`x-ratelimit-limit-${name}`] = String(state.limit);
      headers[`x-ratelimit-remaining-${name}`] = String(state.remaining);
      headers[`x-ratelimit-reset-${name}`] = goDuration(state.resetMs);
    }
  }
  return headers;
}

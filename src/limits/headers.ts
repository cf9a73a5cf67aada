import type { Dialect } from '../providers/dialect.ts';
import type { BucketState } from '../store/types.ts';
import type { LimitBucket } from './buckets.ts';
import type { Unit } from './config.ts';

/** OpenAI writes durations like `1s`, `6m0s`, `20ms`. */
function goDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.ceil(ms))}ms`;
  const s = Math.ceil(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  return `${h ? `${h}h` : ''}${h || m ? `${m}m` : ''}${rest}s`;
}

const ANTHROPIC_NAME: Record<Unit, string> = {
  requests: 'requests',
  inputTokens: 'input-tokens',
  outputTokens: 'output-tokens',
  tokens: 'tokens',
};

/**
 * Rate-limit headers in the provider's own names, from the tightest account bucket (fewest units
 * left) of each unit. Only the account's own limits are shown: an IP or campaign bucket that
 * refused the request moves `retry-after` alone, so a client never learns that it has been
 * linked to a campaign.
 * Header names:
 * - Anthropic `anthropic-ratelimit-{requests,input-tokens,output-tokens,tokens}-{limit,remaining,reset}`,
 *   reset as an RFC 3339 time;
 * - OpenAI `x-ratelimit-{limit,remaining,reset}-{requests,tokens}`, reset as a duration (`6m0s`),
 *   where `tokens` is the tightest of the token units.
 * Plus `retry-after` in whole seconds (RFC 9110 §10.2.3) and `retry-after-ms`, both of which the
 * official SDKs honour (the SDKs wait exactly `retry-after-ms` when it is present).
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
    'retry-after-ms': String(Math.max(1, Math.ceil(retryAfterMs))),
  };
  const group = (unit: Unit) => (dialect === 'anthropic' || unit === 'requests' ? unit : 'tokens');
  const tightest = new Map<string, { unit: Unit; state: BucketState }>();
  buckets.forEach((bucket, i) => {
    const state = states[i];
    if (!state || bucket.scope !== 'account') return;
    const key = group(bucket.unit);
    const seen = tightest.get(key);
    if (!seen || state.remaining < seen.state.remaining) tightest.set(key, { unit: bucket.unit, state });
  });
  for (const [key, { state }] of tightest) {
    if (dialect === 'anthropic') {
      const name = ANTHROPIC_NAME[key as Unit];
      headers[`anthropic-ratelimit-${name}-limit`] = String(state.limit);
      headers[`anthropic-ratelimit-${name}-remaining`] = String(state.remaining);
      headers[`anthropic-ratelimit-${name}-reset`] = new Date(now + state.resetMs).toISOString();
    } else {
      headers[`x-ratelimit-limit-${key}`] = String(state.limit);
      headers[`x-ratelimit-remaining-${key}`] = String(state.remaining);
      headers[`x-ratelimit-reset-${key}`] = goDuration(state.resetMs);
    }
  }
  return headers;
}

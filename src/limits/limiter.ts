import type { Dialect } from '../providers/dialect.ts';
import type { NormalizedRequest } from '../providers/types.ts';
import type { Usage } from '../providers/usage.ts';
import type { BucketState, Store } from '../store/types.ts';
import { bucketsFor, type LimitBucket, type Subject } from './buckets.ts';
import type { LimitsConfig, Unit } from './config.ts';
import { estimateInputTokens } from './estimate.ts';
import { rateLimitHeaders } from './headers.ts';

export interface LimitInput {
  subject: Subject;
  /** The risk engine's verdict: suspects (and throttled requests) get the suspect tier. */
  suspect: boolean;
  request: NormalizedRequest;
  dialect: Dialect;
}

export interface LimitOutcome {
  tier: string;
  allowed: boolean;
  retryAfterMs: number;
  /** For a 429: `retry-after` and the provider's rate-limit headers. */
  headers: Record<string, string>;
  /** Which limit said no, for the audit log (`account requests per 60s`). */
  limitedBy?: string;
  /** For the 429 body when the default message would mislead (a request too large to ever pass). */
  message?: string;
  estimatedInputTokens: number;
  /** What is left of the tightest account output- or total-token window, when the tier has one. */
  outputRemaining?: number | undefined;
  capMaxTokens: boolean;
  /** Charge what the response actually used (input and output tokens) once it is known. */
  reconcile(usage: Usage, now: number): Promise<void>;
}

const NOTHING = async () => {};

/** The tier an account is assigned by the policy (before any suspect tightening). */
export function accountTier(config: LimitsConfig, account: string): string {
  return (
    (Object.hasOwn(config.accounts, account) ? config.accounts[account] : undefined) ?? config.defaultTier
  );
}

/** The smallest `remaining` among the account's output-bearing buckets (output or total tokens). */
function outputRemaining(buckets: LimitBucket[], states: BucketState[]): number | undefined {
  let min: number | undefined;
  for (let i = 0; i < buckets.length; i++) {
    const b = buckets[i] as LimitBucket;
    const state = states[i];
    if (!state || b.scope !== 'account' || (b.unit !== 'outputTokens' && b.unit !== 'tokens')) continue;
    min = min === undefined ? state.remaining : Math.min(min, state.remaining);
  }
  return min;
}

const describe = (b: LimitBucket) => `${b.scope} ${b.unit} per ${b.windowMs / 1000}s`;

/**
 * limit: GCRA over the request's buckets (account, IP, campaign × requests, input tokens,
 * output tokens, total tokens × windows), all or nothing in one store call. Output tokens are
 * unknown before the call, so admission takes one and the rest is charged from `usage`
 * afterwards (which may put the bucket into debt, delaying the next request rather than
 * truncating this one; `capMaxTokens` bounds the debt by lowering `max_tokens` instead).
 */
export async function checkLimits(
  store: Store,
  config: LimitsConfig,
  input: LimitInput,
  now: number,
): Promise<LimitOutcome> {
  const tierName = input.suspect ? config.suspectTier : accountTier(config, input.subject.account);
  const tier = config.tiers[tierName] ?? config.tiers[config.defaultTier];
  const estimated = estimateInputTokens(input.request);
  const base = { tier: tierName, estimatedInputTokens: estimated, capMaxTokens: tier?.capMaxTokens ?? false };
  if (!config.enabled || !tier) {
    return { ...base, allowed: true, retryAfterMs: 0, headers: {}, reconcile: NOTHING };
  }
  const costs: Record<Unit, number> = {
    requests: 1,
    inputTokens: estimated,
    outputTokens: 1,
    tokens: estimated + 1,
  };
  const buckets = bucketsFor(tier, input.subject, costs);
  if (buckets.length === 0)
    return { ...base, allowed: true, retryAfterMs: 0, headers: {}, reconcile: NOTHING };

  // A request costing more than a whole window can never be admitted: waiting will not help,
  // so the client is told not to retry (both SDKs honour `x-should-retry`).
  const oversized = buckets.find((b) => b.cost > b.rule.limit);
  if (oversized) {
    const peek = await store.take(
      buckets.map((b) => ({ ...b, cost: 0 })),
      now,
    );
    return {
      ...base,
      allowed: false,
      retryAfterMs: oversized.windowMs,
      headers: {
        ...rateLimitHeaders(input.dialect, buckets, peek.buckets, oversized.windowMs, now),
        'x-should-retry': 'false',
      },
      limitedBy: describe(oversized),
      // The numbers only for the account's own limit (as in the headers).
      message:
        oversized.scope === 'account'
          ? `Request too large for the rate limit: about ${oversized.cost} tokens, more than the ${oversized.rule.limit} allowed per ${oversized.windowMs / 1000}s.`
          : 'Request too large for the rate limit.',
      reconcile: NOTHING,
    };
  }

  const result = await store.take(buckets, now);
  // Written out rather than spread from `base`: this runs on every request (object spread and a
  // property added afterwards were a measurable share of the limiter's own cost).
  const remaining = outputRemaining(buckets, result.buckets);
  const outcome: LimitOutcome = {
    tier: base.tier,
    estimatedInputTokens: base.estimatedInputTokens,
    capMaxTokens: base.capMaxTokens,
    allowed: result.allowed,
    retryAfterMs: result.retryAfterMs,
    headers: {},
    reconcile: NOTHING,
    // Always present (one object shape); undefined when no output budget applies.
    outputRemaining: remaining,
  };
  if (!result.allowed) {
    outcome.headers = rateLimitHeaders(input.dialect, buckets, result.buckets, result.retryAfterMs, now);
    const culprit = buckets.find((b, i) => (result.buckets[i]?.remaining ?? 1) < b.cost) ?? buckets[0];
    if (culprit) outcome.limitedBy = describe(culprit);
    return outcome;
  }
  outcome.reconcile = (usage, at) => reconcile(store, buckets, estimated, usage, at);
  return outcome;
}

/** Charge the difference between what admission took and what `usage` says was used. */
function reconcile(
  store: Store,
  buckets: LimitBucket[],
  estimated: number,
  usage: Usage,
  now: number,
): Promise<void> {
  if (!usage.reported) return Promise.resolve();
  const input = usage.inputTokens - estimated;
  // Admission took one output token; a response that reports none keeps it.
  const output = Math.max(0, usage.outputTokens - 1);
  const delta: Record<Unit, number> = {
    requests: 0,
    inputTokens: input,
    outputTokens: output,
    tokens: input + output,
  };
  const adjust = buckets.filter((b) => delta[b.unit] !== 0).map((b) => ({ ...b, cost: delta[b.unit] }));
  return adjust.length > 0 ? store.charge(adjust, now) : Promise.resolve();
}

/** Throttle's tarpit: a bounded delay that grows with risk; a timer, never a busy wait. */
export function tarpitDelayMs(config: LimitsConfig, risk: number): number {
  if (!config.tarpit.enabled) return 0;
  return Math.round(config.tarpit.maxDelayMs * Math.min(1, Math.max(0, risk)));
}

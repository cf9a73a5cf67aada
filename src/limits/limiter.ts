import type { Dialect } from '../providers/dialect.ts';
import type { NormalizedRequest } from '../providers/types.ts';
import type { Usage } from '../providers/usage.ts';
import type { Store } from '../store/types.ts';
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
  estimatedInputTokens: number;
  /** What is left of the tightest account output-token window, when the tier has one. */
  outputRemaining?: number;
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

/**
 * limit: GCRA over the request's buckets (account, IP, campaign × requests, input tokens,
 * output tokens × windows), all or nothing in one store call. Output tokens are unknown before
 * the call, so admission takes one and the rest is charged from `usage` afterwards (which may
 * put the bucket into debt, delaying the next request rather than truncating this one).
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
  const costs: Record<Unit, number> = { requests: 1, inputTokens: estimated, outputTokens: 1 };
  const buckets = bucketsFor(tier, input.subject, costs);
  if (buckets.length === 0)
    return { ...base, allowed: true, retryAfterMs: 0, headers: {}, reconcile: NOTHING };
  const result = await store.take(buckets, now);
  const outputStates = result.buckets.filter(
    (_, i) => buckets[i]?.unit === 'outputTokens' && buckets[i]?.scope === 'account',
  );
  const outcome: LimitOutcome = {
    ...base,
    allowed: result.allowed,
    retryAfterMs: result.retryAfterMs,
    headers: {},
    reconcile: NOTHING,
  };
  if (outputStates.length > 0) outcome.outputRemaining = Math.min(...outputStates.map((s) => s.remaining));
  if (!result.allowed) {
    outcome.headers = rateLimitHeaders(input.dialect, buckets, result.buckets, result.retryAfterMs, now);
    const culprit = buckets.find((b, i) => (result.buckets[i]?.remaining ?? 1) < b.cost) ?? buckets[0];
    if (culprit) outcome.limitedBy = `${culprit.scope} ${culprit.unit} per ${culprit.windowMs / 1000}s`;
    return outcome;
  }
  outcome.reconcile = (usage, at) => reconcile(store, buckets, estimated, usage, at);
  return outcome;
}

function reconcile(
  store: Store,
  buckets: LimitBucket[],
  estimated: number,
  usage: Usage,
  now: number,
): Promise<void> {
  if (!usage.reported) return Promise.resolve();
  const adjust: LimitBucket[] = [];
  for (const b of buckets) {
    if (b.unit === 'inputTokens' && usage.inputTokens !== estimated)
      adjust.push({ ...b, cost: usage.inputTokens - estimated });
    if (b.unit === 'outputTokens' && usage.outputTokens > 1)
      adjust.push({ ...b, cost: usage.outputTokens - 1 });
  }
  return adjust.length > 0 ? store.charge(adjust, now) : Promise.resolve();
}

/** Throttle's tarpit: a bounded delay that grows with risk; a timer, never a busy wait. */
export function tarpitDelayMs(config: LimitsConfig, risk: number): number {
  if (!config.tarpit.enabled) return 0;
  return Math.round(config.tarpit.maxDelayMs * Math.min(1, Math.max(0, risk)));
}

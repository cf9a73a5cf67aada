import type { CampaignKeyState, CampaignObservation } from './campaign.ts';

/**
 * The one state interface. Memory (the embedded default), Redis (several sidecars) and Durable
 * Objects (the Worker) implement it, and one contract suite (`test/store/contract.ts`) runs
 * against each. Every method is atomic on its own: no caller ever does read-modify-write across
 * two calls for anything that must be exact.
 */

/** A GCRA limit: `limit` units per `periodMs`, with a burst of the whole limit. */
export interface RateRule {
  limit: number;
  periodMs: number;
}

export interface Bucket {
  key: string;
  rule: RateRule;
  /** Units this request takes (1 for a request; the estimated tokens for a token limit). */
  cost: number;
}

export interface BucketState {
  key: string;
  limit: number;
  /** Whole units still available right now, after this take when it was allowed. */
  remaining: number;
  /** Milliseconds until the bucket is full again. */
  resetMs: number;
}

export interface TakeResult {
  allowed: boolean;
  /** When denied: milliseconds until every bucket could admit this request. */
  retryAfterMs: number;
  buckets: BucketState[];
}

export interface Store {
  readonly kind: 'memory' | 'redis' | 'durable-object';
  /**
   * Generic cell rate algorithm over several buckets at once, all or nothing: either every
   * bucket takes its cost, or none changes. Exact under concurrency.
   */
  take(buckets: Bucket[], now: number): Promise<TakeResult>;
  /** Charge (cost > 0) or refund (cost < 0) without an admission check: usage known afterwards. */
  charge(buckets: Bucket[], now: number): Promise<void>;
  get(key: string, now: number): Promise<string | undefined>;
  set(key: string, value: string, ttlMs: number, now: number): Promise<void>;
  /**
   * An in-process store may keep structured values as they are, skipping JSON both ways. Callers
   * fall back to `get`/`set` with JSON when these are absent, and never mutate what they store.
   */
  readonly local?: {
    get(key: string, now: number): unknown;
    set(key: string, value: object, ttlMs: number, now: number): void;
  };
  /** Add to a counter (created at 0), returning the new value; the TTL is set on creation. */
  incr(key: string, by: number, ttlMs: number, now: number): Promise<number>;
  /** Add members to a distinct-count set (HyperLogLog on Redis) and return its cardinality. */
  distinct(key: string, members: string[], ttlMs: number, now: number): Promise<number>;
  /**
   * Cross-account campaign counting for one request, all keys in one call (one round trip):
   * the exact semantics are in `src/store/campaign.ts`.
   */
  observeCampaign(input: CampaignObservation): Promise<CampaignKeyState[]>;
  close(): Promise<void>;
}

/** GCRA step for one bucket: the new theoretical arrival time and what the caller sees. */
export function gcra(
  storedTat: number | undefined,
  rule: RateRule,
  cost: number,
  now: number,
): { allowed: boolean; tat: number; newTat: number; retryAfterMs: number } {
  const interval = rule.periodMs / rule.limit;
  const tat = Math.max(storedTat ?? now, now);
  const newTat = tat + cost * interval;
  const allowAt = newTat - rule.periodMs;
  const allowed = allowAt <= now;
  return { allowed, tat, newTat, retryAfterMs: allowed ? 0 : Math.ceil(allowAt - now) };
}

export function bucketState(key: string, rule: RateRule, tat: number, now: number): BucketState {
  const interval = rule.periodMs / rule.limit;
  const used = Math.max(0, tat - now);
  return {
    key,
    limit: rule.limit,
    remaining: Math.max(0, Math.floor((rule.periodMs - used) / interval + 1e-9)),
    resetMs: Math.ceil(used),
  };
}

import type { CampaignObservation } from './campaign.ts';
import type { Bucket } from './types.ts';

/**
 * What one shard of a sharded store does (the Worker's `StoreShard` Durable Object). Every
 * method is atomic on its shard; `createShardedStore` composes them into the `Store` contract
 * across shards.
 */

/** A GCRA take on one shard. TATs (theoretical arrival times) rather than states, so the caller can report either side. */
export interface ShardTake {
  allowed: boolean;
  retryAfterMs: number;
  /** Each bucket's TAT before this take (never earlier than `now`). */
  before: number[];
  /** After it: `before` plus the cost when allowed, else `before`. */
  after: number[];
}

/** One campaign key after a shard's observation. */
export interface ShardObserved {
  key: string;
  accounts: number;
  hitAccounts: number;
  /** The key's live flag before this call. */
  prior: string | null;
  /** Its flag after this call: `prior`, or the id it was newly flagged with. */
  flag: string | null;
}

export interface StoreShardApi {
  take(buckets: Bucket[], now: number): Promise<ShardTake>;
  charge(buckets: Bucket[], now: number): Promise<void>;
  get(key: string, now: number): Promise<string | undefined>;
  set(key: string, value: string, ttlMs: number, now: number): Promise<void>;
  incr(key: string, by: number, ttlMs: number, now: number): Promise<number>;
  distinct(key: string, members: string[], ttlMs: number, now: number): Promise<number>;
  /**
   * Campaign counting for this shard's keys (semantics in campaign.ts). A key newly flagged takes
   * the id of the first of *these* keys already flagged, or its own default; the caller corrects
   * it with `relabel` when a key on another shard came first.
   */
  observe(input: CampaignObservation): Promise<ShardObserved[]>;
  /** Rename a key's flag from `from` to `to`, only if it still says `from`. */
  relabel(key: string, from: string, to: string): Promise<void>;
}

import { GatewayError } from '../gateway/errors.ts';
import type { CampaignKeyState } from './campaign.ts';
import type { ShardTake, StoreShardApi } from './shard-api.ts';
import { groupByShard, shardGroupOf, shardNameOf } from './shard-routing.ts';
import { observeSharded } from './sharded-campaign.ts';
import { type Bucket, bucketState, type Store, type TakeResult } from './types.ts';

export interface ShardedStoreOptions {
  /** The shard with this name (`shard-{i}`): a Durable Object stub in the Worker. */
  shard: (name: string) => StoreShardApi;
  shards: number;
  /** When a shard call fails: `open` admits and skips state (as the Redis store), `closed` answers 503. */
  failMode: 'open' | 'closed';
  log: (message: string, fields?: Record<string, unknown>) => void;
}

/** Only what the shard needs: the extra fields of a LimitBucket stay home. */
const bare = (b: Bucket): Bucket => ({ key: b.key, rule: b.rule, cost: b.cost });

/**
 * The Store contract over shards (docs/worker.md). Single-key methods go to the key's shard.
 * A take whose buckets span shards is a reservation on each, in parallel: if any shard denies,
 * the shards that admitted are refunded before the call returns, so the result is all or
 * nothing and no bucket ever admits more than its limit; the only cost is that, for the one
 * round trip a refund takes, a concurrent request may see the reservation and be denied.
 */
export function createShardedStore(options: ShardedStoreOptions): Store {
  const { shards } = options;
  const shardOf = (key: string) => options.shard(shardNameOf(shardGroupOf(key), shards));
  let lastLog = 0;

  async function guard<T>(run: () => Promise<T>, open: T): Promise<T> {
    try {
      return await run();
    } catch (err) {
      const now = Date.now();
      if (now - lastLog > 10_000) {
        lastLog = now;
        options.log(`durable object store unavailable; failing ${options.failMode}`, { error: String(err) });
      }
      if (options.failMode === 'open') return open;
      throw new GatewayError('store_unavailable', { cause: err });
    }
  }

  async function take(buckets: Bucket[], now: number): Promise<TakeResult> {
    const groups = [...groupByShard(buckets.map(bare), (b) => b.key, shards)];
    const settled = await Promise.allSettled(
      groups.map(([name, g]) => options.shard(name).take(g.items, now)),
    );
    const results = settled.map((s) => (s.status === 'fulfilled' ? s.value : undefined));
    const allowed = settled.every((s) => s.status === 'fulfilled' && s.value.allowed);
    if (!allowed) {
      // Release what the admitting shards reserved: a refund of exactly the cost at the same
      // `now` restores each TAT, whatever else was taken meanwhile (GCRA charges add up).
      await Promise.all(
        groups.map(([name, g], i) =>
          results[i]?.allowed
            ? options.shard(name).charge(
                g.items.map((b) => ({ ...b, cost: -b.cost })),
                now,
              )
            : undefined,
        ),
      );
    }
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    const out: TakeResult = { allowed, retryAfterMs: 0, buckets: new Array(buckets.length) };
    groups.forEach(([, g], i) => {
      const r = results[i] as ShardTake;
      out.retryAfterMs = Math.max(out.retryAfterMs, r.retryAfterMs);
      g.indices.forEach((at, j) => {
        const b = g.items[j] as Bucket;
        const tat = (allowed ? r.after[j] : r.before[j]) ?? now;
        out.buckets[at] = bucketState(b.key, b.rule, tat, now);
      });
    });
    return out;
  }

  return {
    kind: 'durable-object',
    take(buckets, now) {
      if (buckets.length === 0) return Promise.resolve({ allowed: true, retryAfterMs: 0, buckets: [] });
      return guard(() => take(buckets, now), { allowed: true, retryAfterMs: 0, buckets: [] });
    },
    async charge(buckets, now) {
      if (buckets.length === 0) return;
      const groups = [...groupByShard(buckets.map(bare), (b) => b.key, shards)];
      await guard(async () => {
        await Promise.all(groups.map(([name, g]) => options.shard(name).charge(g.items, now)));
      }, undefined);
    },
    get(key, now) {
      return guard(() => shardOf(key).get(key, now), undefined);
    },
    async set(key, value, ttlMs, now) {
      await guard(() => shardOf(key).set(key, value, ttlMs, now), undefined);
    },
    incr(key, by, ttlMs, now) {
      return guard(() => shardOf(key).incr(key, by, ttlMs, now), 0);
    },
    distinct(key, members, ttlMs, now) {
      return guard(() => shardOf(key).distinct(key, members, ttlMs, now), 0);
    },
    observeCampaign(input) {
      // Failing open: no campaign evidence this time (never a false flag).
      const open = input.keys.map(
        (k): CampaignKeyState => ({ key: k.key, accounts: 0, hitAccounts: 0, flagged: false }),
      );
      if (input.keys.length === 0) return Promise.resolve(open);
      return guard(() => observeSharded(input, options.shard, shards), open);
    },
    async close() {},
  };
}

import type { Logger } from '../../gateway/deps.ts';
import type { StoreShardApi } from '../../store/shard-api.ts';
import { createShardedStore } from '../../store/sharded-store.ts';
import type { Store } from '../../store/types.ts';
import type { StoreShard } from './store-shard.ts';

export interface DurableObjectStoreOptions {
  shards: number;
  failMode: 'open' | 'closed';
  logger: Logger;
}

/**
 * The Worker's Store: `createShardedStore` over `StoreShard` Durable Objects named
 * `shard-{i}`. A stub is made per call (they are cheap, and a stub must not outlive the request
 * that made it); RPC arguments and results are structured clones.
 */
export function createDurableObjectStore(
  namespace: DurableObjectNamespace<StoreShard>,
  options: DurableObjectStoreOptions,
): Store {
  const shard = (name: string): StoreShardApi => {
    const stub = namespace.get(namespace.idFromName(name));
    return {
      take: (buckets, now) => stub.take(buckets, now),
      charge: (buckets, now) => stub.charge(buckets, now),
      get: (key, now) => stub.get(key, now),
      set: (key, value, ttlMs, now) => stub.set(key, value, ttlMs, now),
      incr: (key, by, ttlMs, now) => stub.incr(key, by, ttlMs, now),
      distinct: (key, members, ttlMs, now) => stub.distinct(key, members, ttlMs, now),
      observe: (input) => stub.observe(input),
      relabel: (key, from, to) => stub.relabel(key, from, to),
    };
  };
  return createShardedStore({
    shard,
    shards: options.shards,
    failMode: options.failMode,
    log: (message, fields) => options.logger.warn(message, fields),
  });
}

/** `STORE_SHARDS` as a shard count: a positive integer, else the default. */
export function shardCountOf(value: string | undefined, fallback = 64): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

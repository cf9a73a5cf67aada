import { LRUCache } from 'lru-cache';
import { createMemoryCampaignCounter } from './campaign-memory.ts';
import { createHll, hllAdd, hllCount } from './hll.ts';
import { type Bucket, bucketState, gcra, type Store, type TakeResult } from './types.ts';

type Value = number | string | Uint8Array | object;
interface Entry {
  value: Value;
  /** Absolute expiry in the store's clock (the `now` callers pass), so virtual time works too. */
  expires: number;
}

/**
 * The embedded default: one process, bounded by `maxKeys` (least recently used keys go first),
 * expiry checked lazily on read against the caller's clock, no timers. Every method runs to
 * completion synchronously inside its promise, so takes are exact under any concurrency.
 */
export function createMemoryStore(options: { maxKeys?: number; maxCampaignKeys?: number } = {}): Store {
  const cache = new LRUCache<string, Entry>({ max: options.maxKeys ?? 1_000_000 });
  const campaigns = createMemoryCampaignCounter(options.maxCampaignKeys ?? 200_000);
  const read = (key: string, now: number): Entry | undefined => {
    const entry = cache.get(key);
    if (entry && entry.expires <= now) {
      cache.delete(key);
      return undefined;
    }
    return entry;
  };
  const write = (key: string, value: Value, ttlMs: number, now: number) => {
    cache.set(key, { value, expires: now + Math.max(1, ttlMs) });
  };
  const tatOf = (key: string, now: number) => {
    const v = read(key, now)?.value;
    return typeof v === 'number' ? v : undefined;
  };

  return {
    kind: 'memory',
    async take(buckets: Bucket[], now: number): Promise<TakeResult> {
      const steps = buckets.map((b) => gcra(tatOf(b.key, now), b.rule, b.cost, now));
      const allowed = steps.every((s) => s.allowed);
      const retryAfterMs = Math.max(0, ...steps.map((s) => s.retryAfterMs));
      const states = buckets.map((b, i) => {
        const step = steps[i]!;
        const tat = allowed ? step.newTat : step.tat;
        if (allowed && b.cost !== 0) write(b.key, tat, tat - now, now);
        return bucketState(b.key, b.rule, tat, now);
      });
      return { allowed, retryAfterMs, buckets: states };
    },
    async charge(buckets, now) {
      for (const b of buckets) {
        const tat = Math.max(tatOf(b.key, now) ?? now, now);
        const next = Math.max(now, tat + (b.cost * b.rule.periodMs) / b.rule.limit);
        if (next > now) write(b.key, next, next - now, now);
        else cache.delete(b.key);
      }
    },
    async get(key, now) {
      const v = read(key, now)?.value;
      return typeof v === 'string' ? v : undefined;
    },
    async set(key, value, ttlMs, now) {
      write(key, value, ttlMs, now);
    },
    async incr(key, by, ttlMs, now) {
      const entry = read(key, now);
      const next = (typeof entry?.value === 'number' ? entry.value : 0) + by;
      if (entry) entry.value = next;
      else write(key, next, ttlMs, now);
      return next;
    },
    async distinct(key, members, ttlMs, now) {
      const entry = read(key, now);
      const registers = entry?.value instanceof Uint8Array ? entry.value : createHll();
      for (const m of members) hllAdd(registers, m);
      if (!entry) write(key, registers, ttlMs, now);
      return hllCount(registers);
    },
    local: {
      get: (key, now) => {
        const v = read(key, now)?.value;
        return typeof v === 'object' && !(v instanceof Uint8Array) ? v : undefined;
      },
      set: (key, value, ttlMs, now) => write(key, value, ttlMs, now),
    },
    async observeCampaign(input) {
      return campaigns.observe(input);
    },
    async close() {
      cache.clear();
      campaigns.clear();
    },
  };
}

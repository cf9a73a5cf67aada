import * as v from 'valibot';

/**
 * Where state lives. `memory` for one sidecar; `redis` when several sidecars must share rate
 * limits, accounts and campaign counters. (The Worker always uses Durable Objects.) Read at
 * start-up: changing it needs a restart. `REDIS_URL` in the environment overrides `redis.url`,
 * so that a password need not be written into the policy.
 */
export const StoreConfigSchema = v.strictObject({
  kind: v.optional(v.picklist(['memory', 'redis']), 'memory'),
  memory: v.optional(
    v.strictObject({
      /** Rate-limit buckets and account snapshots kept (least recently used evicted first). */
      maxKeys: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1000)), 1_000_000),
      /** Campaign keys (scaffolds, system prompts, tool sets, networks) kept. */
      maxCampaignKeys: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1000)), 200_000),
    }),
    {},
  ),
  redis: v.optional(
    v.strictObject({
      url: v.optional(
        v.pipe(v.string(), v.regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')),
        'redis://127.0.0.1:6379',
      ),
      keyPrefix: v.optional(v.string(), 'distill-guard:'),
      /** When Redis is down: `open` admits traffic without state, `closed` answers 503. */
      failMode: v.optional(v.picklist(['open', 'closed']), 'open'),
      commandTimeoutMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(10)), 250),
    }),
    {},
  ),
});

export type StoreConfig = v.InferOutput<typeof StoreConfigSchema>;

import { Redis } from 'ioredis';
import { GatewayError } from '../gateway/errors.ts';
import { type CampaignKeyState, campaignIdFor, windowBuckets } from './campaign.ts';
import { CHARGE, DISTINCT, INCR, OBSERVE_CAMPAIGN, TAKE } from './redis-scripts.ts';
import { bucketState, type Store, type TakeResult } from './types.ts';

export interface RedisStoreOptions {
  url: string;
  /** Prepended to every key, so several deployments can share one Redis. */
  keyPrefix: string;
  /** `open`: when Redis is down, admit requests and skip state; `closed`: answer 503. */
  failMode: 'open' | 'closed';
  commandTimeoutMs: number;
  log: (message: string, fields?: Record<string, unknown>) => void;
}

type Scripted = Redis & {
  dgTake(n: number, ...args: (string | number)[]): Promise<string[]>;
  dgCharge(n: number, ...args: (string | number)[]): Promise<number>;
  dgIncr(key: string, by: number, ttl: number): Promise<string>;
  dgDistinct(key: string, ttl: number, ...members: string[]): Promise<number>;
  dgObserve(n: number, ...args: (string | number)[]): Promise<[number, number, string][]>;
};

/**
 * The shared store for several sidecars. Each method is one Lua script (EVALSHA, loaded on
 * first use), so it is atomic across every instance that shares the Redis. Commands fail fast
 * once Redis is lost (and within `commandTimeoutMs` otherwise); the configured fail mode decides.
 */
export function createRedisStore(options: RedisStoreOptions): Store & { client: Redis } {
  const client = new Redis(options.url, {
    // Queue only while the first connection is made; once Redis has been lost (status
    // 'reconnecting'), `guard` fails fast instead of waiting for the command timeout.
    enableOfflineQueue: true,
    maxRetriesPerRequest: 1,
    commandTimeout: options.commandTimeoutMs,
    connectTimeout: options.commandTimeoutMs * 4,
    enableAutoPipelining: true,
    lazyConnect: false,
  }) as Scripted;
  client.defineCommand('dgTake', { lua: TAKE });
  client.defineCommand('dgCharge', { lua: CHARGE });
  client.defineCommand('dgIncr', { lua: INCR, numberOfKeys: 1 });
  client.defineCommand('dgDistinct', { lua: DISTINCT, numberOfKeys: 1 });
  client.defineCommand('dgObserve', { lua: OBSERVE_CAMPAIGN });
  let lastLog = 0;
  client.on('error', (err: Error) => {
    // ioredis reports every failed reconnect; one line per 10 s is enough.
    const now = Date.now();
    if (now - lastLog > 10_000) {
      lastLog = now;
      options.log(`redis store unavailable; failing ${options.failMode}`, { error: err.message });
    }
  });
  const k = (key: string) => options.keyPrefix + key;

  async function guard<T>(run: () => Promise<T>, open: T): Promise<T> {
    try {
      if (client.status === 'reconnecting' || client.status === 'end' || client.status === 'close') {
        throw new Error(`redis connection is ${client.status}`);
      }
      return await run();
    } catch (err) {
      const now = Date.now();
      if (now - lastLog > 10_000) {
        lastLog = now;
        options.log(`redis store unavailable; failing ${options.failMode}`, { error: String(err) });
      }
      if (options.failMode === 'open') return open;
      throw new GatewayError('store_unavailable', { cause: err });
    }
  }

  return {
    kind: 'redis',
    client,
    take(buckets, now) {
      const open: TakeResult = { allowed: true, retryAfterMs: 0, buckets: [] };
      if (buckets.length === 0) return Promise.resolve(open);
      return guard(async () => {
        const args: (string | number)[] = buckets.map((b) => k(b.key));
        args.push(now);
        for (const b of buckets) args.push(b.rule.periodMs / b.rule.limit, b.rule.periodMs, b.cost);
        const reply = await client.dgTake(buckets.length, ...args);
        const allowed = Number(reply[0]) === 1;
        return {
          allowed,
          retryAfterMs: Math.ceil(Number(reply[1])),
          buckets: buckets.map((b, i) => bucketState(b.key, b.rule, Number(reply[2 + i]), now)),
        };
      }, open);
    },
    async charge(buckets, now) {
      if (buckets.length === 0) return;
      await guard(async () => {
        const args: (string | number)[] = buckets.map((b) => k(b.key));
        args.push(now);
        for (const b of buckets) args.push(b.rule.periodMs / b.rule.limit, b.cost);
        await client.dgCharge(buckets.length, ...args);
      }, undefined);
    },
    get(key) {
      return guard(async () => (await client.get(k(key))) ?? undefined, undefined);
    },
    async set(key, value, ttlMs) {
      await guard(async () => {
        await client.set(k(key), value, 'PX', Math.max(1, Math.ceil(ttlMs)));
      }, undefined);
    },
    incr(key, by, ttlMs) {
      return guard(async () => Number(await client.dgIncr(k(key), by, Math.max(1, Math.ceil(ttlMs)))), 0);
    },
    distinct(key, members, ttlMs) {
      return guard(async () => client.dgDistinct(k(key), Math.max(1, Math.ceil(ttlMs)), ...members), 0);
    },
    observeCampaign({ keys, account, now, window }) {
      // Failing open: no campaign evidence this time (never a false flag).
      const open = keys.map(
        (k): CampaignKeyState => ({ key: k.key, accounts: 0, hitAccounts: 0, flagged: false }),
      );
      if (keys.length === 0) return Promise.resolve(open);
      return guard(async () => {
        const { bucket, width } = windowBuckets(window, now);
        const args: (string | number)[] = keys.map((c) => k(`cmp:${c.key}`));
        args.push(
          account,
          bucket,
          width,
          Math.ceil(window.windowMs + window.bucketMs),
          Math.ceil(window.flagTtlMs),
        );
        for (const c of keys) {
          const r = c.rule;
          args.push(c.hit ? 1 : 0, r.minAccounts, r.minHitAccounts, r.minHitShare, campaignIdFor(c.key));
        }
        const reply = await client.dgObserve(keys.length, ...args);
        return keys.map((c, i): CampaignKeyState => {
          const [accounts, hitAccounts, id] = reply[i] ?? [0, 0, ''];
          const state: CampaignKeyState = {
            key: c.key,
            accounts: Number(accounts),
            hitAccounts: Number(hitAccounts),
            flagged: id !== '',
          };
          if (id !== '') state.campaign = String(id);
          return state;
        });
      }, open);
    },
    async close() {
      client.disconnect();
    },
  };
}

import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/gateway/deps.ts';
import { createDurableObjectStore } from '../../src/runtime/worker/store.ts';
import { shardGroupOf, shardNameOf } from '../../src/store/shard-routing.ts';
import type { Bucket } from '../../src/store/types.ts';
import { storeContract } from '../store/contract.ts';

const SHARDS = 4;
const make = (failMode: 'open' | 'closed' = 'closed') =>
  createDurableObjectStore(env.STORE, { shards: SHARDS, failMode, logger: silentLogger });

// Two coordinators over one namespace: the cross-instance cases are then two isolates racing.
storeContract(`durable objects in workerd (${SHARDS} shards, 2 isolates)`, async () => [make(), make()]);

const uniq = (p: string) => `${p}${Math.random().toString(36).slice(2)}`;
const shardOfKey = (key: string) => shardNameOf(shardGroupOf(key), SHARDS);

/** A rate-limit key for a fresh subject on a different shard than `other`. */
function keyOnAnotherShard(scope: 'a' | 'i', other: string): string {
  for (;;) {
    const key = `rl:${scope}:${uniq('x')}:requests:60000`;
    if (shardOfKey(key) !== shardOfKey(other)) return key;
  }
}

const perMinute = (key: string, limit: number, cost = 1): Bucket => ({
  key,
  rule: { limit, periodMs: 60_000 },
  cost,
});

describe('a take across shards', () => {
  it('is all or nothing: the admitting shard is refunded when another denies', async () => {
    const store = make();
    const account = `rl:a:${uniq('acct_')}:requests:60000`;
    const ip = keyOnAnotherShard('i', account);
    expect((await store.take([perMinute(account, 5), perMinute(ip, 1)], 0)).allowed).toBe(true);
    const denied = await store.take([perMinute(account, 5), perMinute(ip, 1)], 0);
    expect(denied.allowed).toBe(false);
    expect(denied.retryAfterMs).toBe(60_000);
    // Reported as before the take, and truly so: 4 left on the account, not 3.
    expect(denied.buckets.map((b) => b.remaining)).toEqual([4, 0]);
    expect((await store.take([perMinute(account, 5, 0)], 0)).buckets[0]?.remaining).toBe(4);
  });

  it('is exact under concurrency: no bucket admits more than its limit, refunds leave no residue', async () => {
    const store = make();
    const account = `rl:a:${uniq('acct_')}:requests:60000`;
    const ip = keyOnAnotherShard('i', account);
    const results = await Promise.all(
      Array.from({ length: 60 }, () => store.take([perMinute(account, 10), perMinute(ip, 1000)], 7_000)),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    // The IP bucket kept exactly the 10 admitted requests: the 50 reservations were released.
    const peek = await store.take([perMinute(ip, 1000, 0)], 7_000);
    expect(peek.buckets[0]?.remaining).toBe(990);
  });
});

describe('campaign ids across shards', () => {
  it('a key newly flagged beside an already flagged key on another shard takes its id', async () => {
    const store = make();
    const rule = { minAccounts: 2, minHitAccounts: 2, minHitShare: 0.5 };
    const window = { windowMs: 3_600_000, bucketMs: 600_000, flagTtlMs: 60_000, maxMembers: 64 };
    const a = `y:${uniq('a')}`;
    let b = `x:${uniq('b')}`;
    while (shardOfKey(b) === shardOfKey(a)) b = `x:${uniq('b')}`;
    const now = Date.now();
    for (const account of ['p1', 'p2'])
      await store.observeCampaign({ keys: [{ key: a, hit: true, rule }], account, now, window });
    // b is listed first, but a is the first key that was already flagged.
    await store.observeCampaign({
      keys: [
        { key: b, hit: true, rule },
        { key: a, hit: true, rule },
      ],
      account: 'q1',
      now,
      window,
    });
    const states = await store.observeCampaign({
      keys: [
        { key: b, hit: true, rule },
        { key: a, hit: true, rule },
      ],
      account: 'q2',
      now,
      window,
    });
    expect(states.map((s) => s.key)).toEqual([b, a]);
    expect(states[1]?.campaign).toBe(`cmp_${a.slice(2, 14)}`);
    expect(states[0]).toMatchObject({ flagged: true, campaign: states[1]?.campaign });
    // The relabel is stored: a later observation of b alone sees the shared id.
    const [later] = await store.observeCampaign({
      keys: [{ key: b, hit: false, rule }],
      account: 'r',
      now,
      window,
    });
    expect(later?.campaign).toBe(states[1]?.campaign);
  });
});

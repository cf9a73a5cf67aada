import { describe, expect, it } from 'vitest';
import type { StoreShardApi } from './shard-api.ts';
import { createShardedStore } from './sharded-store.ts';

// The sharded store's own behaviour when a shard fails. (Its contract, over real Durable
// Objects in workerd, is test/workerd/store.test.ts.)
const failing = (): StoreShardApi => {
  const fail = () => Promise.reject(new Error('Durable Object is overloaded'));
  return {
    take: fail,
    charge: fail,
    get: fail,
    set: fail,
    incr: fail,
    distinct: fail,
    observe: fail,
    relabel: fail,
  };
};

const bucket = { key: 'rl:a:acct_1:requests:60000', rule: { limit: 1, periodMs: 60_000 }, cost: 1 };
const rule = { minAccounts: 1, minHitAccounts: 1, minHitShare: 0 };
const window = { windowMs: 60_000, bucketMs: 60_000, flagTtlMs: 60_000, maxMembers: 10 };

describe('sharded store when a shard fails', () => {
  it('fails open: admits, reads nothing, flags nothing, and says so once', async () => {
    const logs: string[] = [];
    const store = createShardedStore({
      shard: failing,
      shards: 4,
      failMode: 'open',
      log: (m) => logs.push(m),
    });
    expect((await store.take([bucket], 0)).allowed).toBe(true);
    expect(await store.get('risk:acct:acct_1', 0)).toBeUndefined();
    const [state] = await store.observeCampaign({
      keys: [{ key: 's:abc', hit: true, rule }],
      account: 'a',
      now: 0,
      window,
    });
    expect(state).toMatchObject({ flagged: false, accounts: 0 });
    expect(logs).toEqual(['durable object store unavailable; failing open']);
  });

  it('fails closed with store_unavailable (503)', async () => {
    const store = createShardedStore({ shard: failing, shards: 4, failMode: 'closed', log: () => {} });
    await expect(store.take([bucket], 0)).rejects.toMatchObject({ code: 'store_unavailable', status: 503 });
    await expect(store.set('k', 'v', 1000, 0)).rejects.toMatchObject({ code: 'store_unavailable' });
  });
});

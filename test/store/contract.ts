import { describe, expect, it } from 'vitest';
import type { Bucket, Store } from '../../src/store/types.ts';

/**
 * The Store contract: every implementation runs exactly these tests. `make` gives a fresh,
 * empty store (or several views of one shared store, for the cross-instance cases).
 */
export function storeContract(
  name: string,
  make: () => Promise<Store[]>,
  cleanup: () => Promise<void> = async () => {},
) {
  describe(`Store contract: ${name}`, () => {
    const perMinute = (key: string, limit: number, cost = 1): Bucket => ({
      key,
      rule: { limit, periodMs: 60_000 },
      cost,
    });
    const uniq = () => `t${Math.random().toString(36).slice(2)}`;

    it('GCRA admits the burst, then denies with a retry time', async () => {
      const [store] = await make();
      const key = uniq();
      const now = 1_000_000;
      for (let i = 0; i < 3; i++) expect((await store!.take([perMinute(key, 3)], now)).allowed).toBe(true);
      const denied = await store!.take([perMinute(key, 3)], now);
      expect(denied.allowed).toBe(false);
      expect(denied.retryAfterMs).toBe(20_000); // one unit every 60 s / 3
      expect(denied.buckets[0]).toMatchObject({ remaining: 0, limit: 3 });
      expect((await store!.take([perMinute(key, 3)], now + 20_000)).allowed).toBe(true);
      await cleanup();
    });

    it('reports remaining units and the reset time', async () => {
      const [store] = await make();
      const key = uniq();
      const r = await store!.take([perMinute(key, 10, 4)], 5_000);
      expect(r.buckets[0]).toMatchObject({ remaining: 6, resetMs: 24_000 });
      const peek = await store!.take([perMinute(key, 10, 0)], 5_000);
      expect(peek.buckets[0]).toMatchObject({ remaining: 6 });
    });

    it('takes several buckets all or nothing', async () => {
      const [store] = await make();
      const [a, b] = [uniq(), uniq()];
      expect((await store!.take([perMinute(a, 5), perMinute(b, 1)], 0)).allowed).toBe(true);
      const second = await store!.take([perMinute(a, 5), perMinute(b, 1)], 0);
      expect(second.allowed).toBe(false);
      // a was not charged by the denied take: 4 left, not 3
      expect((await store!.take([perMinute(a, 5, 0)], 0)).buckets[0]?.remaining).toBe(4);
    });

    it('is exact under concurrency: 100 parallel takes on a limit of 10 admit exactly 10', async () => {
      const stores = await make();
      const key = uniq();
      const now = 42_000;
      const results = await Promise.all(
        Array.from({ length: 100 }, (_, i) => stores[i % stores.length]!.take([perMinute(key, 10)], now)),
      );
      expect(results.filter((r) => r.allowed)).toHaveLength(10);
    });

    it('charges and refunds after the fact', async () => {
      const [store] = await make();
      const key = uniq();
      await store!.charge([perMinute(key, 100, 150)], 0); // into debt
      const denied = await store!.take([perMinute(key, 100, 1)], 0);
      expect(denied.allowed).toBe(false);
      await store!.charge([perMinute(key, 100, -100)], 0);
      expect((await store!.take([perMinute(key, 100, 1)], 0)).allowed).toBe(true);
    });

    it('get/set with expiry, counters, distinct counts', async () => {
      const [store] = await make();
      const key = uniq();
      const now = Date.now();
      await store!.set(key, 'v1', 60_000, now);
      expect(await store!.get(key, now)).toBe('v1');
      expect(await store!.get(uniq(), now)).toBeUndefined();
      const counter = uniq();
      expect(await store!.incr(counter, 2, 60_000, now)).toBe(2);
      expect(await store!.incr(counter, 3, 60_000, now)).toBe(5);
      const set = uniq();
      await store!.distinct(set, ['a', 'b'], 60_000, now);
      expect(await store!.distinct(set, ['b', 'c'], 60_000, now)).toBe(3);
      const many = Array.from({ length: 2000 }, (_, i) => `acct_${i}`);
      const estimate = await store!.distinct(uniq(), many, 60_000, now);
      expect(Math.abs(estimate - 2000) / 2000).toBeLessThan(0.06);
    });

    it('expires keys', async () => {
      const [store] = await make();
      const key = uniq();
      const now = Date.now();
      await store!.set(key, 'x', 30, now);
      await new Promise((r) => setTimeout(r, 60));
      expect(await store!.get(key, Date.now())).toBeUndefined();
    });
  });
}

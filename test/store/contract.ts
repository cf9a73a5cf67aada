import { describe, expect, it } from 'vitest';
import type { CampaignKey, CampaignKeyState, CampaignWindow } from '../../src/store/campaign.ts';
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
    describe('campaign counting', () => {
      const HOUR = 3_600_000;
      const window: CampaignWindow = {
        windowMs: 3 * HOUR,
        bucketMs: HOUR,
        flagTtlMs: 60_000,
        maxMembers: 512,
      };
      const rule = { minAccounts: 5, minHitAccounts: 4, minHitShare: 0.5 };
      const key = (k: string, hit: boolean): CampaignKey => ({ key: k, hit, rule });
      // Real time: Redis expires its sets and flags on its own clock.
      const start = () => Math.floor(Date.now() / HOUR) * HOUR + 1000;

      it('flags a key once enough accounts send hits, and the flag reaches a new account at once', async () => {
        const stores = await make();
        const k = `s:${uniq()}`;
        const now = start();
        for (let i = 0; i < 4; i++) {
          const [state] = await stores[i % stores.length]!.observeCampaign({
            keys: [key(k, true)],
            account: `a${i}`,
            now,
            window,
          });
          expect(state).toMatchObject({ accounts: i + 1, hitAccounts: i + 1, flagged: false });
        }
        const [fifth] = await stores[0]!.observeCampaign({
          keys: [key(k, true)],
          account: 'a4',
          now,
          window,
        });
        expect(fifth).toMatchObject({
          accounts: 5,
          hitAccounts: 5,
          flagged: true,
          campaign: `cmp_${k.slice(2, 14)}`,
        });
        // A brand-new account, not a hit itself, is told on its first request.
        const last = stores[stores.length - 1]!;
        const [fresh] = await last.observeCampaign({
          keys: [key(k, false)],
          account: 'new',
          now: now + 1,
          window,
        });
        expect(fresh).toMatchObject({
          accounts: 6,
          hitAccounts: 5,
          flagged: true,
          campaign: fifth?.campaign,
        });
        // The same account twice counts once.
        const [again] = await last.observeCampaign({
          keys: [key(k, true)],
          account: 'a0',
          now: now + 2,
          window,
        });
        expect(again?.accounts).toBe(6);
      });

      it('needs the hit share: many accounts with few hits is not a campaign', async () => {
        const [store] = await make();
        const k = `s:${uniq()}`;
        const now = start();
        let last: CampaignKeyState | undefined;
        for (let i = 0; i < 12; i++)
          [last] = await store!.observeCampaign({
            keys: [key(k, i % 3 === 0)],
            account: `b${i}`,
            now,
            window,
          });
        expect(last).toMatchObject({ accounts: 12, hitAccounts: 4, flagged: false });
      });

      it('counts over a sliding window of buckets', async () => {
        const [store] = await make();
        const k = `s:${uniq()}`;
        const now = start();
        await store!.observeCampaign({ keys: [key(k, true)], account: 'c0', now, window });
        await store!.observeCampaign({ keys: [key(k, true)], account: 'c1', now: now + HOUR, window });
        const [inside] = await store!.observeCampaign({
          keys: [key(k, true)],
          account: 'c2',
          now: now + 2 * HOUR,
          window,
        });
        expect(inside?.accounts).toBe(3);
        const [slid] = await store!.observeCampaign({
          keys: [key(k, true)],
          account: 'c3',
          now: now + 3 * HOUR,
          window,
        });
        expect(slid?.accounts).toBe(3); // c0's bucket has left the window
      });

      it('a key flagged alongside an already flagged key takes its campaign id; keys come back in order', async () => {
        const [store] = await make();
        const [a, b] = [`y:${uniq()}`, `x:${uniq()}`];
        const now = start();
        for (let i = 0; i < 5; i++)
          await store!.observeCampaign({ keys: [key(a, true)], account: `d${i}`, now, window });
        let states = await store!.observeCampaign({
          keys: [key(b, true), key(a, true)],
          account: 'e0',
          now,
          window,
        });
        const id = states[1]?.campaign;
        expect(states.map((s) => s.key)).toEqual([b, a]);
        for (let i = 1; i < 5; i++)
          states = await store!.observeCampaign({
            keys: [key(b, true), key(a, true)],
            account: `e${i}`,
            now,
            window,
          });
        expect(states[0]).toMatchObject({ flagged: true, campaign: id });
      });

      it('flags expire after flagTtlMs', async () => {
        const [store] = await make();
        const k = `n:${uniq()}`;
        const short = { ...window, flagTtlMs: 40 };
        const strict = { minAccounts: 1, minHitAccounts: 1, minHitShare: 1 };
        const now = Date.now();
        const [on] = await store!.observeCampaign({
          keys: [{ key: k, hit: true, rule: strict }],
          account: 'f',
          now,
          window: short,
        });
        expect(on?.flagged).toBe(true);
        await new Promise((r) => setTimeout(r, 80));
        const lax = { minAccounts: 99, minHitAccounts: 99, minHitShare: 1 };
        const [off] = await store!.observeCampaign({
          keys: [{ key: k, hit: false, rule: lax }],
          account: 'f',
          now: Date.now(),
          window: short,
        });
        expect(off?.flagged).toBe(false);
      });
    });
  });
}

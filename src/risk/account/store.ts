import type { Store } from '../../store/types.ts';
import type { AccountSnapshot } from './snapshot.ts';

/**
 * Where account snapshots live: two calls per request, `load` before assessing and `save`
 * after. The update between them is the pure `updateAccountSnapshot`, so the Store only keeps
 * JSON (`GET` / `SET … PX idleTtlMs` on Redis). Concurrent requests of one account on several
 * instances may overwrite each other's update (last write wins): the counters are statistical,
 * so a lost increment under a race is acceptable, unlike rate limits, which use the Store's
 * atomic GCRA.
 */
export interface AccountStateStore {
  load(account: string, now: number): Promise<AccountSnapshot | undefined>;
  save(account: string, snapshot: AccountSnapshot, now: number): Promise<void>;
}

const keyOf = (account: string) => `risk:acct:${account}`;

/**
 * Account state in any Store. An account idle for `idleTtlMs` expires (lazily, against the
 * caller's clock, so virtual time works); the memory store bounds the number kept (LRU).
 * An unreadable snapshot (a newer version, corruption) reads as a new account.
 */
export function createStoreAccountState(store: Store, idleTtlMs: number): AccountStateStore {
  const local = store.local;
  if (local) {
    // Snapshots are immutable (every update returns a new one), so they can be kept as they are.
    return {
      async load(account, now) {
        const snapshot = local.get(keyOf(account), now) as AccountSnapshot | undefined;
        return snapshot?.v === 1 ? snapshot : undefined;
      },
      async save(account, snapshot, now) {
        local.set(keyOf(account), snapshot, idleTtlMs, now);
      },
    };
  }
  return {
    async load(account, now) {
      const json = await store.get(keyOf(account), now);
      if (json === undefined) return undefined;
      try {
        const snapshot = JSON.parse(json) as AccountSnapshot;
        return snapshot.v === 1 ? snapshot : undefined;
      } catch {
        return undefined;
      }
    },
    async save(account, snapshot, now) {
      await store.set(keyOf(account), JSON.stringify(snapshot), idleTtlMs, now);
    },
  };
}

import { LRUCache } from 'lru-cache';
import type { AccountSnapshot } from './snapshot.ts';

/**
 * Where account snapshots live. Two calls per request, `load` before assessing and `save`
 * after. The update between them is the pure `updateAccountSnapshot`, so a Redis or Durable
 * Object implementation only stores JSON: `GET acct:{id}` / `SET acct:{id} json PX idleTtlMs`.
 * Concurrent requests of one account may overwrite each other's update (last write wins);
 * the counters are statistical, so a lost increment under a race is acceptable, unlike for
 * rate limits, which live in the Store's atomic GCRA.
 */
export interface AccountStateStore {
  load(account: string, now: number): Promise<AccountSnapshot | undefined>;
  save(account: string, snapshot: AccountSnapshot, now: number): Promise<void>;
}

export interface MemoryAccountStoreOptions {
  /** Accounts kept; the least recently used is evicted first. */
  maxAccounts: number;
  /** An account not seen for this long reads as new (checked lazily against `now`). */
  idleTtlMs: number;
}

/**
 * In-memory account state on lru-cache: bounded by `maxAccounts`, idle expiry checked on read
 * against the caller's clock (virtual time in replay), no timers. About 2.5 KB of heap per
 * tracked account (see docs/evaluation.md for the measured figure).
 */
export function createMemoryAccountStore(options: MemoryAccountStoreOptions): AccountStateStore {
  const cache = new LRUCache<string, AccountSnapshot>({ max: options.maxAccounts });
  return {
    async load(account, now) {
      const snapshot = cache.get(account);
      if (snapshot && snapshot.last + options.idleTtlMs <= now) {
        cache.delete(account);
        return undefined;
      }
      return snapshot;
    },
    async save(account, snapshot) {
      cache.set(account, snapshot);
    },
  };
}

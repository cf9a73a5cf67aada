import { LRUCache } from 'lru-cache';
import {
  type CampaignKeyState,
  type CampaignObservation,
  campaignIdFor,
  qualifies,
  windowBuckets,
} from './campaign.ts';

/**
 * Distinct members over a sliding window of buckets, updated in O(1) per add and counted in
 * O(window buckets): each member remembers the last bucket it was seen in, and each bucket how
 * many members were last seen there. Same answer as the union of per-bucket sets.
 */
class WindowedSet {
  private readonly last = new Map<string, number>();
  private readonly perBucket = new Map<number, number>();

  add(member: string, bucket: number, oldest: number, cap: number): void {
    const seen = this.last.get(member);
    if (seen === bucket) return;
    if (seen === undefined && this.last.size >= cap) {
      this.prune(oldest);
      if (this.last.size >= cap) return; // saturated: counts stop growing at the cap
    }
    if (seen !== undefined) this.perBucket.set(seen, (this.perBucket.get(seen) ?? 1) - 1);
    this.last.set(member, bucket);
    this.perBucket.set(bucket, (this.perBucket.get(bucket) ?? 0) + 1);
  }

  count(oldest: number): number {
    let n = 0;
    for (const [b, c] of this.perBucket) {
      if (b >= oldest) n += c;
      else if (c === 0) this.perBucket.delete(b);
    }
    return n;
  }

  private prune(oldest: number): void {
    for (const [m, b] of this.last) if (b < oldest) this.last.delete(m);
    for (const b of this.perBucket.keys()) if (b < oldest) this.perBucket.delete(b);
  }
}

interface Entry {
  accounts: WindowedSet;
  hits: WindowedSet;
  flag?: { id: string; until: number };
}

/**
 * Campaign counting for the memory store: bounded keys (least recently used evicted first),
 * bounded members per key, stale buckets dropped as they are touched, flags expiring lazily
 * against `now`. No timers, so replay in virtual time behaves exactly like live traffic.
 */
export function createMemoryCampaignCounter(maxKeys: number) {
  const cache = new LRUCache<string, Entry>({ max: maxKeys });
  return {
    observe({ keys, account, now, window }: CampaignObservation): CampaignKeyState[] {
      const { bucket, oldest } = windowBuckets(window, now);
      const entries = keys.map((k) => {
        let entry = cache.get(k.key);
        if (!entry) {
          entry = { accounts: new WindowedSet(), hits: new WindowedSet() };
          cache.set(k.key, entry);
        }
        if (entry.flag && entry.flag.until <= now) delete entry.flag;
        return entry;
      });
      const existing = entries.find((e) => e.flag)?.flag?.id;
      return keys.map((k, i): CampaignKeyState => {
        const entry = entries[i] as Entry;
        entry.accounts.add(account, bucket, oldest, window.maxMembers);
        if (k.hit) entry.hits.add(account, bucket, oldest, window.maxMembers);
        const accounts = entry.accounts.count(oldest);
        const hitAccounts = entry.hits.count(oldest);
        if (qualifies(accounts, hitAccounts, k.rule)) {
          const id = entry.flag?.id ?? existing ?? campaignIdFor(k.key);
          entry.flag = { id, until: now + window.flagTtlMs };
        }
        const state: CampaignKeyState = {
          key: k.key,
          accounts,
          hitAccounts,
          flagged: entry.flag !== undefined,
        };
        if (entry.flag) state.campaign = entry.flag.id;
        return state;
      });
    },
    clear() {
      cache.clear();
    },
  };
}

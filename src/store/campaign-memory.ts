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
 *
 * Most keys are only ever seen from one account (a scaffold or a network that nobody else
 * shares), so a set holds its first member inline and builds the maps only for a second one:
 * a fraction of the memory, and the same counts.
 */
class WindowedSet {
  private one: string | undefined;
  private oneAt = 0;
  private last: Map<string, number> | undefined;
  private perBucket: Map<number, number> | undefined;

  add(member: string, bucket: number, oldest: number, cap: number): void {
    if (this.last === undefined) {
      if (this.one === undefined || this.one === member) {
        // One member: what the maps would hold, {member → bucket} and {bucket → 1}.
        if (this.one === undefined && cap <= 0) return;
        this.one = member;
        this.oneAt = bucket;
        return;
      }
      this.last = new Map([[this.one, this.oneAt]]);
      this.perBucket = new Map([[this.oneAt, 1]]);
      this.one = undefined;
    }
    const last = this.last;
    const perBucket = this.perBucket as Map<number, number>;
    const seen = last.get(member);
    if (seen === bucket) return;
    if (seen === undefined && last.size >= cap) {
      this.prune(oldest);
      if (last.size >= cap) return; // saturated: counts stop growing at the cap
    }
    if (seen !== undefined) perBucket.set(seen, (perBucket.get(seen) ?? 1) - 1);
    last.set(member, bucket);
    perBucket.set(bucket, (perBucket.get(bucket) ?? 0) + 1);
  }

  count(oldest: number): number {
    if (this.perBucket === undefined) return this.one !== undefined && this.oneAt >= oldest ? 1 : 0;
    let n = 0;
    for (const [b, c] of this.perBucket) {
      if (b >= oldest) n += c;
      else if (c === 0) this.perBucket.delete(b);
    }
    return n;
  }

  private prune(oldest: number): void {
    const last = this.last as Map<string, number>;
    const perBucket = this.perBucket as Map<number, number>;
    for (const [m, b] of last) if (b < oldest) last.delete(m);
    for (const b of perBucket.keys()) if (b < oldest) perBucket.delete(b);
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

import { type CampaignObservation, campaignIdFor, qualifies, windowBuckets } from '../../store/campaign.ts';
import type { ShardObserved } from '../../store/shard-api.ts';

/**
 * The campaign half of a store shard (semantics in src/store/campaign.ts). Each (key, set,
 * account) row remembers the last bucket the account was seen in, so the distinct count over
 * the window is one indexed COUNT, the same answer as the union of per-bucket sets, exact up to
 * `maxMembers` per key and set (the memory store's rule; Redis's HyperLogLog is within ~1%).
 */
export const CAMPAIGN_SCHEMA = `
CREATE TABLE IF NOT EXISTS cmp_member (
  k TEXT NOT NULL, hit INTEGER NOT NULL, account TEXT NOT NULL, bucket INTEGER NOT NULL, expires REAL NOT NULL,
  PRIMARY KEY (k, hit, account)
);
CREATE INDEX IF NOT EXISTS cmp_member_bucket ON cmp_member (k, hit, bucket);
CREATE INDEX IF NOT EXISTS cmp_member_expires ON cmp_member (expires);
CREATE TABLE IF NOT EXISTS cmp_flag (k TEXT PRIMARY KEY, id TEXT NOT NULL, until REAL NOT NULL);
CREATE INDEX IF NOT EXISTS cmp_flag_until ON cmp_flag (until);
`;

interface Place {
  bucket: number;
  oldest: number;
  cap: number;
  expires: number;
}

function count(sql: SqlStorage, key: string, hit: number, oldest?: number): number {
  const query =
    oldest === undefined
      ? sql.exec<{ n: number }>('SELECT count(*) AS n FROM cmp_member WHERE k = ? AND hit = ?', key, hit)
      : sql.exec<{ n: number }>(
          'SELECT count(*) AS n FROM cmp_member WHERE k = ? AND hit = ? AND bucket >= ?',
          key,
          hit,
          oldest,
        );
  return query.one().n;
}

function addMember(sql: SqlStorage, key: string, hit: number, account: string, at: Place): void {
  const seen = sql
    .exec<{ bucket: number }>(
      'SELECT bucket FROM cmp_member WHERE k = ? AND hit = ? AND account = ?',
      key,
      hit,
      account,
    )
    .toArray()[0];
  if (!seen && count(sql, key, hit) >= at.cap) {
    sql.exec('DELETE FROM cmp_member WHERE k = ? AND hit = ? AND bucket < ?', key, hit, at.oldest);
    if (count(sql, key, hit) >= at.cap) return; // saturated: counts stop growing at the cap
  }
  sql.exec(
    `INSERT INTO cmp_member (k, hit, account, bucket, expires) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (k, hit, account) DO UPDATE SET bucket = excluded.bucket, expires = excluded.expires`,
    key,
    hit,
    account,
    at.bucket,
    at.expires,
  );
}

function liveFlag(sql: SqlStorage, key: string, now: number): string | null {
  const row = sql
    .exec<{ id: string; until: number }>('SELECT id, until FROM cmp_flag WHERE k = ?', key)
    .toArray()[0];
  if (!row) return null;
  if (row.until <= now) {
    sql.exec('DELETE FROM cmp_flag WHERE k = ?', key);
    return null;
  }
  return row.id;
}

export function observeCampaign(sql: SqlStorage, input: CampaignObservation): ShardObserved[] {
  const { keys, account, now, window } = input;
  const { bucket, oldest } = windowBuckets(window, now);
  const at: Place = {
    bucket,
    oldest,
    cap: window.maxMembers,
    expires: now + window.windowMs + window.bucketMs,
  };
  const priors = keys.map((k) => liveFlag(sql, k.key, now));
  const existing = priors.find((p) => p !== null) ?? null;
  return keys.map((k, i): ShardObserved => {
    addMember(sql, k.key, 0, account, at);
    if (k.hit) addMember(sql, k.key, 1, account, at);
    const accounts = count(sql, k.key, 0, oldest);
    const hitAccounts = count(sql, k.key, 1, oldest);
    const prior = priors[i] ?? null;
    let flag = prior;
    if (qualifies(accounts, hitAccounts, k.rule)) {
      flag = prior ?? existing ?? campaignIdFor(k.key);
      sql.exec(
        'INSERT INTO cmp_flag (k, id, until) VALUES (?, ?, ?) ON CONFLICT (k) DO UPDATE SET id = excluded.id, until = excluded.until',
        k.key,
        flag,
        now + window.flagTtlMs,
      );
    }
    return { key: k.key, accounts, hitAccounts, prior, flag };
  });
}

export function relabelFlag(sql: SqlStorage, key: string, from: string, to: string): void {
  sql.exec('UPDATE cmp_flag SET id = ? WHERE k = ? AND id = ?', to, key, from);
}

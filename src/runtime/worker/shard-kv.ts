import { createHll, hllAdd, hllCount } from '../../store/hll.ts';
import type { ShardTake } from '../../store/shard-api.ts';
import { type Bucket, gcra } from '../../store/types.ts';

/**
 * The key-value half of a store shard, in the Durable Object's SQLite. Every function is
 * synchronous (the SQL API is), so each RPC method runs to completion before the next is
 * delivered: that is what makes a take atomic and exact on its shard. Expiry is checked lazily
 * against the caller's clock, as in the memory store; the alarm sweeps what nobody reads again.
 */
export const KV_SCHEMA = `
CREATE TABLE IF NOT EXISTS kv (k TEXT PRIMARY KEY, v, expires REAL NOT NULL);
CREATE INDEX IF NOT EXISTS kv_expires ON kv (expires);
`;

type Value = string | number | ArrayBuffer;

export function readValue(sql: SqlStorage, key: string, now: number): Value | undefined {
  const row = sql
    .exec<{ v: Value; expires: number }>('SELECT v, expires FROM kv WHERE k = ?', key)
    .toArray()[0];
  if (!row) return undefined;
  if (row.expires <= now) {
    sql.exec('DELETE FROM kv WHERE k = ?', key);
    return undefined;
  }
  return row.v;
}

export function writeValue(sql: SqlStorage, key: string, value: Value, ttlMs: number, now: number): void {
  sql.exec(
    'INSERT INTO kv (k, v, expires) VALUES (?, ?, ?) ON CONFLICT (k) DO UPDATE SET v = excluded.v, expires = excluded.expires',
    key,
    value,
    now + Math.max(1, ttlMs),
  );
}

const tatOf = (sql: SqlStorage, key: string, now: number) => {
  const v = readValue(sql, key, now);
  return typeof v === 'number' ? v : undefined;
};

export function takeBuckets(sql: SqlStorage, buckets: Bucket[], now: number): ShardTake {
  const steps = buckets.map((b) => gcra(tatOf(sql, b.key, now), b.rule, b.cost, now));
  const allowed = steps.every((s) => s.allowed);
  if (allowed)
    buckets.forEach((b, i) => {
      const step = steps[i];
      if (step && b.cost !== 0) writeValue(sql, b.key, step.newTat, step.newTat - now, now);
    });
  return {
    allowed,
    retryAfterMs: Math.max(0, ...steps.map((s) => s.retryAfterMs)),
    before: steps.map((s) => s.tat),
    after: steps.map((s) => (allowed ? s.newTat : s.tat)),
  };
}

/** Charge or refund without an admission check (the memory store's rule, to the unit). */
export function chargeBuckets(sql: SqlStorage, buckets: Bucket[], now: number): void {
  for (const b of buckets) {
    const tat = Math.max(tatOf(sql, b.key, now) ?? now, now);
    const next = Math.max(now, tat + (b.cost * b.rule.periodMs) / b.rule.limit);
    if (next > now) writeValue(sql, b.key, next, next - now, now);
    else sql.exec('DELETE FROM kv WHERE k = ?', b.key);
  }
}

export function getString(sql: SqlStorage, key: string, now: number): string | undefined {
  const v = readValue(sql, key, now);
  return typeof v === 'string' ? v : undefined;
}

export function incrCounter(sql: SqlStorage, key: string, by: number, ttlMs: number, now: number): number {
  const v = readValue(sql, key, now);
  const next = (typeof v === 'number' ? v : 0) + by;
  if (v === undefined) writeValue(sql, key, next, ttlMs, now);
  else sql.exec('UPDATE kv SET v = ? WHERE k = ?', next, key);
  return next;
}

/** HyperLogLog registers as a 4 KiB blob (src/store/hll.ts), as in the memory store. */
export function addDistinct(sql: SqlStorage, key: string, members: string[], ttlMs: number, now: number) {
  const v = readValue(sql, key, now);
  const registers = v instanceof ArrayBuffer ? new Uint8Array(v) : createHll();
  for (const m of members) hllAdd(registers, m);
  if (v === undefined) writeValue(sql, key, registers.buffer as ArrayBuffer, ttlMs, now);
  else sql.exec('UPDATE kv SET v = ? WHERE k = ?', registers.buffer, key);
  return hllCount(registers);
}

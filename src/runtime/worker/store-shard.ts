import { DurableObject } from 'cloudflare:workers';
import type { CampaignObservation } from '../../store/campaign.ts';
import type { ShardObserved, ShardTake } from '../../store/shard-api.ts';
import type { Bucket } from '../../store/types.ts';
import { CAMPAIGN_SCHEMA, observeCampaign, relabelFlag } from './shard-campaign.ts';
import {
  addDistinct,
  chargeBuckets,
  getString,
  incrCounter,
  KV_SCHEMA,
  takeBuckets,
  writeValue,
} from './shard-kv.ts';

/** How often an idle shard sweeps expired rows, and the clock skew it allows the callers. */
const SWEEP_MS = 10 * 60_000;
const SKEW_MS = 60_000;

/**
 * One shard of the Worker's state (SQLite-backed Durable Object, `new_sqlite_classes`). Its RPC
 * methods are synchronous: the SQL API is, so no other call interleaves with one, and each is
 * atomic on this shard without a transaction. `createShardedStore` (src/store/sharded-store.ts)
 * turns a set of these into the Store contract; docs/worker.md explains the sharding.
 */
export class StoreShard extends DurableObject {
  private readonly sql: SqlStorage;
  private sweepAt: number | null = null;

  constructor(ctx: DurableObjectState, env: unknown) {
    super(ctx, env as never);
    this.sql = ctx.storage.sql;
    this.sql.exec(KV_SCHEMA);
    this.sql.exec(CAMPAIGN_SCHEMA);
    void ctx.blockConcurrencyWhile(async () => {
      this.sweepAt = await ctx.storage.getAlarm();
    });
  }

  take(buckets: Bucket[], now: number): ShardTake {
    const result = takeBuckets(this.sql, buckets, now);
    if (result.allowed) this.scheduleSweep();
    return result;
  }

  charge(buckets: Bucket[], now: number): void {
    chargeBuckets(this.sql, buckets, now);
    this.scheduleSweep();
  }

  get(key: string, now: number): string | undefined {
    return getString(this.sql, key, now);
  }

  set(key: string, value: string, ttlMs: number, now: number): void {
    writeValue(this.sql, key, value, ttlMs, now);
    this.scheduleSweep();
  }

  incr(key: string, by: number, ttlMs: number, now: number): number {
    this.scheduleSweep();
    return incrCounter(this.sql, key, by, ttlMs, now);
  }

  distinct(key: string, members: string[], ttlMs: number, now: number): number {
    this.scheduleSweep();
    return addDistinct(this.sql, key, members, ttlMs, now);
  }

  observe(input: CampaignObservation): ShardObserved[] {
    this.scheduleSweep();
    return observeCampaign(this.sql, input);
  }

  relabel(key: string, from: string, to: string): void {
    relabelFlag(this.sql, key, from, to);
  }

  /** Drop what expired (with slack for callers' clocks); come back while anything is left. */
  override async alarm(): Promise<void> {
    const cutoff = Date.now() - SKEW_MS;
    this.sql.exec('DELETE FROM kv WHERE expires <= ?', cutoff);
    this.sql.exec('DELETE FROM cmp_member WHERE expires <= ?', cutoff);
    this.sql.exec('DELETE FROM cmp_flag WHERE until <= ?', cutoff);
    this.sweepAt = null;
    const left = this.sql
      .exec<{ n: number }>(
        'SELECT (SELECT count(*) FROM kv) + (SELECT count(*) FROM cmp_member) + (SELECT count(*) FROM cmp_flag) AS n',
      )
      .one().n;
    if (left > 0) this.scheduleSweep();
  }

  private scheduleSweep(): void {
    if (this.sweepAt !== null) return;
    this.sweepAt = Date.now() + SWEEP_MS;
    void this.ctx.storage.setAlarm(this.sweepAt);
  }
}

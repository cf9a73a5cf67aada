import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { bucketsFor } from '../limits/buckets.ts';
import { LimitsConfigSchema } from '../limits/config.ts';
import { fnv1a, groupByShard, shardGroupOf, shardNameOf } from './shard-routing.ts';

describe('shard routing', () => {
  it('FNV-1a matches the reference vectors (placement must never change)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('groups every key of one entity together', () => {
    const tiers = {
      t: {
        account: { requests: { perSecond: 5, perMinute: 60 }, inputTokens: { perMinute: 1000 } },
        ip: { requests: { perMinute: 100 } },
        campaign: { requests: { perMinute: 10 } },
      },
    };
    const tier = v.parse(LimitsConfigSchema, { tiers, defaultTier: 't', suspectTier: 't' }).tiers.t!;
    const subject = { account: 'acct_0123abcd', ip: '2001:db8::1', campaign: 'cmp_abc' };
    const buckets = bucketsFor(tier, subject, { requests: 1, inputTokens: 10, outputTokens: 1, tokens: 11 });
    expect(new Set(buckets.map((b) => shardGroupOf(b.key)))).toEqual(
      new Set(['a:acct_0123abcd', 'i:2001:db8::1', 'c:cmp_abc']),
    );
    expect(shardGroupOf('risk:acct:acct_0123abcd')).toBe('a:acct_0123abcd');
    expect(shardGroupOf('s:deadbeef')).toBe('k:s:deadbeef');
  });

  it('spreads groups over the shards and keeps positions', () => {
    const names = new Set(Array.from({ length: 400 }, (_, i) => shardNameOf(`a:acct_${i}`, 16)));
    expect(names.size).toBe(16);
    expect(shardNameOf('a:x', 1)).toBe('shard-0');
    const keys = ['rl:a:acct_1:requests:1000', 'rl:i:10.0.0.1:requests:1000', 'rl:a:acct_1:requests:60000'];
    const groups = groupByShard(keys, (k) => k, 64);
    const first = groups.get(shardNameOf('a:acct_1', 64));
    expect(first?.indices).toEqual([0, 2]);
  });
});

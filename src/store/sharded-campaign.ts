import { type CampaignKeyState, type CampaignObservation, campaignIdFor } from './campaign.ts';
import type { ShardObserved, StoreShardApi } from './shard-api.ts';
import { groupByShard } from './shard-routing.ts';

/**
 * Campaign counting when the keys of one request live on several shards. Each shard counts its
 * keys in parallel (one round trip); the counts need nothing from other shards. Only the id a
 * newly flagged key takes does: "the first key in the call that was already flagged" may sit on
 * another shard. The shards report each key's flag before the call, the first one in the
 * caller's order is found here, and a newly flagged key whose shard guessed differently is
 * relabelled (a second round trip, only in the rare call where a key is flagged alongside an
 * already flagged key on another shard; until it lands, a concurrent request may read the guess).
 */
export async function observeSharded(
  input: CampaignObservation,
  shard: (name: string) => StoreShardApi,
  shards: number,
): Promise<CampaignKeyState[]> {
  const groups = [...groupByShard(input.keys, (k) => k.key, shards)];
  const observed = new Array<ShardObserved>(input.keys.length);
  const replies = await Promise.all(
    groups.map(([name, g]) => shard(name).observe({ ...input, keys: g.items })),
  );
  const shardOf = new Array<string>(input.keys.length);
  groups.forEach(([name, g], i) => {
    g.indices.forEach((at, j) => {
      observed[at] = replies[i]?.[j] as ShardObserved;
      shardOf[at] = name;
    });
  });
  const existing = observed.find((o) => o.prior !== null)?.prior ?? null;
  const relabels: Promise<void>[] = [];
  observed.forEach((o, i) => {
    if (o.prior !== null || o.flag === null) return;
    const expected = existing ?? campaignIdFor(o.key);
    if (o.flag === expected) return;
    relabels.push(shard(shardOf[i] as string).relabel(o.key, o.flag, expected));
    o.flag = expected;
  });
  await Promise.all(relabels);
  return observed.map((o): CampaignKeyState => {
    const state: CampaignKeyState = {
      key: o.key,
      accounts: o.accounts,
      hitAccounts: o.hitAccounts,
      flagged: o.flag !== null,
    };
    if (o.flag !== null) state.campaign = o.flag;
    return state;
  });
}

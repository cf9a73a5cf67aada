/**
 * Where a key lives among the shards of a sharded store (the Worker's Durable Objects).
 *
 * Keys are grouped by the entity they describe, so that everything one entity owns sits on one
 * shard: an account's rate-limit buckets and its risk snapshot (`a:` group), an IP's buckets
 * (`i:`), a flagged campaign's buckets (`c:`), and each campaign key (scaffold, system prompt,
 * tool set, network) on its own. Groups are spread over the shards by a hash, so one hot account
 * or template serialises only the accounts that happen to share its shard (1/N of them).
 */

/** FNV-1a, 32 bits: the same on every runtime and every deploy, so placement never moves. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The entity a store key belongs to. Rate-limit keys are `rl:{scope}:{id}:{unit}:{windowMs}`
 * (src/limits/buckets.ts), where an IPv6 id contains colons, so the id is what lies between the
 * scope and the last two fields. Account snapshots are `risk:acct:{id}`.
 */
export function shardGroupOf(key: string): string {
  if (key.startsWith('rl:') && key.length > 5 && key[4] === ':') {
    const end = key.lastIndexOf(':', key.lastIndexOf(':') - 1);
    if (end > 5) return `${key[3]}:${key.slice(5, end)}`;
  }
  if (key.startsWith('risk:acct:')) return `a:${key.slice(10)}`;
  return `k:${key}`;
}

/** The Durable Object name of a group's shard: `shard-{index}`, index in [0, shards). */
export function shardNameOf(group: string, shards: number): string {
  return `shard-${fnv1a(group) % Math.max(1, Math.floor(shards))}`;
}

/** Items grouped by shard, keeping each item's position in the caller's list. */
export function groupByShard<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  shards: number,
): Map<string, { indices: number[]; items: T[] }> {
  const groups = new Map<string, { indices: number[]; items: T[] }>();
  items.forEach((item, i) => {
    const name = shardNameOf(shardGroupOf(keyOf(item)), shards);
    let group = groups.get(name);
    if (!group) {
      group = { indices: [], items: [] };
      groups.set(name, group);
    }
    group.indices.push(i);
    group.items.push(item);
  });
  return groups;
}

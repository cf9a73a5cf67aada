/**
 * Cross-account campaign counting: ONE batched call per request, in every Store.
 *
 * Semantics, exactly (memory, Redis and Durable Object stores all match them, and the contract
 * suite in `test/store/contract.ts` holds them to it):
 * - Time is cut into buckets of `bucketMs`: bucket b = floor(now / bucketMs). The window is the
 *   current bucket and the W − 1 before it, W = ceil(windowMs / bucketMs).
 * - For every key in the call: add `account` to the key's account set of bucket b, and, when
 *   `hit` is true, to its hit set of bucket b. (Redis: `PFADD {key}:a:{b} account` and
 *   `PFADD {key}:h:{b} account`, each expiring after windowMs + bucketMs.)
 * - `accounts` / `hitAccounts` are the distinct members of the union of those sets over the
 *   window (Redis: `PFCOUNT` over the W bucket keys; HyperLogLog is exact in practice at the
 *   small counts the thresholds use, and within ~1% above). A store may saturate a count at
 *   `maxMembers` per key.
 * - A key qualifies when accounts ≥ rule.minAccounts, hitAccounts ≥ rule.minHitAccounts and
 *   hitAccounts ≥ rule.minHitShare × accounts. A qualifying key is flagged (or its flag renewed)
 *   until now + flagTtlMs.
 * - The flag's value is a campaign id. A key flagged in this call takes the id of the first key
 *   in the call that was already flagged, so the scaffolds, system prompts and networks of one
 *   operation share one id; with none, the id is `cmp_` + the first 12 characters of the key
 *   after its kind prefix.
 * - `flagged` is true while the key's flag exists and has not expired (it outlives the counts:
 *   a flagged scaffold stays flagged after its traffic stops, for `flagTtlMs`).
 * - Results come back in the order of `keys`, after this call's update.
 *
 * Many proxies sharing one Redis see one set of counts, so 50 accounts spread over three
 * sidecars form one campaign exactly as they would on one.
 */
export interface CampaignRule {
  minAccounts: number;
  minHitAccounts: number;
  minHitShare: number;
}

export interface CampaignKey {
  /** Namespaced and hashed, e.g. `s:` scaffold, `y:` system prompt, `x:` tool set, `n:` infrastructure. */
  key: string;
  /** Whether this request counts as a hit for the key. */
  hit: boolean;
  rule: CampaignRule;
}

export interface CampaignKeyState {
  key: string;
  accounts: number;
  hitAccounts: number;
  flagged: boolean;
  /** The campaign id when flagged. */
  campaign?: string;
}

export interface CampaignWindow {
  windowMs: number;
  bucketMs: number;
  flagTtlMs: number;
  /** Distinct accounts remembered per key and window; counts saturate here. */
  maxMembers: number;
}

export interface CampaignObservation {
  keys: CampaignKey[];
  account: string;
  now: number;
  window: CampaignWindow;
}

export function qualifies(accounts: number, hitAccounts: number, rule: CampaignRule): boolean {
  return (
    accounts >= rule.minAccounts &&
    hitAccounts >= rule.minHitAccounts &&
    hitAccounts >= rule.minHitShare * accounts
  );
}

export function campaignIdFor(key: string): string {
  return `cmp_${key.replace(/^[a-z]:/, '').slice(0, 12)}`;
}

/** The window's buckets: the current one and the oldest still counted. */
export function windowBuckets(
  window: CampaignWindow,
  now: number,
): { bucket: number; oldest: number; width: number } {
  const width = Math.max(1, Math.ceil(window.windowMs / window.bucketMs));
  const bucket = Math.floor(now / window.bucketMs);
  return { bucket, oldest: bucket - width + 1, width };
}

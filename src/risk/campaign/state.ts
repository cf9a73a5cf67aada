/**
 * Cross-account campaign counting: ONE batched call per request.
 *
 * Semantics, exactly (a Redis or Durable Object implementation must match them):
 * - Time is cut into buckets of `bucketMs`: bucket b = floor(now / bucketMs). The window is the
 *   current bucket and the W − 1 before it, W = ceil(windowMs / bucketMs).
 * - For every key in the call: add `account` to the key's account set of bucket b, and, when
 *   `hit` is true, to its hit set of bucket b. (Redis: `PFADD cmp:{key}:a:{b} account` and
 *   `PFADD cmp:{key}:h:{b} account`, each with `PEXPIRE windowMs + bucketMs`.)
 * - `accounts` / `hitAccounts` are the distinct members of the union of those sets over the
 *   window (Redis: `PFCOUNT` over the W bucket keys; HyperLogLog is exact in practice at the
 *   small counts that the thresholds use, and within ~1% above).
 * - A key qualifies when accounts ≥ rule.minAccounts, hitAccounts ≥ rule.minHitAccounts and
 *   hitAccounts ≥ rule.minHitShare × accounts. A qualifying key is flagged (or its flag is
 *   renewed) until now + flagTtlMs (Redis: `SET cmp:{key}:f {id} PX flagTtlMs`).
 * - The flag's value is a campaign id. A key flagged in this call takes the id of the first key
 *   in the call that was already flagged, so the scaffolds, system prompts and networks of one
 *   operation share one id; with none, the id is `cmp_` + the first 12 hex digits of the key.
 * - `flagged` is true when the key's flag exists and has not expired (it outlives the counts:
 *   a flagged scaffold stays flagged after its traffic stops, for `flagTtlMs`).
 * - Results come back in the order of `keys`, after this call's update.
 *
 * Many proxies sharing one Redis see one set of counts, so 50 accounts spread over three
 * proxies form one campaign exactly as they would on one.
 */
export interface CampaignRule {
  minAccounts: number;
  minHitAccounts: number;
  minHitShare: number;
}

export interface CampaignKey {
  /** Namespaced and hashed: `s:` head scaffold, `t:` tail scaffold, `y:` system prompt, `x:` tool set, `i:` imitation signature, `n:` infrastructure. */
  key: string;
  /** Whether this request counts as a hit for the key (extraction-like under the key's own rule). */
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

export interface CampaignObservation {
  keys: CampaignKey[];
  account: string;
  now: number;
}

export interface CampaignState {
  observe(input: CampaignObservation): Promise<CampaignKeyState[]>;
}

export interface CampaignWindow {
  windowMs: number;
  bucketMs: number;
  flagTtlMs: number;
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

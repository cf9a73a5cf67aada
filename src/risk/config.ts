import * as v from 'valibot';
import { FAMILIES, type Family } from './types.ts';

/**
 * The policy file's `risk:` section. Every field is optional with the default shown; unknown
 * keys are errors (a typo must not silently switch a detector off). Times are milliseconds.
 *
 * ```yaml
 * risk:
 *   families: { logprob-harvest: 1.0, censorship-alt: 0.8 }   # per-family weight on the score
 *   request: { extractionLike: 0.5, strong: 0.8 }
 *   account: { suspectAt: 0.7, halfLifeMs: 86400000 }
 *   campaign: { minAccounts: 5, minHitAccounts: 4, windowMs: 86400000 }
 *   combine: { request: 1, account: 1, campaign: 1 }
 * ```
 */
const unitNumber = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const weight = v.pipe(v.number(), v.minValue(0), v.maxValue(4));
const positiveInt = v.pipe(v.number(), v.integer(), v.minValue(1));
const durationMs = v.pipe(v.number(), v.integer(), v.minValue(1000));

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const familyWeights = Object.fromEntries(FAMILIES.map((f) => [f, v.optional(weight, 1)])) as Record<
  Family,
  v.OptionalSchema<typeof weight, 1>
>;

export const RequestRiskSchema = v.strictObject({
  /** A request at or above this risk counts as extraction-like (account share, campaign hits). */
  extractionLike: v.optional(unitNumber, 0.5),
  /** A request at or above this risk is strong evidence on its own. */
  strong: v.optional(unitNumber, 0.8),
  /** Families below this score are not mentioned in reasons. */
  reasonAt: v.optional(unitNumber, 0.3),
  /** Added (noisy-OR) to a family's score when its text had to be de-obfuscated. */
  obfuscationBoost: v.optional(unitNumber, 0.15),
});

export const AccountRiskSchema = v.strictObject({
  /** Account risk at or above this makes the account suspect. */
  suspectAt: v.optional(unitNumber, 0.7),
  /** How long suspect status lasts after the last evidence. */
  suspectTtlMs: v.optional(durationMs, 7 * DAY),
  /** Half-life of the decayed behaviour counters (shares, template counts). */
  halfLifeMs: v.optional(durationMs, DAY),
  /** Half-life of the short request-rate counter. */
  rateHalfLifeMs: v.optional(durationMs, HOUR),
  /** A template repeated this often (decayed count) is judged on its mean risk. */
  templateMin: v.optional(positiveInt, 6),
  /** Mean request risk of a repeated template that counts as templated elicitation. */
  templateRisk: v.optional(unitNumber, 0.35),
  /** SimHash Hamming distance (of 64) at or below which two prompts are near-duplicates. */
  nearDupHamming: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(16)), 3),
  /** An account idle this long is forgotten. */
  idleTtlMs: v.optional(durationMs, 30 * DAY),
});

export const CampaignRiskSchema = v.strictObject({
  /** Distinct accounts are counted over this sliding window... */
  windowMs: v.optional(durationMs, DAY),
  /** ...made of buckets this long (Redis: one HyperLogLog per bucket). */
  bucketMs: v.optional(durationMs, HOUR),
  /** A content key (scaffold, system prompt, tool set) needs this many accounts... */
  minAccounts: v.optional(positiveInt, 5),
  /** ...of which this many sent an extraction-like request with it... */
  minHitAccounts: v.optional(positiveInt, 4),
  /** ...and at least this share of its accounts did. */
  minHitShare: v.optional(unitNumber, 0.5),
  /** Accounts sending single-turn traffic under one system prompt + sampling signature + subnet. */
  imitationMinAccounts: v.optional(positiveInt, 6),
  /** Suspect accounts sharing one subnet + user agent + sampling signature. */
  infraMinAccounts: v.optional(positiveInt, 4),
  /** How long a flag lasts after the key last qualified. */
  flagTtlMs: v.optional(durationMs, 7 * DAY),
  /** Scaffolds with fewer instruction words than this are too generic to count. */
  minScaffoldWords: v.optional(positiveInt, 6),
  /** Accounts remembered per key and bucket (counts saturate here). */
  maxAccountsPerKey: v.optional(positiveInt, 512),
  /** Risk contributed by a flagged campaign. */
  flaggedRisk: v.optional(unitNumber, 0.9),
  /** Account-risk evidence from sharing flagged infrastructure (never enough alone). */
  infraEvidence: v.optional(unitNumber, 0.3),
});

export const CombineSchema = v.strictObject({
  request: v.optional(weight, 1),
  account: v.optional(weight, 1),
  campaign: v.optional(weight, 1),
});

export const RiskConfigSchema = v.strictObject({
  families: v.optional(v.strictObject(familyWeights), {}),
  request: v.optional(RequestRiskSchema, {}),
  account: v.optional(AccountRiskSchema, {}),
  campaign: v.optional(CampaignRiskSchema, {}),
  combine: v.optional(CombineSchema, {}),
});

export type RiskConfig = v.InferOutput<typeof RiskConfigSchema>;
export type RiskConfigInput = v.InferInput<typeof RiskConfigSchema>;

/** The defaults: what an absent `risk:` section means. */
export function defaultRiskConfig(): RiskConfig {
  return v.parse(RiskConfigSchema, {});
}

import * as v from 'valibot';

const count = v.pipe(v.number(), v.integer(), v.minValue(1));

/** Limits of one unit over fixed windows; each window is its own GCRA bucket. */
const WindowsSchema = v.strictObject({
  perSecond: v.optional(count),
  perMinute: v.optional(count),
  perHour: v.optional(count),
  perDay: v.optional(count),
});

const ScopeSchema = v.strictObject({
  requests: v.optional(WindowsSchema, {}),
  /** Estimated before the call from the prompt's length. */
  inputTokens: v.optional(WindowsSchema, {}),
  /** Reconciled after the call from the response's `usage`, streams included. */
  outputTokens: v.optional(WindowsSchema, {}),
  /**
   * Input and output tokens together (OpenAI's "TPM"): the input estimate is taken before the
   * call, the rest reconciled from `usage` afterwards.
   */
  tokens: v.optional(WindowsSchema, {}),
});

const TierSchema = v.strictObject({
  account: v.optional(ScopeSchema, {}),
  /** Per client IP. Off unless set: NAT and VPN exits share addresses. */
  ip: v.optional(ScopeSchema, {}),
  /** Per flagged campaign: every account the risk engine links to it shares these buckets. */
  campaign: v.optional(ScopeSchema, {}),
  /**
   * Lower `max_tokens` (`max_completion_tokens`, `max_output_tokens`) to what is left of the
   * account's output-token or total-token budget, so that one answer cannot overrun it.
   */
  capMaxTokens: v.optional(v.boolean(), false),
});

export const WINDOW_MS = {
  perSecond: 1000,
  perMinute: 60_000,
  perHour: 3_600_000,
  perDay: 86_400_000,
} as const;

export const LimitsConfigSchema = v.pipe(
  v.strictObject({
    enabled: v.optional(v.boolean(), true),
    /** Named tiers; `defaultTier` applies to every account not listed in `accounts`. */
    tiers: v.optional(
      v.record(
        v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_-]*$/, 'tier names are lower-case words')),
        TierSchema,
      ),
      {
        standard: {
          account: {
            requests: { perSecond: 50, perMinute: 3000 },
            inputTokens: { perMinute: 4_000_000 },
            outputTokens: { perMinute: 800_000 },
          },
        },
        suspect: {
          account: {
            requests: { perSecond: 1, perMinute: 20, perHour: 300, perDay: 2000 },
            inputTokens: { perMinute: 100_000 },
            outputTokens: { perMinute: 20_000, perDay: 400_000 },
          },
          campaign: { requests: { perMinute: 120 }, outputTokens: { perMinute: 100_000 } },
          capMaxTokens: true,
        },
      },
    ),
    defaultTier: v.optional(v.string(), 'standard'),
    /** The tier for accounts the risk engine judges suspect, and for `throttle` decisions. */
    suspectTier: v.optional(v.string(), 'suspect'),
    /** Explicit tier assignments: `acct_…: tier`. */
    accounts: v.optional(
      v.record(v.pipe(v.string(), v.regex(/^acct_[0-9a-f]+$/, 'keys are account ids (acct_…)')), v.string()),
      {},
    ),
    /** A bounded delay before forwarding throttled requests: `maxDelayMs × risk`. */
    tarpit: v.optional(
      v.strictObject({
        enabled: v.optional(v.boolean(), true),
        maxDelayMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(30_000)), 2000),
      }),
      {},
    ),
  }),
  v.check((c) => c.defaultTier in c.tiers, 'defaultTier must name a tier'),
  v.check((c) => c.suspectTier in c.tiers, 'suspectTier must name a tier'),
  v.check(
    (c) => Object.values(c.accounts).every((t) => t in c.tiers),
    'every account must be assigned a defined tier',
  ),
);

export type LimitsConfig = v.InferOutput<typeof LimitsConfigSchema>;
export type TierConfig = v.InferOutput<typeof TierSchema>;
export type Unit = 'requests' | 'inputTokens' | 'outputTokens' | 'tokens';

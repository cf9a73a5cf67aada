import * as v from 'valibot';
import { DEFAULT_PLAN } from './embedder.ts';

const strength = (fallback: number) =>
  v.optional(
    v.pipe(v.number(), v.minValue(0, 'a strength is at least 0'), v.maxValue(1, 'a strength is at most 1')),
    fallback,
  );

/**
 * The policy file's `watermark:` section (documented key by key in config/policy.yaml).
 *
 * ```yaml
 * watermark:
 *   enabled: true        # the global layer on all text the proxy returns
 *   epoch: 1             # key epoch: raise it to rotate every key
 *   flagged: verdict     # who gets campaign + account layers: verdict | all | none
 *   strength: { global: 0.5, campaign: 1, account: 1 }
 *   keyCacheSize: 10000  # derived account / campaign keys kept in memory
 * ```
 */
export const WatermarkConfigSchema = v.strictObject({
  enabled: v.optional(v.boolean(), true),
  epoch: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 1),
  /**
   * `verdict`: an account is flagged when the risk engine says so (suspect, a flagged campaign,
   * or an enforced `watermark` / `degrade`; never in shadow mode, which embeds nothing). `all`: every account is.
   * `none`: only the global layer, ever.
   */
  flagged: v.optional(v.picklist(['verdict', 'all', 'none']), 'verdict'),
  /** Probability that a slot of the layer is moved to its preferred variant. */
  strength: v.optional(
    v.strictObject({
      global: strength(DEFAULT_PLAN.global),
      campaign: strength(DEFAULT_PLAN.campaign),
      account: strength(DEFAULT_PLAN.account),
    }),
    {},
  ),
  keyCacheSize: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 10_000),
});

export type WatermarkConfig = v.InferOutput<typeof WatermarkConfigSchema>;

/** The config the CLI and tests use when no policy file is given: the schema's defaults. */
export function defaultWatermarkConfig(): WatermarkConfig {
  return v.parse(WatermarkConfigSchema, {});
}

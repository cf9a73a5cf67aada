import * as v from 'valibot';
import { FAMILIES, type Family, type FamilyScores } from './types.ts';

/**
 * The policy file's `decision:` section: ordered rules, first match wins, else `default`.
 * Every condition in a rule's `when` must hold (AND); an empty `when` always matches.
 * In `shadow` mode the decision is computed and recorded but the enforced action is `allow`.
 *
 * ```yaml
 * decision:
 *   mode: enforce            # or shadow
 *   default: allow
 *   rules:
 *     - { name: confirmed, when: { campaign: true, requestRiskAtLeast: 0.8 }, action: block }
 *     - { name: campaign, when: { campaign: true }, action: degrade }
 *     - { name: logprobs, when: { families: { logprob-harvest: 0.6 } }, action: degrade }
 *     - { name: enterprise, when: { tier: [enterprise], riskBelow: 0.95 }, action: allow }
 *     - { name: elevated, when: { riskAtLeast: 0.6 }, action: watermark }
 * ```
 */
export const ACTIONS = ['allow', 'throttle', 'degrade', 'watermark', 'block'] as const;
export type Action = (typeof ACTIONS)[number];

const unitNumber = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const ActionSchema = v.picklist(ACTIONS, `action must be one of ${ACTIONS.join(', ')}`);
const familyThresholds = Object.fromEntries(FAMILIES.map((f) => [f, v.optional(unitNumber)])) as Record<
  Family,
  v.OptionalSchema<typeof unitNumber, undefined>
>;

export const WhenSchema = v.strictObject({
  /** Combined risk ≥ this. */
  riskAtLeast: v.optional(unitNumber),
  /** Combined risk < this. */
  riskBelow: v.optional(unitNumber),
  requestRiskAtLeast: v.optional(unitNumber),
  accountRiskAtLeast: v.optional(unitNumber),
  /** Any listed family at or above its threshold. */
  families: v.optional(v.strictObject(familyThresholds)),
  suspect: v.optional(v.boolean()),
  /** The request belongs to a flagged campaign. */
  campaign: v.optional(v.boolean()),
  /** The account's tier is one of these (the gateway supplies the tier). */
  tier: v.optional(v.array(v.string())),
});

export const RuleSchema = v.strictObject({
  name: v.optional(v.pipe(v.string(), v.minLength(1))),
  when: v.optional(WhenSchema, {}),
  action: ActionSchema,
});

export type DecisionRuleInput = v.InferInput<typeof RuleSchema>;

const DEFAULT_RULES: DecisionRuleInput[] = [
  { name: 'campaign-confirmed', when: { campaign: true, requestRiskAtLeast: 0.8 }, action: 'block' },
  { name: 'campaign', when: { campaign: true }, action: 'degrade' },
  { name: 'suspect-extracting', when: { suspect: true, requestRiskAtLeast: 0.5 }, action: 'degrade' },
  { name: 'suspect', when: { suspect: true }, action: 'watermark' },
  { name: 'logprob-harvest', when: { families: { 'logprob-harvest': 0.6 } }, action: 'degrade' },
  { name: 'high-risk', when: { riskAtLeast: 0.85 }, action: 'degrade' },
  { name: 'elevated', when: { riskAtLeast: 0.6 }, action: 'watermark' },
  { name: 'watch', when: { accountRiskAtLeast: 0.5 }, action: 'throttle' },
];

export const DecisionConfigSchema = v.strictObject({
  mode: v.optional(v.picklist(['enforce', 'shadow'], 'mode must be enforce or shadow'), 'enforce'),
  default: v.optional(ActionSchema, 'allow'),
  rules: v.optional(v.array(RuleSchema), DEFAULT_RULES),
  /**
   * Tell the client what was decided (`x-distill-guard-action` on the response). Off by
   * default: an attacker learns nothing about the thresholds from the responses.
   */
  revealToClient: v.optional(v.boolean(), false),
});

export type DecisionConfig = v.InferOutput<typeof DecisionConfigSchema>;
export type DecisionRule = DecisionConfig['rules'][number];

export function defaultDecisionConfig(): DecisionConfig {
  return v.parse(DecisionConfigSchema, {});
}

/** What a decision reads: an `Assessment` satisfies it. */
export interface DecisionInput {
  risk: number;
  requestRisk: number;
  accountRisk: number;
  families: FamilyScores;
  suspect: boolean;
  campaign?: { flagged: boolean };
}

export interface Decision {
  /** What the policy decided. */
  action: Action;
  /** What the proxy does: `action` in enforce mode, always `allow` in shadow mode. */
  enforced: Action;
  /** The matching rule's name (`rule-N` when unnamed), or `default`. */
  rule: string;
  shadow: boolean;
}

export function decide(input: DecisionInput, config: DecisionConfig, ctx: { tier?: string } = {}): Decision {
  const shadow = config.mode === 'shadow';
  for (const [i, rule] of config.rules.entries()) {
    if (!matches(rule.when, input, ctx)) continue;
    return {
      action: rule.action,
      enforced: shadow ? 'allow' : rule.action,
      rule: rule.name ?? `rule-${i + 1}`,
      shadow,
    };
  }
  return { action: config.default, enforced: shadow ? 'allow' : config.default, rule: 'default', shadow };
}

function matches(when: DecisionRule['when'], input: DecisionInput, ctx: { tier?: string }): boolean {
  if (when.riskAtLeast !== undefined && !(input.risk >= when.riskAtLeast)) return false;
  if (when.riskBelow !== undefined && !(input.risk < when.riskBelow)) return false;
  if (when.requestRiskAtLeast !== undefined && !(input.requestRisk >= when.requestRiskAtLeast)) return false;
  if (when.accountRiskAtLeast !== undefined && !(input.accountRisk >= when.accountRiskAtLeast)) return false;
  if (when.suspect !== undefined && input.suspect !== when.suspect) return false;
  if (when.campaign !== undefined && (input.campaign?.flagged === true) !== when.campaign) return false;
  if (when.tier !== undefined && (ctx.tier === undefined || !when.tier.includes(ctx.tier))) return false;
  if (when.families !== undefined) {
    const listed = FAMILIES.filter((f) => when.families?.[f] !== undefined);
    if (listed.length > 0 && !listed.some((f) => input.families[f] >= (when.families?.[f] ?? 2)))
      return false;
  }
  return true;
}

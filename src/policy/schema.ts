import * as v from 'valibot';
import { DegradeConfigSchema } from '../degrade/config.ts';
import { LimitsConfigSchema } from '../limits/config.ts';
import { RiskConfigSchema } from '../risk/config.ts';
import { DecisionConfigSchema } from '../risk/decide.ts';
import { StoreConfigSchema } from '../store/config.ts';
import { WatermarkConfigSchema } from '../watermark/config.ts';
import { AuditSchema, GatewaySchema, IdentitySchema, UpstreamsSchema } from './gateway-schema.ts';

/**
 * The policy file. Every section is optional and every field has a default, so an empty file
 * (or none at all) is the embedded default policy. Unknown keys are errors: a typo must not
 * silently turn a protection off. Sections owned by later stages (risk, decision, limits,
 * degrade, watermark) are defined beside their code and composed here.
 */
export const PolicySchema = v.strictObject({
  version: v.optional(v.literal(1, 'version must be 1'), 1),
  upstreams: v.optional(UpstreamsSchema, {}),
  gateway: v.optional(GatewaySchema, {}),
  identity: v.optional(IdentitySchema, {}),
  audit: v.optional(AuditSchema, {}),
  store: v.optional(StoreConfigSchema, {}),
  risk: v.optional(RiskConfigSchema, {}),
  decision: v.optional(DecisionConfigSchema, {}),
  limits: v.optional(LimitsConfigSchema, {}),
  degrade: v.optional(DegradeConfigSchema, {}),
  watermark: v.optional(WatermarkConfigSchema, {}),
});

export type Policy = v.InferOutput<typeof PolicySchema>;
export type PolicyInput = v.InferInput<typeof PolicySchema>;

import type { NormalizedRequest } from '../providers/types.ts';
import type { RiskConfig } from './config.ts';
import { scoreAgenticTrace } from './families/agentic-trace.ts';
import { scoreCensorshipAlt } from './families/censorship-alt.ts';
import { scoreGraderHarvest } from './families/grader-harvest.ts';
import { scoreLogprobHarvest } from './families/logprob-harvest.ts';
import { scoreReasoningExtraction } from './families/reasoning-extraction.ts';
import { scoreSystemPromptExtract } from './families/system-prompt-extract.ts';
import { scoreTrainingDataGen } from './families/training-data-gen.ts';
import { extractFeatures, type RequestFeatures } from './features.ts';
import { type Fingerprints, fingerprintRequest } from './fingerprint.ts';
import { withoutMaterial } from './text/material.ts';
import { FAMILIES, type Family, type FamilyScores, type Score, unit, zeroFamilies } from './types.ts';

/** The request-level verdict: pure, from the request alone. */
export interface RequestScore {
  /** Combined request risk in [0, 1]. */
  risk: number;
  /** Each family's score in [0, 1]. */
  families: FamilyScores;
  /** "family: why" for every family at or above `risk.request.reasonAt`, strongest first. */
  reasons: string[];
  features: RequestFeatures;
  fingerprints: Fingerprints;
}

const SCORERS: Record<Family, (f: RequestFeatures) => Score> = {
  'reasoning-extraction': scoreReasoningExtraction,
  'grader-harvest': scoreGraderHarvest,
  'censorship-alt': scoreCensorshipAlt,
  'agentic-trace': scoreAgenticTrace,
  'training-data-gen': scoreTrainingDataGen,
  'logprob-harvest': scoreLogprobHarvest,
  'system-prompt-extract': scoreSystemPromptExtract,
};

const OBFUSCATION_WORDS = {
  invisible: 'zero-width characters',
  homoglyph: 'look-alike letters',
  spaced: 'spaced-out letters',
  leet: 'leetspeak',
  encoded: 'an encoded payload',
} as const;

/**
 * Score one request on every family. Pure and total: the same request and config give the
 * same score, and no input makes it throw. Combined risk is the strongest family plus half of
 * the second (two families at once is more suspicious than either), capped at 1.
 */
export function scoreRequest(request: NormalizedRequest, config: RiskConfig): RequestScore {
  const features = extractFeatures(request);
  const fingerprints = fingerprintRequest(request, features, config.campaign.minScaffoldWords);
  return { ...scoreWithMaterial(request, features, config), features, fingerprints };
}

/** The combined request risk alone: `scoreRequest(request, config).risk`, without fingerprints. */
export function requestRisk(request: NormalizedRequest, config: RiskConfig): number {
  return scoreWithMaterial(request, extractFeatures(request), config).risk;
}

/**
 * What quoted reference material (retrieved documents, a pasted policy or paper) adds counts at
 * this share: a model card's "instruction/response pairs" is not the user asking for some, but
 * an instruction hidden in a document still weighs something.
 */
const MATERIAL_WEIGHT = 0.45;

/** Score the request as sent, and again without its reference material; see `MATERIAL_WEIGHT`. */
function scoreWithMaterial(
  request: NormalizedRequest,
  features: RequestFeatures,
  config: RiskConfig,
): Pick<RequestScore, 'risk' | 'families' | 'reasons'> {
  const full = scoreFeatures(features, config);
  if (full.risk < config.request.reasonAt) return full;
  const stripped = withoutMaterial(request);
  if (!stripped) return full;
  const own = scoreFeatures(extractFeatures(stripped), config);
  const families = zeroFamilies();
  for (const family of FAMILIES)
    families[family] = Math.max(own.families[family], MATERIAL_WEIGHT * full.families[family]);
  const risk = Math.max(own.risk, MATERIAL_WEIGHT * full.risk);
  return {
    risk,
    families,
    reasons: risk > own.risk ? [...full.reasons, 'inside quoted reference material'] : own.reasons,
  };
}

function scoreFeatures(
  features: RequestFeatures,
  config: RiskConfig,
): Pick<RequestScore, 'risk' | 'families' | 'reasons'> {
  const families = zeroFamilies();
  const scored: { family: Family; value: number; reasons: string[] }[] = [];
  const obfuscated = features.obfuscation.length > 0;
  for (const family of FAMILIES) {
    const s = SCORERS[family](features);
    let value = unit(s.value * config.families[family]);
    // Hiding an instruction is itself evidence of intent, but only for a family already present.
    if (obfuscated && value >= 0.3) value = 1 - (1 - value) * (1 - config.request.obfuscationBoost);
    families[family] = value;
    scored.push({ family, value, reasons: s.reasons });
  }
  scored.sort((a, b) => b.value - a.value);
  const first = scored[0]?.value ?? 0;
  const second = scored[1]?.value ?? 0;
  const risk = unit(1 - (1 - first) * (1 - 0.5 * second));
  const reasons: string[] = [];
  for (const s of scored) {
    if (s.value < config.request.reasonAt || s.reasons.length === 0) continue;
    reasons.push(`${s.family}: ${s.reasons.slice(0, 3).join('; ')}`);
  }
  if (obfuscated && reasons.length > 0) {
    const how = features.obfuscation.map((o) => OBFUSCATION_WORDS[o]).join(', ');
    reasons.push(`obfuscation: instruction hidden with ${how}`);
  }
  return { risk, families, reasons };
}

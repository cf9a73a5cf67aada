import { type ClassIndex, defaultClassIndex } from './class-index.ts';
import type { LayerKeys, LayerName } from './keys.ts';
import { createScanner, type Slot } from './scanner.ts';
import { createUnitHasher, layerOf } from './units.ts';

/** Strength per layer in [0, 1]: the probability a slot of that layer is moved to its preferred variant. */
export type EmbedPlan = Readonly<Record<LayerName, number>>;

/**
 * The policy's default strengths: the global layer at partial strength on all traffic; campaign
 * and account at full strength, wherever their keys are given (config.ts uses these defaults).
 */
export const DEFAULT_PLAN: EmbedPlan = { global: 0.5, campaign: 1, account: 1 };

/** The proxy's view of a text rewriter (the same shape as `TextRewriter` in src/providers/plan.ts). */
export interface Embedder {
  /** Text safe to emit now; at most four words are held back. */
  push(delta: string): string;
  /** End of the text block: the held-back tail. */
  flush(): string;
}

/**
 * A streaming embedder for one text block. Slots of a layer whose key is missing, or whose
 * strength is 0, are left as written; the output depends only on the text, keys and plan.
 */
export function createEmbedder(
  keys: LayerKeys,
  plan: EmbedPlan = DEFAULT_PLAN,
  index?: ClassIndex,
): Embedder {
  const units = createUnitHasher();
  const decide = (slot: Slot): number => {
    const u = units.unit(slot.ctx, slot.cls);
    const layer = layerOf(units.hasher, keys.layer, u);
    const key = keys[layer];
    const strength = plan[layer];
    if (!key || strength <= 0) return slot.variant;
    const target = layer === 'campaign' ? units.classUnit(slot.cls) : u;
    const pref = units.pref(key, target, slot.cls.variants.length);
    if (pref === slot.variant) return pref;
    if (strength < 1 && units.coin(key, u) >= strength) return slot.variant;
    return pref;
  };
  return createScanner(index ?? defaultClassIndex(), decide);
}

/** The non-streamed result: what any sequence of push() calls followed by flush() concatenates to. */
export function embedText(text: string, keys: LayerKeys, plan: EmbedPlan = DEFAULT_PLAN): string {
  const embedder = createEmbedder(keys, plan);
  return embedder.push(text) + embedder.flush();
}

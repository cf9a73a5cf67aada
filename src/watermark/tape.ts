import { canonicalize } from './canonical.ts';
import { type ClassIndex, defaultClassIndex } from './class-index.ts';
import type { LayerKey, LayerName } from './keys.ts';
import { createScanner, type Slot } from './scanner.ts';
import type { SipKey } from './siphash.ts';
import { createUnitHasher, layerOf, type Unit } from './units.ts';

/** The slots of one text as the detector reads them: canonicalised, then the embedder's own scanner. */
export function observeSlots(text: string, index: ClassIndex = defaultClassIndex()): Slot[] {
  const slots: Slot[] = [];
  const scanner = createScanner(index, (slot) => {
    slots.push(slot);
    return slot.variant;
  });
  scanner.push(canonicalize(text));
  scanner.flush();
  return slots;
}

/** One unit on the tape: its digest, its class-level digest (campaign layer) and what the text wrote. */
export interface TapeUnit {
  readonly u: Unit;
  readonly cu: Unit;
  readonly m: number;
  readonly variant: number;
}

/** A corpus reduced to the first occurrence of each unit, per layer, under one epoch's layer key. */
export type Tape = Readonly<Record<LayerName, readonly TapeUnit[]>> & { readonly slots: number };

/** Slots hashed to units once (no key involved), so each epoch's tape is cheap to build. */
export interface HashedSlot extends TapeUnit {
  readonly classIndex: number;
}

export function hashSlots(texts: Iterable<string>, index: ClassIndex = defaultClassIndex()): HashedSlot[] {
  const hasher = createUnitHasher();
  const out: HashedSlot[] = [];
  for (const text of texts)
    for (const slot of observeSlots(text, index))
      out.push({
        u: hasher.unit(slot.ctx, slot.cls),
        cu: hasher.classUnit(slot.cls),
        m: slot.cls.variants.length,
        variant: slot.variant,
        classIndex: slot.cls.index,
      });
  return out;
}

/**
 * The global tape: units in corpus order, each kept at its first occurrence only, so a phrase
 * repeated across a thousand responses counts once. The campaign layer prefers one variant per
 * class (its unit is the class), so there the class is what is de-duplicated.
 */
export function buildTape(slots: readonly HashedSlot[], layerKey: SipKey): Tape {
  const { hasher } = createUnitHasher();
  const tape: Record<LayerName, TapeUnit[]> = { global: [], campaign: [], account: [] };
  const seen = new Set<string>();
  for (const s of slots) {
    const layer = layerOf(hasher, layerKey, s.u);
    const id = layer === 'campaign' ? `c${s.classIndex}` : `${s.u.lo}:${s.u.hi}`;
    if (seen.has(id)) continue;
    seen.add(id);
    tape[layer].push(s);
  }
  return { ...tape, slots: slots.length };
}

/** Matches of one layer under one key. Units per m give the exact null distribution of `matches`. */
export interface LayerCount {
  units: number;
  matches: number;
  groups: Map<number, number>;
}

export function emptyCount(): LayerCount {
  return { units: 0, matches: 0, groups: new Map() };
}

/**
 * Count the units of a layer that carry the key's preferred variant. At partial strength only the
 * units whose keyed coin fell below the strength were moved, and the detector, holding the key,
 * knows which: testing just those keeps the full signal and drops the noise. Under the null the
 * coin is independent of the text, so the selection leaves each unit a fair 1/m chance.
 */
export function countLayer(
  units: readonly TapeUnit[],
  key: LayerKey,
  opts: { strength: number; classLevel: boolean; into?: LayerCount },
  hasher = createUnitHasher(),
): LayerCount {
  const out = opts.into ?? emptyCount();
  if (opts.strength <= 0) return out;
  for (const t of units) {
    if (opts.strength < 1 && hasher.coin(key, t.u) >= opts.strength) continue;
    out.units++;
    out.groups.set(t.m, (out.groups.get(t.m) ?? 0) + 1);
    if (hasher.pref(key, opts.classLevel ? t.cu : t.u, t.m) === t.variant) out.matches++;
  }
  return out;
}

/**
 * Which two- and three-character sequences a text contains, as a bit set: one linear pass, then
 * "might this text contain literal L?" costs a few bit probes. A literal whose grams are not all
 * present is certainly absent; hash collisions only ever say "might" (never a wrong "absent").
 */

export interface Grams {
  /** Bit `hash >>> shift` is set for every gram of the text (a literal is absent when any of its grams' bits is clear). */
  bits: Int32Array;
  shift: number;
}

export const gram2 = (a: number, b: number): number => Math.imul((a << 16) ^ b, 0x9e3779b1);
export const gram3 = (a: number, b: number, c: number): number =>
  Math.imul(Math.imul((a << 16) ^ b, 0x85ebca6b) ^ c, 0xc2b2ae35);

// Letters by how common they are in English text: a gram of rare characters is a better probe.
const COMMON = ' etaoinsrhldcumfpgwybvkxjqz';

function rarity(gram: string): number {
  let r = 0;
  for (const ch of gram) {
    const i = COMMON.indexOf(ch);
    r += i >= 0 ? i : ch.charCodeAt(0) < 0x80 ? 20 : 30;
  }
  return r;
}

/**
 * The gram hashes to probe for a literal of two or more characters: its trigrams, rarest first
 * (an absent literal is then usually ruled out by the first probe), or its bigram.
 */
export function literalGrams(literal: string): number[] {
  if (literal.length < 2) throw new Error('a literal needs two characters');
  if (literal.length === 2) return [gram2(literal.charCodeAt(0), literal.charCodeAt(1))];
  const grams = new Map<number, number>();
  for (let i = 0; i + 3 <= literal.length; i++) {
    const h = gram3(literal.charCodeAt(i), literal.charCodeAt(i + 1), literal.charCodeAt(i + 2));
    grams.set(h, Math.max(grams.get(h) ?? 0, rarity(literal.slice(i, i + 3))));
  }
  return [...grams].sort((a, b) => b[1] - a[1]).map(([h]) => h);
}

function set(bits: Int32Array, h: number): void {
  bits[h >>> 5] = (bits[h >>> 5] as number) | (1 << (h & 31));
}

/** Fill `bits` (cleared here) with the grams of `text`; `bits` must hold `1 << (32 - shift)` bits. */
function build(text: string, bits: Int32Array, shift: number): void {
  bits.fill(0, 0, 1 << (27 - shift));
  const n = text.length;
  if (n < 2) return;
  let a = text.charCodeAt(0);
  let b = text.charCodeAt(1);
  set(bits, gram2(a, b) >>> shift);
  for (let i = 2; i < n; i++) {
    const c = text.charCodeAt(i);
    set(bits, gram2(b, c) >>> shift);
    set(bits, gram3(a, b, c) >>> shift);
    a = b;
    b = c;
  }
}

// The same few texts (the instructions, the user turns, the last turn) are read by every
// lexicon of a request: their gram sets are kept for the most recent ones. Each slot keeps its
// bit array between texts (typed-array allocation costs more than filling one).
const SLOTS = 8;
const texts: (string | undefined)[] = new Array(SLOTS).fill(undefined);
const sets: Grams[] = Array.from({ length: SLOTS }, () => ({ bits: new Int32Array(1 << 10), shift: 17 }));
let nextSlot = 0;

let lastSlot = 0;

export function gramsOf(text: string): Grams {
  // Lexicons of a scorer read one text in a row: the slot of the last call comes first.
  if (texts[lastSlot] === text) return sets[lastSlot] as Grams;
  for (let i = 0; i < SLOTS; i++) {
    if (texts[i] === text) {
      lastSlot = i;
      return sets[i] as Grams;
    }
  }
  // 64 to 128 bits per character keep the set sparse: few false "might"s, which cost a probe
  // of the full literal list and sometimes a regex run.
  const log = Math.min(20, Math.max(10, 32 - Math.clz32(text.length) + 7));
  const g = sets[nextSlot] as Grams;
  if (g.bits.length < 1 << (log - 5)) g.bits = new Int32Array(1 << (log - 5));
  g.shift = 32 - log;
  build(text, g.bits, g.shift);
  texts[nextSlot] = text;
  lastSlot = nextSlot;
  nextSlot = (nextSlot + 1) % SLOTS;
  return g;
}

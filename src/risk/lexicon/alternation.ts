import { gramsOf, literalGrams } from './grams.ts';
import { requiredFactors } from './literals.ts';

/**
 * A large alternation `a1|a2|…|an` that matches exactly like the one regular expression, but
 * only runs the alternatives a text can match.
 *
 * V8 tries every alternative of a big alternation at every position of the text, so a lexicon
 * of a hundred phrases costs a hundred attempts per character. Here each alternative also gets
 * its own regex and the literals it requires (`literals.ts`); one pass over the text records its
 * character grams (`grams.ts`), a few bit probes per literal then rule out nearly every
 * alternative, and only the few left are run. When too many are left, the whole alternation
 * runs as before.
 *
 * Results are the whole alternation's, exactly: `test` is true when any alternative matches;
 * `first` takes the leftmost start among the alternatives' first matches and, at equal starts,
 * the earliest alternative, which is the one the whole alternation's backtracking would take.
 */

export interface Span {
  index: number;
  end: number;
}

/** Beyond this many candidate alternatives, one pass of the whole alternation is cheaper. */
const MAX_PARTS = 32;

/**
 * The literal filter of all alternatives, flattened into typed arrays so that checking a text
 * is a tight loop of bit probes.
 * - Full check: alternative `a` owns factors `altFactors[a]…altFactors[a+1]`, factor `f` owns
 *   literal references `factorRefs[f]…factorRefs[f+1]`, and reference `r` has gram hashes
 *   `grams[refGrams[r]…refGrams[r+1]]`, rarest first.
 * - Leads: the distinct pairs of rarest grams (`leads[2i]`, `leads[2i+1]`) of the literals of
 *   each alternative's first factor, with the alternatives each leads to
 *   (`leadAlts[leadStart[i]…leadStart[i+1]]`). A probe or two per lead finds the few
 *   alternatives worth a full check, so an alternation costs about one probe per distinct lead,
 *   not per literal.
 * - An alternative with no factor is always a candidate.
 */
interface Filter {
  altFactors: Int32Array;
  factorRefs: Int32Array;
  refGrams: Int32Array;
  grams: Int32Array;
  leads: Int32Array;
  leadStart: Int32Array;
  leadAlts: Int32Array;
  always: Int32Array;
  /** Scratch, all zero between calls: which alternatives a lead pointed at in this call. */
  marked: Uint8Array;
  /** Scratch lists of one call: alternatives to check, and the candidates found. */
  maybe: Int32Array;
  out: Int32Array;
}

function filterOf(factorsByAlt: readonly string[][][]): Filter {
  const altFactors = [0];
  const factorRefs = [0];
  const refGrams = [0];
  const grams: number[] = [];
  const leadMap = new Map<string, Set<number>>();
  const always: number[] = [];
  factorsByAlt.forEach((factors, a) => {
    if (factors.length === 0) always.push(a);
    factors.forEach((set, f) => {
      for (const literal of set) {
        const lg = literalGrams(literal);
        grams.push(...lg);
        refGrams.push(grams.length);
        if (f === 0) {
          // A lead is the literal's two rarest grams (one for a two-letter literal).
          const key = `${lg[0]},${lg[1] ?? lg[0]}`;
          const to = leadMap.get(key) ?? new Set<number>();
          to.add(a);
          leadMap.set(key, to);
        }
      }
      factorRefs.push(refGrams.length - 1);
    });
    altFactors.push(factorRefs.length - 1);
  });
  const leads: number[] = [];
  const leadStart = [0];
  const leadAlts: number[] = [];
  for (const [key, to] of leadMap) {
    leads.push(...key.split(',').map(Number));
    leadAlts.push(...to);
    leadStart.push(leadAlts.length);
  }
  return {
    altFactors: Int32Array.from(altFactors),
    factorRefs: Int32Array.from(factorRefs),
    refGrams: Int32Array.from(refGrams),
    grams: Int32Array.from(grams),
    leads: Int32Array.from(leads),
    leadStart: Int32Array.from(leadStart),
    leadAlts: Int32Array.from(leadAlts),
    always: Int32Array.from(always),
    marked: new Uint8Array(factorsByAlt.length),
    maybe: new Int32Array(factorsByAlt.length),
    out: new Int32Array(factorsByAlt.length),
  };
}

/** Whether every factor of alternative `a` has a literal whose grams are all present. */
function possible(flt: Filter, a: number, bits: Int32Array, shift: number): boolean {
  const { altFactors, factorRefs, refGrams, grams } = flt;
  for (let f = altFactors[a] as number; f < (altFactors[a + 1] as number); f++) {
    let hit = false;
    for (let r = factorRefs[f] as number; !hit && r < (factorRefs[f + 1] as number); r++) {
      hit = true;
      for (let g = refGrams[r] as number; g < (refGrams[r + 1] as number); g++) {
        const h = (grams[g] as number) >>> shift;
        if (((bits[h >>> 5] as number) & (1 << (h & 31))) === 0) {
          hit = false;
          break;
        }
      }
    }
    if (!hit) return false;
  }
  return true;
}

export class Alternation {
  private parts: RegExp[] | undefined;
  private filter: Filter | undefined;
  private readonly whole: RegExp;
  private readonly flags: string;

  /**
   * `alternatives` are regex sources; `whole`, when given, must be an alternation of them
   * (same alternatives, same order) written differently, e.g. with a shared prefix.
   */
  constructor(
    private readonly alternatives: readonly string[],
    flags = 'u',
    whole?: string,
  ) {
    this.flags = flags.replace(/[gy]/g, '');
    this.whole = new RegExp(whole ?? alternatives.join('|'), `${this.flags}g`);
  }

  /** Compiled on first use: most lexicons of a long-running process are used, some never. */
  private compile(): Filter {
    // A numbered back-reference means something else once its alternative stands alone.
    const split = this.alternatives.length > 1 && !this.alternatives.some((a) => /\\[1-9]/.test(a));
    const sources = split ? this.alternatives : [this.whole.source];
    this.parts = sources.map((a) => new RegExp(a, `${this.flags}g`));
    this.filter = filterOf(
      sources.map((a) => requiredFactors(a, this.flags).filter((set) => set.every((l) => l.length >= 2))),
    );
    return this.filter;
  }

  /**
   * The alternatives that may match `text`, in order, in `filter.out[0…count)`; returns the
   * count, or -1 when too many may match. `out` is reused by the next call: read it at once.
   */
  private candidates(text: string): number {
    const flt = this.filter ?? this.compile();
    const { leads, leadStart, leadAlts, marked, maybe, out, always } = flt;
    const { bits, shift } = gramsOf(text);
    // The alternatives some lead points at (and those with no literal at all), each once.
    let checks = 0;
    for (let i = 0; i < always.length; i++) maybe[checks++] = always[i] as number;
    for (let i = 0; i < leadStart.length - 1; i++) {
      const h = (leads[2 * i] as number) >>> shift;
      if (((bits[h >>> 5] as number) & (1 << (h & 31))) === 0) continue;
      const h2 = (leads[2 * i + 1] as number) >>> shift;
      if (((bits[h2 >>> 5] as number) & (1 << (h2 & 31))) === 0) continue;
      for (let j = leadStart[i] as number; j < (leadStart[i + 1] as number); j++) {
        const a = leadAlts[j] as number;
        if (marked[a] === 0) {
          marked[a] = 1;
          maybe[checks++] = a;
        }
      }
    }
    let count = 0;
    for (let k = 0; k < checks; k++) {
      const a = maybe[k] as number;
      marked[a] = 0;
      if (!possible(flt, a, bits, shift)) continue;
      // Insertion keeps alternative order, the order the whole alternation tries them in.
      let at = count++;
      while (at > 0 && (out[at - 1] as number) > a) {
        out[at] = out[at - 1] as number;
        at--;
      }
      out[at] = a;
    }
    return count > MAX_PARTS ? -1 : count;
  }

  /**
   * False when no alternative can match `text` (each lacks a literal it requires), true when one
   * might: a cheap gate before a loop over a pattern's matches.
   */
  mayMatch(text: string): boolean {
    return this.candidates(text) !== 0;
  }

  test(text: string): boolean {
    // The engine scores a hit request again without its system prompt: the same user text.
    if (text === this.tested) return this.testResult;
    this.tested = text;
    this.testResult = this.testUncached(text);
    return this.testResult;
  }

  private tested: string | undefined;
  private testResult = false;

  private testUncached(text: string): boolean {
    const count = this.candidates(text);
    if (count < 0) {
      this.whole.lastIndex = 0;
      return this.whole.test(text);
    }
    const parts = this.parts as RegExp[];
    const out = (this.filter as Filter).out;
    for (let k = 0; k < count; k++) {
      const re = parts[out[k] as number] as RegExp;
      re.lastIndex = 0;
      if (re.test(text)) return true;
    }
    return false;
  }

  /** The first match at or after `from`, as `whole.exec` with `lastIndex = from` finds it. */
  first(text: string, from = 0): Span | null {
    return this.all(text, 1, from)[0] ?? null;
  }

  /**
   * Successive matches from `from`, as a global `exec` loop finds them (after an empty match
   * the search moves on one code unit), at most `max`.
   */
  all(text: string, max: number, from = 0): Span[] {
    const out: Span[] = [];
    if (max <= 0) return out;
    const count = this.candidates(text);
    if (count < 0) {
      const re = this.whole;
      re.lastIndex = from;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        out.push({ index: m.index, end: m.index + m[0].length });
        if (out.length >= max) break;
        if (m[0].length === 0) re.lastIndex++;
      }
      return out;
    }
    if (count === 0) return out;
    const parts = this.parts as RegExp[];
    const c = (this.filter as Filter).out;
    // Each candidate's next match at or after `at`, found once and reused until passed.
    const next: (Span | null | undefined)[] = new Array(count).fill(undefined);
    let at = from;
    while (out.length < max) {
      let best: Span | null = null;
      for (let k = 0; k < count; k++) {
        let m = next[k];
        if (m === undefined || (m !== null && m.index < at)) {
          const re = parts[c[k] as number] as RegExp;
          re.lastIndex = at;
          const r = re.exec(text);
          m = r === null ? null : { index: r.index, end: r.index + r[0].length };
          next[k] = m;
        }
        if (m !== null && (best === null || m.index < best.index)) best = m;
      }
      if (best === null) break;
      out.push(best);
      if (best.end === best.index) {
        // After an empty match the whole alternation searches again from one further on;
        // matches found before that are recomputed rather than trusted.
        at = best.end + 1;
        next.fill(undefined);
      } else at = best.end;
    }
    return out;
  }
}

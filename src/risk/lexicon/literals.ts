/**
 * Required literals of a regular expression: sets of plain strings such that every match of the
 * pattern contains at least one string of each set. `training (?:data|set)` needs "training "
 * and one of {"data", "set"}; `y(?<![a-z]y)our (?:own )?rules` needs "your " and "rules" (a
 * lookaround consumes nothing, so the letters on either side are adjacent in the match).
 *
 * This is what lets a lexicon skip the alternatives that cannot match a text (`alternation.ts`).
 * Soundness is all that matters: a set is reported only when it is truly required, and anything
 * the reader does not fully understand (classes, back-references, optional parts) contributes
 * nothing. Patterns are read with the syntax of the `u` flag and without `i`.
 */

/** What is known about one node of the pattern. */
interface Info {
  /** The node always matches exactly this text ('' for zero-width nodes). */
  exact?: string;
  /** Literal sets, each of which the node's match must hit at least once. */
  factors: string[][];
}

const ZERO: Info = { exact: '', factors: [] };
const OPAQUE: Info = { factors: [] };

/** Single-character escapes that stand for one literal character. */
const CONTROL: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };

/** How good a literal set is as a filter: long strings are rare, large sets cost probes. */
export function factorScore(set: readonly string[]): number {
  let min = Number.POSITIVE_INFINITY;
  for (const s of set) min = Math.min(min, s.length);
  return Math.min(min, 8) - Math.log2(set.length) / 4;
}

function best(factors: readonly string[][]): string[] | undefined {
  let top: string[] | undefined;
  let topScore = Number.NEGATIVE_INFINITY;
  for (const f of factors) {
    const s = factorScore(f);
    if (s > topScore) {
      top = f;
      topScore = s;
    }
  }
  return top;
}

class Reader {
  i = 0;
  constructor(readonly src: string) {}

  alternation(): Info {
    const branches: Info[] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0] as Info;
    // Each branch offers its best set; the union is required of the whole.
    const union = new Set<string>();
    for (const b of branches) {
      const set = b.exact !== undefined ? (b.exact === '' ? undefined : [b.exact]) : best(b.factors);
      if (set === undefined) return OPAQUE;
      for (const s of set) union.add(s);
    }
    return { factors: [[...union]] };
  }

  sequence(): Info {
    const factors: string[][] = [];
    let run = '';
    let exact = true;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const node = this.quantified(this.atom());
      if (node.exact !== undefined) {
        run += node.exact;
        continue;
      }
      exact = false;
      if (run !== '') factors.push([run]);
      run = '';
      factors.push(...node.factors);
    }
    if (exact) return { exact: run, factors: [] };
    if (run !== '') factors.push([run]);
    return { factors };
  }

  /** Apply a quantifier, if one follows, to `node`. */
  quantified(node: Info): Info {
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === '?' || c === '*') {
      min = 0;
      max = c === '?' ? 1 : Number.POSITIVE_INFINITY;
      this.i++;
    } else if (c === '+') {
      min = 1;
      max = Number.POSITIVE_INFINITY;
      this.i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Error(`unsupported quantifier at ${this.i}`);
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
      this.i += m[0].length;
    } else return node;
    if (this.src[this.i] === '?') this.i++;
    if (min === 0) return max === 0 ? ZERO : OPAQUE;
    if (node.exact !== undefined) {
      const repeated = node.exact.repeat(min);
      if (min === max) return { exact: repeated, factors: [] };
      return repeated === '' ? OPAQUE : { factors: [[repeated]] };
    }
    return { factors: node.factors };
  }

  atom(): Info {
    const src = this.src;
    const c = src[this.i] as string;
    if (c === '(') return this.group();
    if (c === '[') {
      this.skipClass();
      return OPAQUE;
    }
    if (c === '\\') return this.escape();
    if (c === '.') {
      this.i++;
      return OPAQUE;
    }
    if (c === '^' || c === '$') {
      this.i++;
      return ZERO;
    }
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']')
      throw new Error(`unexpected ${c} at ${this.i}`);
    // A literal character: a whole code point, so that a quantifier applies to all of it.
    const cp = src.codePointAt(this.i) as number;
    const ch = String.fromCodePoint(cp);
    this.i += ch.length;
    return { exact: ch, factors: [] };
  }

  group(): Info {
    const src = this.src;
    this.i++; // (
    let look = false;
    if (src.startsWith('?:', this.i)) this.i += 2;
    else if (src.startsWith('?=', this.i) || src.startsWith('?!', this.i)) {
      this.i += 2;
      look = true;
    } else if (src.startsWith('?<=', this.i) || src.startsWith('?<!', this.i)) {
      this.i += 3;
      look = true;
    } else if (src.startsWith('?<', this.i)) {
      const close = src.indexOf('>', this.i);
      if (close < 0) throw new Error('unterminated group name');
      this.i = close + 1;
    } else if (src[this.i] === '?') throw new Error(`unsupported group at ${this.i}`);
    const inner = this.alternation();
    if (src[this.i] !== ')') throw new Error(`unbalanced group at ${this.i}`);
    this.i++;
    // A lookaround consumes nothing: zero-width whatever it asserts.
    return look ? ZERO : inner;
  }

  skipClass(): void {
    const src = this.src;
    for (this.i++; this.i < src.length && src[this.i] !== ']'; this.i++) if (src[this.i] === '\\') this.i++;
    if (src[this.i] !== ']') throw new Error('unterminated class');
    this.i++;
  }

  escape(): Info {
    const src = this.src;
    const next = src[this.i + 1];
    if (next === undefined) throw new Error('trailing backslash');
    const rest = src.slice(this.i);
    let m = /^\\[pP]\{[^}]*\}/.exec(rest) ?? /^\\k<[^>]*>/.exec(rest);
    if (m) {
      this.i += m[0].length;
      return OPAQUE;
    }
    if (next === 'b' || next === 'B') {
      this.i += 2;
      return ZERO;
    }
    m =
      /^\\u\{([0-9a-fA-F]+)\}/.exec(rest) ??
      /^\\u([0-9a-fA-F]{4})/.exec(rest) ??
      /^\\x([0-9a-fA-F]{2})/.exec(rest);
    if (m) {
      this.i += m[0].length;
      const code = Number.parseInt(m[1] as string, 16);
      // A surrogate escaped alone may pair with its neighbour: not a literal we can rely on.
      if (code >= 0xd800 && code <= 0xdfff) return OPAQUE;
      return { exact: String.fromCodePoint(code), factors: [] };
    }
    if (next === 'c' && /[A-Za-z]/.test(src[this.i + 2] ?? '')) {
      this.i += 3;
      return { exact: String.fromCharCode((src.charCodeAt(this.i - 1) as number) % 32), factors: [] };
    }
    this.i += 2;
    const control = CONTROL[next];
    if (control !== undefined && !(next === '0' && /[0-9]/.test(src[this.i] ?? '')))
      return { exact: control, factors: [] };
    // Classes (\d \s \w and negations), back-references (\1) and anything else: opaque.
    if (/[A-Za-z0-9]/.test(next)) return OPAQUE;
    // An escaped punctuation mark is that character.
    return { exact: next, factors: [] };
  }
}

/**
 * The literal sets every match of `source` must hit, best first; empty when nothing is known
 * (including patterns this reader does not understand, and case-insensitive flags).
 */
export function requiredFactors(source: string, flags = 'u'): string[][] {
  if (!flags.includes('u') || flags.includes('i') || flags.includes('v')) return [];
  try {
    const reader = new Reader(source);
    const info = reader.alternation();
    if (reader.i !== source.length) return [];
    const factors = info.exact !== undefined ? (info.exact === '' ? [] : [[info.exact]]) : info.factors;
    return [...factors].sort((a, b) => factorScore(b) - factorScore(a));
  } catch {
    return [];
  }
}

/**
 * The top-level alternatives of a pattern (`a|b|(?:c|d)` gives `a`, `b`, `(?:c|d)`); a pattern
 * wrapped whole in one non-capturing group is unwrapped first.
 */
export function topAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  if (out.length === 1 && source.startsWith('(?:') && closes(source)) {
    const inner = topAlternatives(source.slice(3, -1));
    if (inner.length > 1) return inner;
  }
  return out;
}

/** Whether the group opened at 0 closes at the very end. */
function closes(source: string): boolean {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i === source.length - 1;
  }
  return false;
}

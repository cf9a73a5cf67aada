/**
 * Multilingual concept lexicons that stay fast on English traffic. A concept is many flat
 * alternatives in many scripts; one regex over all of them makes the engine try every
 * alternative at every position, and the non-Latin ones cost most. So the alternatives are
 * bucketed by the scripts they need (an alternative that can match ASCII text is always run),
 * and a text only runs the buckets whose scripts it contains.
 */

import { Alternation } from './alternation.ts';

/** Script bits. */
const LATIN_EXT = 1;
const CYRILLIC = 2;
const ARABIC = 4;
const DEVANAGARI = 8;
const CJK = 16;
const HANGUL = 32;
const GREEK = 64;
const HEBREW = 128;
const THAI = 256;
const OTHER = 512;

function scriptOf(code: number): number {
  if (code < 0x80) return 0;
  if (code < 0x0250 || (code >= 0x1e00 && code < 0x1f00)) return LATIN_EXT;
  if (code >= 0x0370 && code < 0x0400) return GREEK;
  if (code >= 0x0400 && code < 0x0530) return CYRILLIC;
  if (code >= 0x0590 && code < 0x0600) return HEBREW;
  if ((code >= 0x0600 && code < 0x0780) || (code >= 0xfb50 && code < 0xff00)) return ARABIC;
  if (code >= 0x0900 && code < 0x0980) return DEVANAGARI;
  if (code >= 0x0e00 && code < 0x0e80) return THAI;
  if (
    (code >= 0x1100 && code < 0x1200) ||
    (code >= 0xac00 && code < 0xd7b0) ||
    (code >= 0x3130 && code < 0x3190)
  )
    return HANGUL;
  if (
    (code >= 0x3000 && code < 0xa000) ||
    (code >= 0xf900 && code < 0xfb00) ||
    (code >= 0xff00 && code < 0xfff0)
  )
    return CJK;
  return OTHER;
}

const NON_ASCII = /[^\t\n\r -~]/;

/** The scripts present in a text, as a bit mask (0 for pure ASCII). Linear, one pass. */
export function scriptMask(text: string): number {
  if (!NON_ASCII.test(text)) return 0;
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) mask |= scriptOf(code);
  }
  return mask;
}

// Regex syntax that is not literal text: escapes, classes, lookarounds' markers.
const ESCAPE = /\\(?:p\{[^}]*\}|[a-zA-Z]|.)/g;
const CLASS = /\[(?:\\.|[^\]\\])*\]/g;
const ASCII_LETTERS = /[a-z]{2}/i;

/**
 * Which scripts an alternative needs: 0 (always run) when it has Latin words of its own, so it
 * can match ASCII text; otherwise the scripts of its literal characters.
 */
function needs(alternative: string): number {
  const literal = alternative.replace(ESCAPE, ' ').replace(CLASS, ' ');
  if (ASCII_LETTERS.test(literal) || !NON_ASCII.test(literal)) return 0;
  return scriptMask(literal);
}

/**
 * Whether every match of a regex source must begin with a Latin letter a-z. Such alternatives
 * can share one leading "not inside a word" check, which lets the engine skip most positions of
 * a text at the cost of one character test. A small parser over the regex subset the lexicons
 * use: literals, escapes, classes, groups, lookarounds and quantifiers.
 */
export function startsWithLetter(src: string): boolean {
  let i = 0;
  // Returns whether every branch of the alternation up to `)` or the end starts with a letter.
  function alternation(): boolean {
    let all = true;
    for (;;) {
      const r = sequence();
      all = all && r;
      if (src[i] === '|') {
        i++;
        continue;
      }
      return all;
    }
  }
  // One branch: walk elements until one that cannot be skipped decides.
  function sequence(): boolean {
    let decided: boolean | undefined;
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const el = element();
      const optional = quantifier();
      if (decided !== undefined || el === 'skip') continue;
      if (optional) {
        if (!el) decided = false;
        continue;
      }
      decided = el;
    }
    return decided ?? false;
  }
  function quantifier(): boolean {
    const c = src[i];
    let optional = false;
    if (c === '?' || c === '*') {
      optional = true;
      i++;
    } else if (c === '+') i++;
    else if (c === '{') {
      const m = /^\{(\d*)(?:,\d*)?\}/.exec(src.slice(i));
      if (m) {
        optional = (m[1] ?? '') === '' || Number(m[1]) === 0;
        i += m[0].length;
      } else i++;
    } else return false;
    if (src[i] === '?') i++;
    return optional;
  }
  function element(): boolean | 'skip' {
    const c = src[i] as string;
    if (c === '\\') {
      const m = /^\\(?:p\{[^}]*\}|u\{[^}]*\}|u[0-9a-f]{4}|x[0-9a-f]{2}|.)/i.exec(src.slice(i));
      i += m ? m[0].length : 2;
      return false;
    }
    if (c === '[') {
      let j = i + 1;
      let letters = src[j] !== '^';
      while (j < src.length && src[j] !== ']') {
        if (src[j] === '\\') {
          letters = false;
          j += 2;
          continue;
        }
        if (!/[a-z-]/.test(src[j] as string)) letters = false;
        j++;
      }
      i = j + 1;
      return letters;
    }
    if (c === '(') {
      i++;
      let look = false;
      if (src.startsWith('?:', i)) i += 2;
      else if (src.startsWith('?<=', i) || src.startsWith('?<!', i)) {
        i += 3;
        look = true;
      } else if (src.startsWith('?=', i) || src.startsWith('?!', i)) {
        i += 2;
        look = true;
      } else if (src.startsWith('?<', i)) i = src.indexOf('>', i) + 1;
      const r = alternation();
      i++; // ')'
      return look ? 'skip' : r;
    }
    if (c === '^' || c === '$') {
      i++;
      return false;
    }
    i++;
    return /[a-z]/.test(c);
  }
  try {
    const r = alternation();
    return i >= src.length && r;
  } catch {
    return false;
  }
}

export interface Lexicon {
  /** Whether the text matches; pass the text's `scriptMask` when testing many lexicons. */
  test(text: string, mask?: number): boolean;
  /** The first match, for debugging and tests. */
  match(text: string): string | undefined;
  /** The alternatives, for profiling. */
  readonly alternatives: readonly string[];
}

/** A lexicon from flat alternatives (the same strings `cue` takes). */
export function lex(...alternatives: string[]): Lexicon {
  const buckets = new Map<number, string[]>();
  for (const a of alternatives) {
    const key = needs(a);
    const list = buckets.get(key) ?? [];
    list.push(a);
    buckets.set(key, list);
  }
  // Alternatives that start with a Latin letter share one leading word-boundary check when
  // the whole alternation runs; alone, each carries its own.
  const run = buckets.get(0) ?? [];
  const wordy = run.filter(startsWithLetter);
  const rest = run.filter((a) => !startsWithLetter(a));
  const whole = [...(wordy.length > 0 ? [`(?<![a-z])(?:${wordy.join('|')})`] : []), ...rest];
  const always =
    run.length > 0
      ? new Alternation([...wordy.map((a) => `(?<![a-z])(?:${a})`), ...rest], 'u', whole.join('|'))
      : undefined;
  const gated: [number, Alternation][] = [];
  for (const [key, list] of buckets) if (key !== 0) gated.push([key, new Alternation(list)]);
  const all = new RegExp(alternatives.join('|'), 'u');
  return {
    alternatives,
    test(text: string, mask = scriptMask(text)): boolean {
      if (always?.test(text)) return true;
      if (mask === 0) return false;
      for (const [key, re] of gated) if ((key & mask) !== 0 && re.test(text)) return true;
      return false;
    },
    match(text: string): string | undefined {
      return all.exec(text)?.[0];
    },
  };
}

/**
 * A multilingual cue built for speed; it matches exactly what `cue(...alternatives)` matches.
 *
 * V8 runs a regex of plain literal alternatives fast (it skips ahead on their first
 * characters), but one whose alternatives start with groups, classes or lookbehinds is tried at
 * every position. So each cue is tested in two steps:
 * 1. a prefilter made of one literal that every alternative must contain (the longest run of
 *    plain characters at its top level: "training " in `training (?:data|set)`), which rejects
 *    most prompts in one fast pass;
 * 2. the full alternation, only when the prefilter matched.
 * Alternatives with no ASCII letter and at least one other letter ("训练数据", "обучающ",
 * "لتدريب") can never match plain-ASCII text, so they sit in a second pair of regexes that run
 * only when the text has non-ASCII characters.
 */

/** Regex escapes (\s, \n, \p{L}, \u0400) are not letters of the pattern's text. */
const ESCAPES = /\\(?:[pPu]\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g;
const ASCII_LETTER = /[A-Za-z]/;
const OTHER_LETTER = /[^\P{L}A-Za-z]/u;
const NON_ASCII = /[^\t\n\r -~]/;
const META = new Set(['\\', '(', ')', '[', ']', '{', '}', '|', '?', '*', '+', '.', '^', '$']);

export interface SplitCue {
  test(text: string): boolean;
}

let lastText: string | undefined;
let lastNonAscii = false;
function nonAscii(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastNonAscii = NON_ASCII.test(text);
  }
  return lastNonAscii;
}

/** Index of the `)` closing the group opened at `open`, skipping escapes and classes. */
function closeOf(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return src.length;
}

/** Split a pattern at its top-level `|`. */
function topAlternatives(src: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') i = closeOf(src, i);
    else if (c === '|') {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

const optionalAfter = (src: string, i: number) =>
  src[i] === '?' || src[i] === '*' || (src[i] === '{' && src[i + 1] === '0');

/**
 * Literals of which every match of `pattern` contains at least one, or undefined when none can
 * be found. Reads the top level: a run of plain characters, or a group of alternatives that
 * each have such literals; the candidate whose shortest literal is longest wins. A character or
 * group followed by `?`, `*` or `{0,` is optional and is not a candidate.
 */
export function requiredLiterals(pattern: string): string[] | undefined {
  const alts = topAlternatives(pattern);
  if (alts.length > 1) {
    const all: string[] = [];
    for (const a of alts) {
      const lits = requiredLiterals(a);
      if (lits === undefined) return undefined;
      all.push(...lits);
    }
    return all;
  }
  let best: string[] | undefined;
  let bestScore = 1;
  const offer = (lits: string[]) => {
    const score = Math.min(...lits.map((l) => l.length)) - (lits.length > 1 ? 0.5 : 0);
    if (score > bestScore) {
      best = lits;
      bestScore = score;
    }
  };
  let run = '';
  const flush = () => {
    if (run.length > 0) offer([run]);
    run = '';
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      i++;
      // An escaped punctuation mark is a literal character; \s, \d, \p{L} are classes.
      if (/[^A-Za-z0-9]/.test(next) && !optionalAfter(pattern, i + 1)) {
        run += next;
        continue;
      }
      flush();
      if (pattern[i + 1] === '{') i = pattern.indexOf('}', i);
      continue;
    }
    if (c === '[') {
      flush();
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
      continue;
    }
    if (c === '(') {
      flush();
      const close = closeOf(pattern, i);
      const head = pattern.slice(i + 1, i + 4);
      const lookaround =
        head.startsWith('?=') || head.startsWith('?!') || head.startsWith('?<=') || head.startsWith('?<!');
      if (!lookaround && !optionalAfter(pattern, close + 1)) {
        let inner = pattern.slice(i + 1, close);
        if (inner.startsWith('?:')) inner = inner.slice(2);
        else if (inner.startsWith('?<')) inner = inner.slice(inner.indexOf('>') + 1);
        const lits = requiredLiterals(inner);
        if (lits !== undefined) offer(lits);
      }
      i = close;
      continue;
    }
    if (META.has(c)) {
      // The quantifier makes the previous character optional: take it back out of the run.
      if (optionalAfter(pattern, i)) run = run.slice(0, -1);
      flush();
      if (c === '{') i = pattern.indexOf('}', i);
      continue;
    }
    run += c;
  }
  flush();
  return best;
}

const escapeLiteral = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

interface Part {
  hint: RegExp;
  full: RegExp;
}

function part(alternatives: string[]): Part | undefined {
  if (alternatives.length === 0) return undefined;
  const hints = new Set<string>();
  for (const a of alternatives) {
    const lits = requiredLiterals(a);
    if (lits === undefined) hints.add(`(?:${a})`);
    else for (const l of lits) hints.add(escapeLiteral(l));
  }
  return { hint: new RegExp([...hints].join('|'), 'u'), full: new RegExp(alternatives.join('|'), 'u') };
}

export function splitCue(...alternatives: string[]): SplitCue {
  const ascii: string[] = [];
  const other: string[] = [];
  for (const a of alternatives) {
    const bare = a.replace(ESCAPES, '');
    (!ASCII_LETTER.test(bare) && OTHER_LETTER.test(bare) ? other : ascii).push(a);
  }
  const a = part(ascii);
  const o = part(other);
  return {
    test: (text: string) =>
      (a?.hint.test(text) && a.full.test(text)) ||
      (o !== undefined && nonAscii(text) && o.hint.test(text) && o.full.test(text)),
  };
}

/**
 * Fast matching for large multilingual lexicons. A lexicon is one flat alternation; matching it
 * costs time per alternative at every position, so the alternatives are split by writing
 * system at load time and only the groups whose script occurs in the text are run (English
 * text never pays for the Chinese, Russian or Hindi entries, and pure-ASCII text never pays for
 * entries that need accented Latin letters). Proximity ("A within 60 characters of B, in the
 * same sentence") is checked around the matches of a rare anchor instead of with one combined
 * regular expression, so it stays linear and cheap however common the other side is.
 */

import { Alternation, type Span } from './alternation.ts';

export type Script = 'ascii' | 'latin' | 'cjk' | 'hangul' | 'cyrillic' | 'arabic' | 'devanagari' | 'other';

const SCRIPT_TESTS: readonly [Script, RegExp][] = [
  ['latin', /[\u00c0-\u024f\u1e00-\u1eff]/u],
  ['cjk', /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]/u],
  ['hangul', /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/u],
  ['cyrillic', /[\u0400-\u04ff]/u],
  ['arabic', /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/u],
  ['devanagari', /[\u0900-\u097f]/u],
  ['other', /[\u0590-\u05ff\u0e00-\u0e7f]/u],
];

/** The scripts present in a text. Plain ASCII is always assumed present. */
export function scriptsOf(text: string): Set<Script> {
  const found = new Set<Script>(['ascii']);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point.
  if (!/[^\u0000-\u007f]/u.test(text)) return found;
  for (const [script, re] of SCRIPT_TESTS) if (re.test(text)) found.add(script);
  return found;
}

/** Split a flat alternation `(?:a|b|c)` into its top-level alternatives. */
function splitTop(source: string): string[] {
  const inner =
    source.startsWith('(?:') && source.endsWith(')') && balanced(source) ? source.slice(3, -1) : source;
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i] as string;
    if (c === '\\') {
      current += c + (inner[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      current += c;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  out.push(current);
  return out.filter((a) => a.length > 0);
}

/** Whether the outer group of `(?:…)` spans the whole source (and is not `(?:a)|(?:b)`). */
function balanced(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0 && i < source.length - 1) return false;
    }
  }
  return depth === 0;
}

/**
 * The script an alternative needs. Any ASCII letter outside escapes and character classes means
 * it can match ASCII text (it may also embed other scripts), so it always runs; otherwise the
 * first non-ASCII script it contains decides.
 */
function scriptOf(alternative: string): Script {
  const letters = alternative
    .replace(/\\[pP]\{[^}]*\}|\\u\{?[0-9a-fA-F]+\}?|\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  if (/[A-Za-z]/.test(letters)) return 'ascii';
  for (const [script, re] of SCRIPT_TESTS) if (re.test(letters)) return script;
  return 'ascii';
}

export type { Span };

/** A lexicon compiled per script group. */
export class Lexicon {
  private readonly groups: { script: Script; alternation: Alternation }[];

  constructor(source: string) {
    const byScript = new Map<Script, string[]>();
    for (const a of splitTop(source)) {
      const s = scriptOf(a);
      byScript.set(s, [...(byScript.get(s) ?? []), a]);
    }
    this.groups = [...byScript].map(([script, alts]) => ({
      script,
      alternation: new Alternation(alts, 'u', `(?:${alts.join('|')})`),
    }));
  }

  test(text: string, scripts: ReadonlySet<Script>): boolean {
    for (const g of this.groups) if (scripts.has(g.script) && g.alternation.test(text)) return true;
    return false;
  }

  /** The first match, or null (earliest across groups). */
  exec(text: string, scripts: ReadonlySet<Script>): Span | null {
    let best: Span | null = null;
    for (const g of this.groups) {
      if (!scripts.has(g.script)) continue;
      const m = g.alternation.first(text);
      if (m && (best === null || m.index < best.index)) best = m;
    }
    return best;
  }

  /** Up to `max` matches per group, in text order within each group. */
  spans(text: string, scripts: ReadonlySet<Script>, max = 24): Span[] {
    const out: Span[] = [];
    for (const g of this.groups) {
      if (scripts.has(g.script)) out.push(...g.alternation.all(text, max));
    }
    return out;
  }
}

const BOUNDARY = /[.!?;。！？；\n]/u;
const LETTER = /\p{L}/u;

function lastBoundary(window: string): number {
  for (let i = window.length - 1; i >= 0; i--) if (BOUNDARY.test(window[i] as string)) return i;
  return -1;
}

/**
 * The text around the anchor spans: for each, up to `radius` characters before it (and `after`
 * characters after it, by default as many) within its sentence, the anchor included; overlapping windows merged, joined by newlines. Testing
 * a concept on this once is "the concept occurs in the same sentence, near an anchor".
 */
export function context(text: string, spans: readonly Span[], radius: number, after = radius): string {
  const parts: [number, number][] = [];
  for (const s of [...spans].sort((a, b) => a.index - b.index)) {
    let lo = Math.max(0, s.index - radius);
    while (lo > 0 && lo < s.index && LETTER.test(text[lo - 1] as string) && LETTER.test(text[lo] as string))
      lo++;
    const cutBefore = lastBoundary(text.slice(lo, s.index));
    if (cutBefore >= 0) lo += cutBefore + 1;
    let hi = Math.min(text.length, s.end + after);
    const cutAfter = text.slice(s.end, hi).search(BOUNDARY);
    if (cutAfter >= 0) hi = s.end + cutAfter;
    const last = parts[parts.length - 1];
    if (last && lo <= last[1]) last[1] = Math.max(last[1], hi);
    else parts.push([lo, hi]);
  }
  return parts.map(([lo, hi]) => text.slice(lo, hi)).join('\n');
}

/**
 * An English word start, like `word()` in cues.ts, written so that the regex engine can reject
 * most positions on the first letter before it looks behind: `your` becomes `y(?<![a-z]y)our`.
 */
export function w(stem: string): string {
  const first = stem[0] ?? '';
  if (/[a-z]/.test(first) && !/^[a-z][?*+{]/.test(stem)) return `${first}(?<![a-z]${first})${stem.slice(1)}`;
  return `(?<![a-z])(?:${stem})`;
}

// Invisible characters that text normalisation keeps (combining grapheme joiner, Hangul and
// Mongolian fillers, Khmer vowel inherents, braille blank) and the combining dot that Turkish
// capital İ leaves after lower-casing; and Unicode tag characters, which carry hidden ASCII.
const EXTRA_INVISIBLE = /\u034f|\u115f|\u1160|\u17b4|\u17b5|[\u180b-\u180f]|\u3164|\uffa0|\u2800|\u0307/gu;
const TAGS = /[\u{e0020}-\u{e007e}]+/gu;

/** The text with leftover invisibles removed and tag-character payloads appended in ASCII. */
export function cleanse(text: string): string {
  let t = text;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point.
  if (!/[^\u0000-\u007f]/u.test(t)) return t;
  t = t.replace(EXTRA_INVISIBLE, '');
  const hidden = t.match(TAGS);
  if (hidden) {
    t = t.replace(TAGS, '');
    const decoded = hidden.map((run) =>
      String.fromCharCode(...[...run].map((c) => (c.codePointAt(0) ?? 0) - 0xe0000)),
    );
    t = `${t}\n${decoded.join(' ').toLowerCase()}`;
  }
  return t;
}

import { type Candidate, matchForm } from './class-index.ts';
import { renderable } from './render.ts';
import { CLOSERS, isHSpace, isSpace, isWordStart, wordEnd } from './text-chars.ts';

/** Returned when the decision needs text that has not arrived yet. */
export const NEED = -1;

/** matchSlot's per-call memo of the words after the first (positions, ends, match forms). */
const MEMO = 8;
const memoAt: number[] = new Array(MEMO).fill(-1);
const memoEnd: number[] = new Array(MEMO).fill(0);
const memoForm: string[] = new Array(MEMO).fill('');
let memoN = 0;
const SECOND_UNREAD = -2;
const SECOND_NONE = -3;

/** tokenEnd at `s`, remembered with the word's match form for the rest of the matchSlot call. */
function formEnd(text: string, s: number, final: boolean): number {
  for (let m = 0; m < memoN; m++) if (memoAt[m] === s) return memoEnd[m]!;
  const e = tokenEnd(text, s, final);
  if (memoN < MEMO) {
    memoAt[memoN] = s;
    memoEnd[memoN] = e;
    memoForm[memoN++] = e === NEED ? '' : matchForm(text.slice(s, e));
  }
  return e;
}

/** The match form of text[s, e) (a word formEnd delimited). */
function formOf(text: string, s: number, e: number): string {
  for (let m = 0; m < memoN; m++) if (memoAt[m] === s) return memoForm[m]!;
  return matchForm(text.slice(s, e));
}

/** What the scanner knows about the text before a candidate slot. */
export interface SlotContext {
  /** Previous word in context form ('' at the start). */
  readonly prevWord: string;
  readonly sentenceStart: boolean;
}

export interface SlotHit {
  readonly candidate: Candidate;
  /** End of the slot's last word (a required comma stays outside the slot). */
  readonly end: number;
}

/**
 * Tries the candidates (longest first) for a slot whose first word is text[start, firstEnd).
 * Returns the hit, null, or NEED when the answer depends on characters past the end of `text`
 * and more may come (`final` false). Every rule reads only `text` and `ctx`, so the same text
 * gives the same answer however it was split into deltas.
 */
export function matchSlot(
  text: string,
  span: { start: number; firstEnd: number; final: boolean },
  ctx: SlotContext,
  candidates: readonly Candidate[],
): SlotHit | null | typeof NEED {
  const { start, firstEnd, final } = span;
  const n = text.length;
  // Candidates that share a first word read the same following words: each is delimited and
  // put in match form once per call (formEnd / formOf below).
  memoN = 0;
  // The second word, read once for all candidates (what the first pass of the word loop below
  // would read for each): SECOND_UNREAD until a candidate needs it, then NEED, SECOND_NONE (no
  // word there), or its end, with its match form in `secondForm`.
  let secondEnd = SECOND_UNREAD;
  let secondForm = '';
  for (const candidate of candidates) {
    const { cls, words, notBefore } = candidate;
    // Rules that need no look-ahead first, so a doomed candidate never holds text back.
    if (cls.start && !ctx.sentenceStart) continue;
    if (notBefore?.has(ctx.prevWord)) continue;
    if (!cls.articleSafe && (ctx.prevWord === 'a' || ctx.prevWord === 'an')) continue;
    let j = firstEnd;
    let ok = true;
    if (words.length > 1) {
      if (secondEnd === SECOND_UNREAD) {
        let s = j;
        while (s < n && isHSpace(text[s])) s++;
        if (s >= n) secondEnd = final ? SECOND_NONE : NEED;
        else if (s === j || !isWordStart(text, s)) secondEnd = SECOND_NONE;
        else {
          secondEnd = formEnd(text, s, final);
          if (secondEnd !== NEED) secondForm = formOf(text, s, secondEnd);
        }
      }
      if (secondEnd === NEED) return NEED;
      if (secondEnd === SECOND_NONE || secondForm !== words[1]) continue;
      j = secondEnd;
    }
    for (let k = 2; k < words.length && ok; k++) {
      let s = j;
      while (s < n && isHSpace(text[s])) s++;
      if (s >= n) {
        if (!final) return NEED;
        ok = false;
      } else if (s === j || !isWordStart(text, s)) ok = false;
      else {
        const e = formEnd(text, s, final);
        if (e === NEED) return NEED;
        ok = formOf(text, s, e) === words[k];
        j = e;
      }
    }
    if (!ok) continue;
    const end = j;
    let after = end;
    if (cls.comma) {
      // "**In short**," keeps its comma outside the emphasis.
      while (after < n && (text[after] === '*' || text[after] === '_')) after++;
      if (after >= n && !final) return NEED;
      if (text[after] !== ',') continue;
      after++;
    } else {
      const b = boundaryAfter(text, end, final);
      if (b === NEED) return NEED;
      if (!b) continue;
    }
    const checksNext = cls.notAfter.size > 0 || cls.notAfterEndings.length > 0;
    if (cls.needsWord || checksNext || cls.numberAfter) {
      let s = after;
      while (s < n && isHSpace(text[s])) s++;
      if (s >= n && !final) return NEED;
      if (cls.numberAfter) {
        const num = numberAt(text, s, final);
        if (num === NEED) return NEED;
        if (!num || s === after) continue;
      }
      const hasWord = s > after && s < n && isWordStart(text, s);
      if (cls.needsWord && !hasWord) continue;
      if (hasWord && checksNext) {
        const e = formEnd(text, s, final);
        if (e === NEED) return NEED;
        const next = formOf(text, s, e);
        if (cls.notAfter.has(next) || endsWithAny(next, cls.notAfterEndings)) continue;
      }
    }
    const slot = text.slice(start, end);
    if (cls.lowerOnly && slot !== slot.toLowerCase()) continue;
    if (!renderable(slot)) continue;
    return { candidate, end };
  }
  return null;
}

function endsWithAny(word: string, endings: readonly string[]): boolean {
  for (const end of endings) if (word.endsWith(end)) return true;
  return false;
}

/** Does a number start at `at`: a digit, or a currency sign and a digit? */
function numberAt(text: string, at: number, final: boolean): boolean | typeof NEED {
  const c = text[at];
  if (c === undefined) return false;
  if (c >= '0' && c <= '9') return true;
  if (!'$£€¥'.includes(c)) return false;
  if (at + 1 >= text.length) return final ? false : NEED;
  const d = text[at + 1]!;
  return d >= '0' && d <= '9';
}

/** End of the word at `at`, or NEED when it could still grow ("don" + "'t", "well" + "-known"). */
export function tokenEnd(text: string, at: number, final: boolean): number {
  const e = wordEnd(text, at);
  if (final) return e;
  const c = text[e];
  if (e >= text.length) return NEED;
  if ((c === "'" || c === '’' || c === '-') && e + 1 >= text.length) return NEED;
  // A lone high surrogate at the end may be the first half of a letter.
  if (e === text.length - 1 && c! >= '\uD800' && c! <= '\uDBFF') return NEED;
  return e;
}

/** May a slot end at `at`? White space, the end, or closing punctuation; "." only before a space. */
function boundaryAfter(text: string, at: number, final: boolean): boolean | typeof NEED {
  if (at >= text.length) return final ? true : NEED;
  const c = text[at]!;
  if (isSpace(c) || CLOSERS.has(c)) return true;
  if (c !== '.') return false;
  if (at + 1 >= text.length) return final ? true : NEED;
  const d = text[at + 1]!;
  return isSpace(d) || CLOSERS.has(d);
}

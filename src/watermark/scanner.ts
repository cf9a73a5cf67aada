import { type ClassIndex, matchForm, type VariantClass } from './class-index.ts';
import { render } from './render.ts';
import { matchSlot, NEED, tokenEnd } from './slot-match.ts';
import {
  contextForm,
  isHighSurrogate,
  isHSpace,
  isSpace,
  isWordStart,
  NEUTRAL,
  OPENERS,
  SENTENCE_END,
} from './text-chars.ts';

/** One slot found in the text: the class, the variant written there, and its PRF context. */
export interface Slot {
  readonly cls: VariantClass;
  readonly variant: number;
  readonly ctx: string;
}

/** Picks the variant to write at a slot (returning `slot.variant` leaves the text alone); never asked about a fixed variant. */
export type Decide = (slot: Slot) => number;

export interface Scanner {
  push(delta: string): string;
  flush(): string;
}

type Inline = { kind: 'code'; ticks: number } | { kind: 'math'; close: string } | null;

/**
 * A push scanner over Markdown-ish prose that finds variant slots and lets `decide` rewrite them.
 * Code fences, inline code, math, double-quoted spans, block quotes and indented lines pass
 * through untouched. It holds back only text whose meaning is still open (a word that may be the
 * start of a slot, a backtick run, a line start that may open a fence), at most four words, and
 * every decision reads only text already seen, so any split of the input gives the same output.
 */
export function createScanner(index: ClassIndex, decide: Decide): Scanner {
  let buf = '';
  let lineStart = true;
  let fence: { char: string; len: number } | null = null;
  let inline: Inline = null;
  let quote = false;
  let protectedLine = false;
  let sentenceStart = true;
  let prevWord = '';
  let lastChar = '';
  let apostrophe = "'";

  /** Line start: block structure. Returns the index after the indentation, or NEED. */
  function startLine(i: number, final: boolean): number {
    const n = buf.length;
    let j = i;
    let col = 0;
    while (j < n && (buf[j] === ' ' || buf[j] === '\t')) col += buf[j++] === '\t' ? 4 - (col % 4) : 1;
    if (j >= n) return final ? n : NEED;
    const c = buf[j]!;
    const runEnd = (k: number) => {
      while (k < n && buf[k] === c) k++;
      return k;
    };
    if (fence) {
      if (col <= 3 && c === fence.char) {
        const k = runEnd(j);
        if (k >= n && !final) return NEED;
        let m = k;
        while (m < n && isHSpace(buf[m])) m++;
        if (m >= n && !final) return NEED;
        if (k - j >= fence.len && (m >= n || buf[m] === '\n')) {
          fence = null;
          protectedLine = true;
          return m;
        }
      }
      return i;
    }
    if (c === '\n') {
      inline = null; // a blank line ends any unclosed inline span
      return j;
    }
    if (col <= 3 && (c === '`' || c === '~')) {
      const k = runEnd(j);
      if (k >= n && !final) return NEED;
      if (k - j >= 3) {
        fence = { char: c, len: k - j };
        inline = null;
        return j;
      }
    }
    protectedLine = c === '>' || (col >= 4 && !/[-*+0-9]/.test(c));
    sentenceStart = true;
    return j;
  }

  function run(final: boolean): string {
    let out = '';
    let i = 0;
    const n = buf.length;
    const emit = (end: number) => {
      if (end > i) {
        out += buf.slice(i, end);
        lastChar = buf[end - 1]!;
      }
      i = end;
    };
    while (i < n) {
      if (lineStart) {
        const r = startLine(i, final);
        if (r === NEED) break;
        lineStart = false;
        emit(r);
        continue;
      }
      if (fence) {
        const nl = buf.indexOf('\n', i);
        if (nl >= 0) lineStart = true;
        emit(nl < 0 ? n : nl + 1);
        continue;
      }
      const c = buf[i]!;
      if (c === '\n') {
        lineStart = true;
        quote = false;
        protectedLine = false;
        sentenceStart = true;
        emit(i + 1);
        continue;
      }
      if (isHighSurrogate(c) && i + 1 >= n && !final) break;
      if (isWordStart(buf, i)) {
        const e = tokenEnd(buf, i, final);
        if (e === NEED) break;
        const word = buf.slice(i, e);
        const candidates = index.byFirst.get(matchForm(word));
        const open =
          !inline &&
          !quote &&
          !protectedLine &&
          (lastChar === '' || isSpace(lastChar) || OPENERS.has(lastChar));
        if (candidates && open) {
          const hit = matchSlot(
            buf,
            { start: i, firstEnd: e, final },
            { prevWord, sentenceStart },
            candidates,
          );
          if (hit === NEED) break;
          if (hit) {
            const { cls, variant } = hit.candidate;
            const original = buf.slice(i, hit.end);
            if (/['’]/.test(original)) apostrophe = original.includes('’') ? '’' : "'";
            // A fixed variant is never rewritten from, so it is no slot at all: not for the
            // embedder, and not for the detector (where it would only be noise).
            const chosen = cls.fixed[variant] ? variant : decide({ cls, variant, ctx: prevWord });
            const text = chosen === variant ? original : render(cls.variants[chosen]!, original, apostrophe);
            out += text;
            lastChar = text[text.length - 1]!;
            prevWord = contextForm(text.slice(text.lastIndexOf(' ') + 1));
            sentenceStart = false;
            i = hit.end;
            continue;
          }
        }
        if (!inline && !quote && /['’]/.test(word)) apostrophe = word.includes('’') ? '’' : "'";
        prevWord = contextForm(word);
        sentenceStart = false;
        emit(e);
        continue;
      }
      const r = markup(i, final);
      if (r === NEED) break;
      emit(r);
    }
    buf = buf.slice(i);
    return out;
  }

  /** A non-word character in a line: inline spans, quotes and sentence state. Returns its end. */
  function markup(i: number, final: boolean): number {
    const n = buf.length;
    const c = buf[i]!;
    const next = i + 1 < n ? buf[i + 1] : undefined;
    if (next === undefined && !final && (c === '`' || c === '$' || c === '\\')) return NEED;
    if (c === '`') {
      let k = i;
      while (k < n && buf[k] === '`') k++;
      if (k >= n && !final) return NEED;
      if (inline?.kind === 'code') {
        if (k - i === inline.ticks) inline = null;
      } else if (!inline) inline = { kind: 'code', ticks: k - i };
      return k;
    }
    if (inline?.kind === 'code') return i + 1;
    if (c === '$') {
      if (next === '$') {
        if (inline?.kind === 'math' && inline.close === '$$') inline = null;
        else if (!inline) inline = { kind: 'math', close: '$$' };
        return i + 2;
      }
      // "$5 and $10" are prices: math opens only before a non-space, non-digit character.
      if (inline?.kind === 'math' && inline.close === '$') inline = null;
      else if (!inline && next !== undefined && !isSpace(next) && !/[0-9]/.test(next))
        inline = { kind: 'math', close: '$' };
      return i + 1;
    }
    if (c === '\\' && next !== undefined && '()[]'.includes(next)) {
      if (!inline && (next === '(' || next === '['))
        inline = { kind: 'math', close: next === '(' ? '\\)' : '\\]' };
      else if (inline?.kind === 'math' && inline.close === `\\${next}`) inline = null;
      return i + 2;
    }
    // A backslash escape (Markdown, or a JSON string's \") is one literal character: an escaped
    // quote must not toggle the quoted-span state that keeps JSON strings untouched.
    if (c === '\\' && next !== undefined && /[!-/:-@[-`{-~]/.test(next)) return i + 2;
    if (!inline) {
      if (c === '"') quote = !quote;
      else if (c === '“') quote = true;
      else if (c === '”') quote = false;
    }
    if (SENTENCE_END.has(c)) sentenceStart = true;
    else if (!isSpace(c) && !NEUTRAL.has(c)) sentenceStart = false;
    return isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
  }

  return {
    push(delta) {
      buf += delta;
      return run(false);
    },
    flush() {
      const out = run(true);
      buf = '';
      return out;
    },
  };
}

import { type Candidate, type ClassIndex, matchForm, type VariantClass } from './class-index.ts';
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

/** [A-Za-z0-9] by character code. */
const asciiAlnum = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);

/**
 * The class index's first words as a trie over ASCII codes, for words made of ASCII letters and
 * digits only (whose match form is their lower case, so both cases of a letter lead to the same
 * node): `next[node * 128 + code]` is the next node or -1, `found[node]` the candidates of the
 * word ending there.
 */
interface WordLookup {
  next: Int32Array;
  found: (readonly Candidate[] | undefined)[];
}

const lookups = new WeakMap<ClassIndex, WordLookup>();

function wordLookup(index: ClassIndex): WordLookup {
  let lookup = lookups.get(index);
  if (lookup) return lookup;
  const keys = [...index.byFirst.keys()].filter((k) => /^[a-z0-9]+$/.test(k));
  let size = 1;
  const edges: Map<number, number>[] = [new Map()];
  const found: (readonly Candidate[] | undefined)[] = [undefined];
  for (const key of keys) {
    let node = 0;
    for (let k = 0; k < key.length; k++) {
      const c = key.charCodeAt(k);
      let to = edges[node]!.get(c);
      if (to === undefined) {
        to = size++;
        edges[node]!.set(c, to);
        edges.push(new Map());
        found.push(undefined);
      }
      node = to;
    }
    found[node] = index.byFirst.get(key);
  }
  const next = new Int32Array(size * 128).fill(-1);
  edges.forEach((m, node) => {
    for (const [c, to] of m) {
      next[node * 128 + c] = to;
      // Upper case leads to the same node: a word's match form is its lower case.
      if (c >= 0x61 && c <= 0x7a) next[node * 128 + c - 0x20] = to;
    }
  });
  lookup = { next, found };
  lookups.set(index, lookup);
  return lookup;
}

const MARKUP_OTHER = 0; // ends a sentence start
const MARKUP_SENTENCE_END = 1;
const MARKUP_KEEP = 2; // white space and neutral markup: the sentence state stays
const MARKUP_SPECIAL = 3; // spans and escapes: markup() itself

/**
 * What markup() does with each ASCII character outside a code span, derived from the same sets:
 * backticks, `$`, backslashes and double quotes open, close or escape spans (SPECIAL); every
 * other character only sets the sentence state, or leaves it.
 */
const ASCII_MARKUP = (() => {
  const table = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    const c = String.fromCharCode(code);
    table[code] =
      c === '`' || c === '$' || c === '\\' || c === '"'
        ? MARKUP_SPECIAL
        : SENTENCE_END.has(c)
          ? MARKUP_SENTENCE_END
          : isSpace(c) || NEUTRAL.has(c)
            ? MARKUP_KEEP
            : MARKUP_OTHER;
  }
  return table;
})();

/** Whether a word contains an apostrophe, straight or curly. */
const hasApostrophe = (word: string) => word.includes("'") || word.includes('’');

type Inline = { kind: 'code'; ticks: number } | { kind: 'math'; close: string } | null;

/**
 * A push scanner over Markdown-ish prose that finds variant slots and lets `decide` rewrite them.
 * Code fences, inline code, math, double-quoted spans, block quotes and indented lines pass
 * through untouched. It holds back only text whose meaning is still open (a word that may be the
 * start of a slot, a backtick run, a line start that may open a fence), at most four words, and
 * every decision reads only text already seen, so any split of the input gives the same output.
 */
export function createScanner(index: ClassIndex, decide: Decide): Scanner {
  return new SlotScanner(index, decide);
}

// A class rather than closures: the scanner runs per streamed delta, and under tsx (which
// compiles with esbuild's keepNames) every closure created costs a defineProperty call.
class SlotScanner implements Scanner {
  private buf = '';
  private lineStart = true;
  private fence: { char: string; len: number } | null = null;
  private inline: Inline = null;
  private quote = false;
  private protectedLine = false;
  private sentenceStart = true;
  // The previous word's context form is needed only where a slot may start: the raw word is
  // kept (`prevRaw`, or for a plain ASCII word its place [prevAt, prevEnd) in the buffer) and
  // turned into its context form (NFKC, lower case) on first use.
  private prevWord = '';
  private prevRaw: string | undefined = undefined;
  private prevAt = -1;
  private prevEnd = -1;
  private lastChar = '';
  private apostrophe = "'";
  private readonly lookup: WordLookup;

  constructor(
    private readonly index: ClassIndex,
    private readonly decide: Decide,
  ) {
    this.lookup = wordLookup(index);
  }

  push(delta: string): string {
    this.buf += delta;
    return this.run(false);
  }

  flush(): string {
    const out = this.run(true);
    this.buf = '';
    return out;
  }

  private context(): string {
    if (this.prevAt >= 0) {
      this.prevRaw = this.buf.slice(this.prevAt, this.prevEnd);
      this.prevAt = -1;
    }
    if (this.prevRaw !== undefined) {
      this.prevWord = contextForm(this.prevRaw);
      this.prevRaw = undefined;
    }
    return this.prevWord;
  }

  /** Line start: block structure. Returns the index after the indentation, or NEED. */
  private startLine(i: number, final: boolean): number {
    const buf = this.buf;
    const n = buf.length;
    let j = i;
    let col = 0;
    while (j < n && (buf[j] === ' ' || buf[j] === '\t')) col += buf[j++] === '\t' ? 4 - (col % 4) : 1;
    if (j >= n) return final ? n : NEED;
    const c = buf[j]!;
    const fence = this.fence;
    if (fence) {
      if (col <= 3 && c === fence.char) {
        const k = runEnd(buf, j, c);
        if (k >= n && !final) return NEED;
        let m = k;
        while (m < n && isHSpace(buf[m])) m++;
        if (m >= n && !final) return NEED;
        if (k - j >= fence.len && (m >= n || buf[m] === '\n')) {
          this.fence = null;
          this.protectedLine = true;
          return m;
        }
      }
      return i;
    }
    if (c === '\n') {
      this.inline = null; // a blank line ends any unclosed inline span
      return j;
    }
    if (col <= 3 && (c === '`' || c === '~')) {
      const k = runEnd(buf, j, c);
      if (k >= n && !final) return NEED;
      if (k - j >= 3) {
        this.fence = { char: c, len: k - j };
        this.inline = null;
        return j;
      }
    }
    this.protectedLine = c === '>' || (col >= 4 && !/[-*+0-9]/.test(c));
    this.sentenceStart = true;
    return j;
  }

  private run(final: boolean): string {
    const buf = this.buf;
    const lookup = this.lookup;
    let out = '';
    let i = 0;
    // Text passed through unchanged is copied out in one slice per run of it (from `from` to
    // `i`), not character by character; `lastAt` is where the last character passed is in `buf`
    // (-1: `this.lastChar` is current).
    let from = 0;
    let lastAt = -1;
    const n = buf.length;
    while (i < n) {
      if (this.lineStart) {
        const r = this.startLine(i, final);
        if (r === NEED) break;
        this.lineStart = false;
        if (r > i) lastAt = r - 1;
        i = r;
        continue;
      }
      if (this.fence) {
        const nl = buf.indexOf('\n', i);
        if (nl >= 0) this.lineStart = true;
        const r = nl < 0 ? n : nl + 1;
        if (r > i) lastAt = r - 1;
        i = r;
        continue;
      }
      const code = buf.charCodeAt(i);
      if (code === 0x20) {
        // A space: markup() would change no state (the commonest character by far).
        lastAt = i++;
        continue;
      }
      if (code === 0x0a) {
        this.lineStart = true;
        this.quote = false;
        this.protectedLine = false;
        this.sentenceStart = true;
        lastAt = i++;
        continue;
      }
      if (code < 0x80 && !asciiAlnum(code)) {
        const kind = ASCII_MARKUP[code]!;
        if (kind !== MARKUP_SPECIAL) {
          // Punctuation markup() would only read for the sentence state (see ASCII_MARKUP).
          if (this.inline?.kind !== 'code') {
            if (kind === MARKUP_SENTENCE_END) this.sentenceStart = true;
            else if (kind === MARKUP_OTHER) this.sentenceStart = false;
          }
          lastAt = i++;
          continue;
        }
      }
      if (code >= 0xd800 && code <= 0xdbff && i + 1 >= n && !final) break;
      // An ASCII word (letters and digits only) is delimited and looked up in one pass, without
      // slicing it out; anything else takes the general path. Both give the same token and the
      // same candidates.
      let e = -1;
      let candidates: readonly Candidate[] | undefined;
      let plain = false;
      if (asciiAlnum(code)) {
        let j = i;
        let node = 0;
        for (; j < n; j++) {
          const ch = buf.charCodeAt(j);
          if (!asciiAlnum(ch)) break;
          if (node >= 0) node = lookup.next[node * 128 + ch]!;
        }
        if (j >= n) {
          if (!final) break;
          e = j;
          plain = true;
        } else {
          const stop = buf.charCodeAt(j);
          if (stop < 0x80 && stop !== 0x27 && stop !== 0x2d) {
            e = j;
            plain = true;
          }
        }
        if (plain) candidates = node >= 0 ? lookup.found[node] : undefined;
      }
      if (plain || isWordStart(buf, i)) {
        if (!plain) {
          e = tokenEnd(buf, i, final);
          if (e === NEED) break;
          candidates = this.index.byFirst.get(matchForm(buf.slice(i, e)));
        }
        if (candidates && !this.inline && !this.quote && !this.protectedLine) {
          const lc = lastAt >= 0 ? (buf.charCodeAt(lastAt) === 0x20 ? ' ' : buf[lastAt]!) : this.lastChar;
          if (lc === ' ' || lc === '' || isSpace(lc) || OPENERS.has(lc)) {
            const hit = matchSlot(
              buf,
              { start: i, firstEnd: e, final },
              { prevWord: this.context(), sentenceStart: this.sentenceStart },
              candidates,
            );
            if (hit === NEED) break;
            if (hit) {
              const { cls, variant } = hit.candidate;
              const original = buf.slice(i, hit.end);
              if (hasApostrophe(original)) this.apostrophe = original.includes('’') ? '’' : "'";
              // A fixed variant is never rewritten from, so it is no slot at all: not for the
              // embedder, and not for the detector (where it would only be noise).
              const chosen = cls.fixed[variant] ? variant : this.decide({ cls, variant, ctx: this.prevWord });
              if (chosen === variant) {
                lastAt = hit.end - 1;
                this.prevRaw = original.slice(original.lastIndexOf(' ') + 1);
              } else {
                const text = render(cls.variants[chosen]!, original, this.apostrophe);
                out += buf.slice(from, i) + text;
                from = hit.end;
                this.lastChar = text[text.length - 1]!;
                lastAt = -1;
                this.prevRaw = text.slice(text.lastIndexOf(' ') + 1);
              }
              this.prevAt = -1;
              this.sentenceStart = false;
              i = hit.end;
              continue;
            }
          }
        }
        if (plain) {
          this.prevAt = i;
          this.prevEnd = e;
        } else {
          const word = buf.slice(i, e);
          if (!this.inline && !this.quote && hasApostrophe(word))
            this.apostrophe = word.includes('’') ? '’' : "'";
          this.prevRaw = word;
          this.prevAt = -1;
        }
        this.sentenceStart = false;
        lastAt = e - 1;
        i = e;
        continue;
      }
      const r = this.markup(i, final, buf[i]!);
      if (r === NEED) break;
      if (r > i) lastAt = r - 1;
      i = r;
    }
    if (lastAt >= 0) this.lastChar = buf[lastAt]!;
    if (this.prevAt >= 0) {
      this.prevRaw = buf.slice(this.prevAt, this.prevEnd);
      this.prevAt = -1;
    }
    out += buf.slice(from, i);
    this.buf = buf.slice(i);
    return out;
  }

  /** A non-word character in a line: inline spans, quotes and sentence state. Returns its end. */
  private markup(i: number, final: boolean, c: string): number {
    const buf = this.buf;
    const n = buf.length;
    const inline = this.inline;
    const next = i + 1 < n ? buf[i + 1] : undefined;
    if (next === undefined && !final && (c === '`' || c === '$' || c === '\\')) return NEED;
    if (c === '`') {
      let k = i;
      while (k < n && buf[k] === '`') k++;
      if (k >= n && !final) return NEED;
      if (inline?.kind === 'code') {
        if (k - i === inline.ticks) this.inline = null;
      } else if (!inline) this.inline = { kind: 'code', ticks: k - i };
      return k;
    }
    if (inline?.kind === 'code') return i + 1;
    if (c === '$') {
      if (next === '$') {
        if (inline?.kind === 'math' && inline.close === '$$') this.inline = null;
        else if (!inline) this.inline = { kind: 'math', close: '$$' };
        return i + 2;
      }
      // "$5 and $10" are prices: math opens only before a non-space, non-digit character.
      if (inline?.kind === 'math' && inline.close === '$') this.inline = null;
      else if (!inline && next !== undefined && !isSpace(next) && !/[0-9]/.test(next))
        this.inline = { kind: 'math', close: '$' };
      return i + 1;
    }
    if (c === '\\' && next !== undefined && '()[]'.includes(next)) {
      if (!inline && (next === '(' || next === '['))
        this.inline = { kind: 'math', close: next === '(' ? '\\)' : '\\]' };
      else if (inline?.kind === 'math' && inline.close === `\\${next}`) this.inline = null;
      return i + 2;
    }
    // A backslash escape (Markdown, or a JSON string's \") is one literal character: an escaped
    // quote must not toggle the quoted-span state that keeps JSON strings untouched.
    if (c === '\\' && next !== undefined && /[!-/:-@[-`{-~]/.test(next)) return i + 2;
    if (!inline) {
      if (c === '"') this.quote = !this.quote;
      else if (c === '“') this.quote = true;
      else if (c === '”') this.quote = false;
    }
    if (SENTENCE_END.has(c)) this.sentenceStart = true;
    else if (!isSpace(c) && !NEUTRAL.has(c)) this.sentenceStart = false;
    return isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
  }
}

/** End of the run of `c` that starts at `k`. */
function runEnd(buf: string, k: number, c: string): number {
  let j = k;
  while (j < buf.length && buf[j] === c) j++;
  return j;
}

/** Character classes shared by the scanner and the detector's canonicaliser. */

/** A word token: letters and digits, with inner apostrophes or hyphens ("don't", "well-known"). */
export const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*/uy;
const WORD_START = /[\p{L}\p{N}]/uy;

// The scanner asks these per character and per word; a sticky Unicode regex costs ~20 ns a call
// here, so ASCII (nearly all of English prose) is answered from the character code and only the
// rest goes to the regexes. The answers are the same: in ASCII, \p{L} and \p{N} are [A-Za-z0-9]
// and \p{M} is empty.

/** [A-Za-z0-9] by character code. */
const isAsciiAlnum = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);

export function isWordStart(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0x80) return isAsciiAlnum(c);
  WORD_START.lastIndex = at;
  return WORD_START.test(text);
}

/** End of the word token starting at `at` (which must be a word start). */
export function wordEnd(text: string, at: number): number {
  const n = text.length;
  let i = at;
  while (i < n && isAsciiAlnum(text.charCodeAt(i))) i++;
  if (i > at) {
    // An ASCII run that stops at the end, or at an ASCII character that cannot continue a word
    // (only ' and - can, besides letters and digits), is the whole token.
    if (i >= n) return n;
    const c = text.charCodeAt(i);
    if (c < 0x80 && c !== 0x27 && c !== 0x2d) return i;
  }
  WORD.lastIndex = at;
  WORD.exec(text);
  return WORD.lastIndex;
}

/** JavaScript's `\s` (WhiteSpace and LineTerminator) by character code. */
function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export const isHighSurrogate = (c: string | undefined) => c !== undefined && c >= '\uD800' && c <= '\uDBFF';
/** Horizontal white space: separates the words of one variant (never a line break). */
export const isHSpace = (c: string | undefined) =>
  c !== undefined && c !== '\n' && isSpaceCode(c.charCodeAt(0));
/** `c` is one character (or undefined past the end of the text). */
export const isSpace = (c: string | undefined) => c !== undefined && isSpaceCode(c.charCodeAt(0));

/** What may stand right before a slot: an opening bracket, quote, emphasis marker or dash. */
export const OPENERS = new Set(['(', '[', '{', '"', '“', '‘', '*', '_', '—', '–']);
/** What may stand right after a slot's last word (besides white space and the end). */
export const CLOSERS = new Set([
  ',',
  ';',
  ':',
  '!',
  '?',
  ')',
  ']',
  '}',
  '"',
  '”',
  '’',
  "'",
  '*',
  '_',
  '—',
  '–',
]);
/** Characters that end a sentence: the next word may take a start-of-sentence variant. */
export const SENTENCE_END = new Set(['.', '!', '?', ':']);
/** Characters that leave the sentence-start state as it was (markup and list markers). */
export const NEUTRAL = new Set(['*', '_', '#', '>', '-', '+', '(', '[', '{', '"', "'", '“', '‘', '`']);

/** Whether every character of `s` is ASCII. */
function ascii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** The form a previous word takes as PRF context: NFKC, lower case, straight apostrophes. */
export function contextForm(word: string): string {
  // NFKC leaves ASCII as it is, and an ASCII word has no curly apostrophe.
  if (ascii(word)) return word.toLowerCase();
  return word.normalize('NFKC').toLowerCase().replace(/’/g, "'");
}

/** Character classes shared by the scanner and the detector's canonicaliser. */

/** A word token: letters and digits, with inner apostrophes or hyphens ("don't", "well-known"). */
export const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*/uy;
const WORD_START = /[\p{L}\p{N}]/uy;

export function isWordStart(text: string, at: number): boolean {
  WORD_START.lastIndex = at;
  return WORD_START.test(text);
}

/** End of the word token starting at `at` (which must be a word start). */
export function wordEnd(text: string, at: number): number {
  WORD.lastIndex = at;
  WORD.exec(text);
  return WORD.lastIndex;
}

export const isHighSurrogate = (c: string | undefined) => c !== undefined && c >= '\uD800' && c <= '\uDBFF';
/** Horizontal white space: separates the words of one variant (never a line break). */
export const isHSpace = (c: string | undefined) => c !== undefined && c !== '\n' && /\s/.test(c);
export const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

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

/** The form a previous word takes as PRF context: NFKC, lower case, straight apostrophes. */
export function contextForm(word: string): string {
  return word.normalize('NFKC').toLowerCase().replace(/’/g, "'");
}

import { foldConfusables } from './confusables.ts';

const DOTLESS_I = /ı/gu;
const ARABIC_MARKS = /[\u064b-\u065f\u0670\u0640]/u;
const ARABIC_MARKS_ALL = /[\u064b-\u065f\u0670\u0640]/gu;

import { decodeEmbedded } from './decode-embedded.ts';

/**
 * Text normalisation before any detector looks at a prompt. Obfuscation tricks are undone so
 * that the same rules see the same words:
 * - Unicode NFKC (fullwidth and mathematical letters, compatibility spaces);
 * - zero-width, soft hyphen and bidi controls removed (they survive NFKC);
 * - confusable homoglyphs folded to Latin (`foldConfusables`);
 * - spaced-out letters joined ("s h o w  m e" → "show me");
 * - leetspeak undone inside words that mix letters and digits ("1gn0re" → "ignore");
 * - embedded base64 / hex / percent-encoded payloads decoded and appended.
 */
export interface NormalizedText {
  /** NFKC, invisibles removed, homoglyphs folded, spacing joined; case kept (for masking). */
  clean: string;
  /** `clean` lower-cased with leetspeak undone, plus decoded payloads: what the cues scan. */
  scan: string;
  /** Which obfuscations were found, for reasons. */
  obfuscation: Obfuscation[];
}

export type Obfuscation = 'invisible' | 'homoglyph' | 'spaced' | 'leet' | 'encoded';

// Zero-width (U+200B–U+200D, U+2060–U+2064, U+FEFF), soft hyphen, bidi embeddings, overrides
// and isolates (U+202A–U+202E, U+2066–U+2069), marks (U+200E, U+200F, U+061C), variation selectors.
export const INVISIBLE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: variation selectors are stripped singly, on purpose.
  /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufe00-\ufe0f\ufeff]/g;
// Three or more single letters separated by single separators; word gaps may be 2-3 spaces.
const SPACED = /(?<![\p{L}\p{N}])\p{L}(?:(?: {1,3}|[.\-_*|])\p{L}(?![\p{L}\p{N}])){3,}/gu;
// Latin words only: digits next to CJK or Cyrillic are counts and dates, not leetspeak.
const LEET_WORD = /(?<![\p{L}\p{N}])[a-z0-9@$]*[a-z][a-z0-9@$]*(?![\p{L}\p{N}])/gu;
const LEET_HINT = /[a-z][013457@$]|[013457@$][a-z]/;
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};

// Anything outside printable ASCII (and tab/newline): only such text needs NFKC and folding.
const NON_ASCII = /[^\t\n\r -~]/;
// Pre-checks for the spaced-letter pass: three single letters with separators between them.
const SPACED_HINT_ASCII = /(?:^|[^A-Za-z])[A-Za-z][ .\-_*|][A-Za-z][ .\-_*|][A-Za-z](?:[^A-Za-z]|$)/;
const SPACED_HINT_OTHER = /[\u00a0-\uffff] {1,3}[\u00a0-\uffff] {1,3}[\u00a0-\uffff]/;

function joinSpacedLetters(text: string): string {
  if (!SPACED_HINT_ASCII.test(text) && !SPACED_HINT_OTHER.test(text)) return text;
  return text.replace(SPACED, joinSpaced);
}

export function normalizeText(input: string): NormalizedText {
  const obfuscation: Obfuscation[] = [];
  const nonAscii = NON_ASCII.test(input);
  let text = nonAscii ? input.normalize('NFKC') : input;
  const visible = nonAscii ? text.replace(INVISIBLE, '') : text;
  if (visible.length !== text.length) obfuscation.push('invisible');
  // Arabic short-vowel marks (harakat, tatweel) are optional in writing: read the bare letters.
  text = nonAscii && ARABIC_MARKS.test(visible) ? visible.replace(ARABIC_MARKS_ALL, '') : visible;
  const folded = nonAscii ? foldConfusables(text) : text;
  // Turkish and Azerbaijani write the dotless ı in Latin words: folded, it is no obfuscation.
  if (folded !== text && folded !== text.replace(DOTLESS_I, 'i')) obfuscation.push('homoglyph');
  text = folded;
  const joined = joinSpacedLetters(text);
  if (joined !== text) obfuscation.push('spaced');
  const clean = joined;
  const lower = clean.toLowerCase();
  const deleet = LEET_HINT.test(lower) ? lower.replace(LEET_WORD, undoLeet) : lower;
  if (deleet !== lower) obfuscation.push('leet');
  let scan = deleet;
  const payloads = decodeEmbedded(clean);
  if (payloads.length > 0) {
    obfuscation.push('encoded');
    // One level only: a payload inside a payload is still read, but not decoded again.
    for (const payload of payloads) scan += `\n${normalizeShallow(payload)}`;
  }
  return { clean, scan, obfuscation };
}

/** Normalise without decoding: used for decoded payloads and for short fields. */
export function normalizeShallow(input: string): string {
  const text = joinSpacedLetters(
    foldConfusables(input.normalize('NFKC').replace(INVISIBLE, '').replace(ARABIC_MARKS_ALL, '')),
  );
  const lower = text.toLowerCase();
  return LEET_HINT.test(lower) ? lower.replace(LEET_WORD, undoLeet) : lower;
}

function joinSpaced(run: string): string {
  // A gap of two or more spaces was a word boundary in the spaced-out text.
  return run
    .split(/ {2,}/)
    .map((word) => word.replace(/[ .\-_*|]/g, ''))
    .join(' ');
}

function undoLeet(word: string): string {
  if (!/[0-9@$]/.test(word)) return word;
  let letters = 0;
  let digits = 0;
  for (const ch of word) {
    if (ch in LEET) digits++;
    else if (/[0-9]/.test(ch))
      return word; // 2, 6, 8, 9 are not leet here: an id or a number
    else letters++;
  }
  // "1gn0re", "pr0mpt" but not "4o", "x86", "h264" or "2x".
  if (letters < 2 || digits > letters || word.length < 4) return word;
  let out = '';
  for (const ch of word) out += LEET[ch] ?? ch;
  return out;
}

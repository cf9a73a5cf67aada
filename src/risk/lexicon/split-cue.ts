import { Alternation } from './alternation.ts';

/**
 * A multilingual cue built for speed; it matches exactly what `cue(...alternatives)` matches.
 * The alternatives run through an `Alternation`, which skips those whose required literals the
 * text lacks. Alternatives with no ASCII letter and at least one other letter ("训练数据",
 * "обучающ", "لتدريب") can never match plain-ASCII text, so they sit in a second alternation
 * that runs only when the text has non-ASCII characters.
 */

/** Regex escapes (\s, \n, \p{L}, \u0400) are not letters of the pattern's text. */
const ESCAPES = /\\(?:[pPu]\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g;
const ASCII_LETTER = /[A-Za-z]/;
const OTHER_LETTER = /[^\P{L}A-Za-z]/u;
const NON_ASCII = /[^\t\n\r -~]/;

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

export function splitCue(...alternatives: string[]): SplitCue {
  const ascii: string[] = [];
  const other: string[] = [];
  for (const a of alternatives) {
    const bare = a.replace(ESCAPES, '');
    (!ASCII_LETTER.test(bare) && OTHER_LETTER.test(bare) ? other : ascii).push(a);
  }
  const a = ascii.length > 0 ? new Alternation(ascii) : undefined;
  const o = other.length > 0 ? new Alternation(other) : undefined;
  return {
    test: (text: string) => a?.test(text) === true || (o !== undefined && nonAscii(text) && o.test(text)),
  };
}

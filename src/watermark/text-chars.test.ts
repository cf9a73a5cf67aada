import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderable } from './render.ts';
import { contextForm, isHSpace, isSpace, isWordStart, WORD, wordEnd } from './text-chars.ts';

// The fast paths (character codes for ASCII) must answer exactly as the definitions they replace.
const WORD_START = /[\p{L}\p{N}]/uy;
const byRegex = {
  isWordStart(text: string, at: number) {
    WORD_START.lastIndex = at;
    return WORD_START.test(text);
  },
  wordEnd(text: string, at: number) {
    WORD.lastIndex = at;
    WORD.exec(text);
    return WORD.lastIndex;
  },
  renderable(slot: string) {
    const words = slot.split(/\s+/);
    if (slot === slot.toUpperCase()) return true;
    const tailLower = words.every((w) => w.slice(1) === w.slice(1).toLowerCase());
    const rest = words.slice(1).map((w) => /^\p{Lu}/u.test(w));
    return tailLower && (rest.every((u) => !u) || rest.every((u) => u));
  },
};

const pieces = [
  'a',
  'Z',
  '7',
  "'",
  '’',
  '-',
  ' ',
  '\t',
  '\u00a0',
  'é',
  'É',
  '\u0301',
  'ß',
  '日',
  '😀',
  '\uD800',
  '.',
  ',',
  '\n',
];
const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((p) => p.join(''));

describe('text-chars fast paths', () => {
  it('isSpace and isHSpace agree with \\s on every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      expect(isSpace(ch)).toBe(/\s/.test(ch));
      expect(isHSpace(ch)).toBe(ch !== '\n' && /\s/.test(ch));
    }
    expect(isSpace(undefined)).toBe(false);
    expect(isSpace('')).toBe(false);
  });

  it('isWordStart and wordEnd agree with the regexes', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), (text, k) => {
        const at = text.length === 0 ? 0 : k % text.length;
        expect(isWordStart(text, at)).toBe(byRegex.isWordStart(text, at));
        if (byRegex.isWordStart(text, at)) expect(wordEnd(text, at)).toBe(byRegex.wordEnd(text, at));
      }),
      { numRuns: 5000 },
    );
  });

  it('contextForm is NFKC, lower case, straight apostrophes', () => {
    fc.assert(
      fc.property(textArb, (w) => {
        expect(contextForm(w)).toBe(w.normalize('NFKC').toLowerCase().replace(/’/g, "'"));
      }),
    );
  });

  it('renderable agrees with its definition', () => {
    const slot = fc
      .array(fc.constantFrom('a', 'b', 'Q', 'Z', '1', "'", '-', ' ', '\t', 'é', 'É', '’'), { maxLength: 12 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(slot, (s) => {
        expect(renderable(s)).toBe(byRegex.renderable(s));
      }),
      { numRuns: 5000 },
    );
  });
});

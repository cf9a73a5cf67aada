/**
 * Letters from other scripts that render like Latin ones (a small slice of Unicode UTS #39
 * confusables: the Cyrillic, Greek and Armenian look-alikes that obfuscated prompts use).
 * NFKC already folds fullwidth and mathematical letters, so they are not listed here.
 */
const PAIRS =
  'аaбbвbеeёeкkмmнhоoрpсcтtуyхxіiїiјjѕsԁdһhӏlԛqԝwɡgɑaıiαaβbεeιiκkνvοoρpτtυuχxωwօoսuհhոnցgԛq' +
  'АAВBЕEЁEКKМMНHОOРPСCТTУYХXІIЈJЅSΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX';

const MAP: ReadonlyMap<string, string> = buildMap();

function buildMap(): Map<string, string> {
  const map = new Map<string, string>();
  const chars = [...PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i] as string, chars[i + 1] as string);
  return map;
}

const LATIN = /[A-Za-z]/;
const LATIN_ALL = /[A-Za-z]/g;
const WORD = /[\p{L}\p{M}]+/gu;
const NON_LATIN_LETTER = /[^\P{L}A-Za-z]/gu;
const LOOKALIKE = new RegExp(`[${[...MAP.keys()].join('')}]`, 'u');
const LOOKALIKE_ALL = new RegExp(LOOKALIKE.source, 'gu');

/**
 * Fold look-alike letters to Latin inside words that mix them with Latin letters ("Рrint",
 * "sуstem"), and everywhere when the text is mostly Latin. Words written wholly in Cyrillic or
 * Greek inside Cyrillic or Greek text are real words and stay as they are.
 */
export function foldConfusables(text: string): string {
  if (!LOOKALIKE.test(text)) return text;
  const latin = text.match(LATIN_ALL)?.length ?? 0;
  const lookalike = text.match(LOOKALIKE_ALL)?.length ?? 0;
  const nonLatin = text.match(NON_LATIN_LETTER)?.length ?? 0;
  // Look-alikes are non-Latin letters too; a mostly-Latin text is obfuscated English.
  const latinText = latin > 2 * nonLatin || (latin > nonLatin && lookalike * 2 > nonLatin);
  return text.replace(WORD, (word) => {
    if (!latinText && !LATIN.test(word)) return word;
    let out = '';
    for (const ch of word) out += MAP.get(ch) ?? ch;
    return out;
  });
}

/**
 * What a harvester's pipeline (or a light-handed attacker) does to text before it is found:
 * each transform takes one response and returns what the detector is given.
 */
export type Attack = (text: string, rnd: () => number) => string;

/** Unicode compatibility normalisation, as data-cleaning pipelines run it. */
export const nfkc: Attack = (t) => t.normalize('NFKC');

/** Zero-width characters sprinkled inside words (the detector strips them). */
export const zeroWidth: Attack = (t, rnd) =>
  t.replace(/\p{L}(?=\p{L})/gu, (c) => (rnd() < 0.1 ? `${c}\u200b` : c));

/** Every run of white space, line breaks included, to one space. */
export const collapseWhitespace: Attack = (t) => t.replace(/\s+/g, ' ').trim();

/** Markdown to plain text: fences, headings, emphasis, links, lists, quotes, tables, inline code. */
export const stripMarkdown: Attack = (t) =>
  t
    .split('\n')
    .filter((line) => !/^\s*(```|~~~)/.test(line) && !/^\s*\|?\s*:?-{3,}/.test(line))
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s*>\s?/, '')
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\*\*|__|`/g, '')
        .replace(/(^|[\s(])[*_](?=\S)|(?<=\S)[*_](?=[\s.,;:!?)]|$)/g, '$1')
        .replace(/\s*\|\s*/g, ' ')
        .trim(),
    )
    .join('\n');

/** The first half of the words. */
export const truncateHalf: Attack = (t) => {
  const words = t.split(/(\s+)/);
  return words.slice(0, Math.ceil(words.length / 2)).join('');
};

/** Each word replaced, with probability `share`, by a random word of the corpus vocabulary. */
export function replaceWords(share: number, vocabulary: readonly string[]): Attack {
  return (t, rnd) =>
    t.replace(/[A-Za-z]+(?:['’][a-z]+)?/g, (w) => {
      if (rnd() >= share) return w;
      const r = vocabulary[Math.floor(rnd() * vocabulary.length)]!;
      return /^[A-Z]/.test(w) ? r[0]!.toUpperCase() + r.slice(1) : r;
    });
}

export const compose =
  (...attacks: Attack[]): Attack =>
  (t, rnd) =>
    attacks.reduce((acc, a) => a(acc, rnd), t);

export function vocabularyOf(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const t of texts) for (const w of t.toLowerCase().match(/[a-z]{2,}/g) ?? []) words.add(w);
  return [...words].sort();
}

import { foldConfusables } from '../risk/text/confusables.ts';
import { INVISIBLE } from '../risk/text/normalize.ts';

/**
 * The detector's canonical form of a suspect text. It undoes what copying, sanitising and
 * reformatting do to text, so the scanner finds the same slots, with the same previous words,
 * as it did when the text was embedded:
 * - NFKC (fullwidth letters, odd spaces, ligatures);
 * - zero-width characters, soft hyphens, bidi controls and BOMs removed (any sanitiser strips
 *   them, and they can split a word in two), and look-alike letters from other scripts folded
 *   to Latin (the risk engine's own normalisation: `src/risk/text`);
 * - curly quotes and primes to straight ones;
 * - runs of horizontal white space to one space (indentation kept: it marks code);
 * - lower case (words are compared case-folded anyway; this also folds the `lc` classes);
 * - Markdown links and images to their text, so a URL does not become a slot's previous word.
 * Code fences, inline code and block quotes stay: the embedder left them alone, and the scanner
 * recognises them again.
 */
export function canonicalize(text: string): string {
  return foldConfusables(text.normalize('NFKC').replace(INVISIBLE, ''))
    .replace(/[‘’‚‛′´]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\r\n?/g, '\n')
    .replace(/(?<=\S)[^\S\n]+/g, ' ')
    .toLowerCase()
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1');
}

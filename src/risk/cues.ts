/**
 * Building blocks for the multilingual cue lexicons. Cues run on lower-cased, normalised text
 * (`normalizeText().scan`), so patterns are lower case. Every pattern is a flat alternation or
 * a bounded gap between two alternations, so matching stays linear in the prompt length.
 */

/** One regex from alternatives. */
export function cue(...alternatives: string[]): RegExp {
  return new RegExp(alternatives.join('|'), 'u');
}

/** How many matches of the global `re` in `text`, counting stops at `cap`. */
export function countUpTo(text: string, re: RegExp, cap: number): number {
  let n = 0;
  for (const _ of text.matchAll(re)) if (++n >= cap) break;
  return n;
}

/** Group alternatives without capturing. */
export function alt(...alternatives: string[]): string {
  return `(?:${alternatives.join('|')})`;
}

/** `a` followed by `b` in the same sentence, at most `gap` characters between them. */
export function near(a: string, b: string, gap = 40): string {
  return `(?:${a})[^.!?;。！？；\\n]{0,${gap}}(?:${b})`;
}

/** `a` and `b` in the same sentence, in either order. */
export function both(a: string, b: string, gap = 40): string {
  return `${near(a, b, gap)}|${near(b, a, gap)}`;
}

/** English word boundary that also works next to non-ASCII letters. */
export function word(stem: string): string {
  return `(?<![a-z])(?:${stem})`;
}

/**
 * Case and apostrophes: a rewritten slot reads as if the model had written the other variant.
 * `renderable` decides which slots can be rewritten at all; `render` writes the variant.
 */

/**
 * Whether a rewrite can keep the slot's case: lower case, a capital first letter, Title Case or
 * ALL CAPS. Anything else carries emphasis a variant would lose ("Do NOT delete it").
 */
export function renderable(slot: string): boolean {
  const words = slot.split(/\s+/);
  if (slot === slot.toUpperCase()) return true;
  const tailLower = words.every((w) => w.slice(1) === w.slice(1).toLowerCase());
  const rest = words.slice(1).map((w) => /^\p{Lu}/u.test(w));
  return tailLower && (rest.every((u) => !u) || rest.every((u) => u));
}

/** Writes `variant` in the case and apostrophe style of the text it replaces. */
export function render(variant: string, original: string, apostrophe: string): string {
  const quoteMark = original.includes('’') ? '’' : original.includes("'") ? "'" : apostrophe;
  const text = variant.replace(/'/g, quoteMark);
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase())
    return text.toUpperCase();
  const words = original.split(/\s+/);
  const upper = (w: string) => (w ? w[0]!.toUpperCase() + w.slice(1) : w);
  if (words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w)) && !/^I\s/.test(original))
    return text.split(' ').map(upper).join(' ');
  return /^\p{Lu}/u.test(original) ? upper(text) : text;
}

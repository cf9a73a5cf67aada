/**
 * Case and apostrophes: a rewritten slot reads as if the model had written the other variant.
 * `renderable` decides which slots can be rewritten at all; `render` writes the variant.
 */

/**
 * Whether a rewrite can keep the slot's case: lower case, a capital first letter, Title Case or
 * ALL CAPS. Anything else carries emphasis a variant would lose ("Do NOT delete it").
 */
export function renderable(slot: string): boolean {
  // Letters, digits, apostrophes, hyphens and single spaces: decided in one pass over the codes
  // (slots are checked for every candidate); anything else, by the definition below.
  let lower = false;
  let innerUpper = false;
  let firstUpper = 0;
  let firstOther = 0;
  let atStart = true;
  const n = slot.length;
  if (n === 0 || slot.charCodeAt(n - 1) === 0x20) return renderableBySplit(slot);
  for (let i = 0; i < n; i++) {
    const c = slot.charCodeAt(i);
    if (c === 0x20) {
      atStart = true;
      continue;
    }
    const up = c >= 0x41 && c <= 0x5a;
    const low = c >= 0x61 && c <= 0x7a;
    if (!up && !low && !(c >= 0x30 && c <= 0x39) && c !== 0x27 && c !== 0x2d) return renderableBySplit(slot);
    if (low) lower = true;
    if (atStart) {
      if (i > 0) {
        if (up) firstUpper++;
        else firstOther++;
      }
      atStart = false;
    } else if (up) innerUpper = true;
  }
  if (!lower) return true; // ALL CAPS (or no letters)
  return !innerUpper && (firstUpper === 0 || firstOther === 0);
}

function renderableBySplit(slot: string): boolean {
  const words = slot.split(/\s+/);
  if (slot === slot.toUpperCase()) return true;
  const tailLower = words.every((w) => w.slice(1) === w.slice(1).toLowerCase());
  const rest = words.slice(1).map((w) => /^\p{Lu}/u.test(w));
  return tailLower && (rest.every((u) => !u) || rest.every((u) => u));
}

const upper = (w: string) => (w ? w[0]!.toUpperCase() + w.slice(1) : w);

/** Writes `variant` in the case and apostrophe style of the text it replaces. */
export function render(variant: string, original: string, apostrophe: string): string {
  const quoteMark = original.includes('’') ? '’' : original.includes("'") ? "'" : apostrophe;
  const text = variant.replace(/'/g, quoteMark);
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase())
    return text.toUpperCase();
  const words = original.split(/\s+/);
  if (words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w)) && !/^I\s/.test(original))
    return text.split(' ').map(upper).join(' ');
  return /^\p{Lu}/u.test(original) ? upper(text) : text;
}

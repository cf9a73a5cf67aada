/**
 * Template masking: replace the variable parts of a prompt (code, URLs, quoted text, JSON,
 * numbers, ids, named entities) with placeholders so that what is left is the instruction
 * scaffold. Two payloads sent through one harvesting template mask to the same scaffold.
 */
const CODE_BLOCK = /```[\s\S]*?(?:```|$)|~~~[\s\S]*?(?:~~~|$)/g;
const INLINE_CODE = /`[^`\n]{1,200}`/g;
const URL = /\b(?:https?:\/\/|www\.)\S+/g;
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/g;
const QUOTED =
  /"[^"\n]{1,400}"|“[^”\n]{1,400}”|«[^»\n]{1,400}»|„[^“”\n]{1,400}[“”]|「[^」\n]{1,400}」|『[^』\n]{1,400}』|(?<![\p{L}\p{N}])'[^'\n]{1,200}'(?![\p{L}\p{N}])/gu;
const JSON_LINE = /\{[^{}\n]{0,2000}\}|\[[^[\]\n]{20,2000}\]/g;
const NUMBER_OR_ID = /(?<![\p{L}\p{N}_-])[\p{L}_-]*\d[\p{L}\p{N}_.,:/-]*/gu;
// A capitalised Latin word not at the start of a sentence or line: a name, place or product.
const ENTITY = /(?<=[\p{L}\p{N},;)] +)\p{Lu}[\p{Ll}\p{Lu}'’-]+(?: \p{Lu}[\p{Ll}\p{Lu}'’-]+)*/gu;
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{M}\p{N}_]+|§/gu;

/** Placeholder, a single token that survives tokenisation. */
const SLOT = '§';

export function maskTemplate(clean: string): string {
  let text = clean;
  // Cheap substring checks first: most prompts have no code, links or addresses.
  if (text.includes('```') || text.includes('~~~')) text = text.replace(CODE_BLOCK, ` ${SLOT} `);
  if (text.includes('`')) text = text.replace(INLINE_CODE, SLOT);
  if (text.includes('http') || text.includes('www.')) text = text.replace(URL, SLOT);
  if (text.includes('@')) text = text.replace(EMAIL, SLOT);
  return text
    .replace(JSON_LINE, SLOT)
    .replace(QUOTED, SLOT)
    .replace(ENTITY, SLOT)
    .replace(NUMBER_OR_ID, SLOT)
    .toLowerCase();
}

/** Words (and single CJK characters) of a masked text; runs of placeholders collapse to one. */
export function scaffoldTokens(masked: string): string[] {
  const out: string[] = [];
  for (const m of masked.matchAll(TOKEN)) {
    const token = m[0];
    if (token === SLOT && out[out.length - 1] === SLOT) continue;
    out.push(token);
  }
  return out;
}

export const isSlot = (token: string): boolean => token === SLOT;

/** How many tokens are instruction words rather than placeholders. */
export function wordCount(tokens: readonly string[]): number {
  let n = 0;
  for (const t of tokens) if (t !== SLOT) n++;
  return n;
}

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
const DIGIT = /\d/;
const NUMBER_OR_ID = /(?<![\p{L}\p{N}_-])[\p{L}_-]*\d[\p{L}\p{N}_.,:/-]*/gu;
// A capitalised Latin word not at the start of a sentence or line: a name, place or product.
// The capital comes first and the lookbehind checks what precedes it, so that the engine skips
// every position without a capital at once (a leading lookbehind would run at every position).
const ENTITY = /\p{Lu}(?<=[\p{L}\p{N},;)] +\p{Lu})[\p{Ll}\p{Lu}'’-]+(?: \p{Lu}[\p{Ll}\p{Lu}'’-]+)*/gu;

/** Placeholder, a single token that survives tokenisation. */
const SLOT = '§';

export function maskTemplate(clean: string): string {
  let text = clean;
  // Cheap substring checks first: most prompts have no code, links or addresses.
  if (text.includes('```') || text.includes('~~~')) text = text.replace(CODE_BLOCK, ` ${SLOT} `);
  if (text.includes('`')) text = text.replace(INLINE_CODE, SLOT);
  if (text.includes('http') || text.includes('www.')) text = text.replace(URL, SLOT);
  if (text.includes('@')) text = text.replace(EMAIL, SLOT);
  text = text.replace(JSON_LINE, SLOT).replace(QUOTED, SLOT).replace(ENTITY, SLOT);
  // A number or id contains a digit.
  if (DIGIT.test(text)) text = text.replace(NUMBER_OR_ID, SLOT);
  return text.toLowerCase();
}

/**
 * Words (and single CJK characters) of a masked text; runs of placeholders collapse to one.
 * The tokens are the matches of `TOKEN` (a CJK character alone; else a run of letters, marks,
 * digits and `_`, which may run on into CJK; else the placeholder), read here one code point at
 * a time: the regex's match objects cost more than the words.
 */
export function scaffoldTokens(masked: string): string[] {
  const out: string[] = [];
  const n = masked.length;
  let i = 0;
  while (i < n) {
    const cp = masked.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const kind = kindOf(cp);
    let token: string | undefined;
    if ((kind & CJK) !== 0) {
      token = masked.slice(i, i + width);
      i += width;
    } else if ((kind & WORD) !== 0) {
      let j = i + width;
      while (j < n) {
        const next = masked.codePointAt(j) as number;
        if ((kindOf(next) & WORD) === 0) break;
        j += next > 0xffff ? 2 : 1;
      }
      token = masked.slice(i, j);
      i = j;
    } else {
      if (cp === SLOT_CODE) token = SLOT;
      i += width;
    }
    if (token === undefined || (token === SLOT && out[out.length - 1] === SLOT)) continue;
    out.push(token);
  }
  return out;
}

/** Bits of a code point's kind: in `[\p{L}\p{M}\p{N}_]`, and a CJK script character. */
const WORD = 1;
const CJK = 2;
const SLOT_CODE = 0xa7;
const CJK_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}_]$/u;
/** Kinds of BMP code points, filled in as they are met (0 = not yet known, else kind + 1). */
const BMP_KINDS = new Uint8Array(0x10000);

/** The kind bits of a code point. */
function kindOf(cp: number): number {
  if (cp < 0x80) {
    return (cp >= 0x61 && cp <= 0x7a) ||
      (cp >= 0x41 && cp <= 0x5a) ||
      (cp >= 0x30 && cp <= 0x39) ||
      cp === 0x5f
      ? WORD
      : 0;
  }
  if (cp <= 0xffff) {
    const known = BMP_KINDS[cp] as number;
    if (known !== 0) return known - 1;
    const kind = classify(cp);
    BMP_KINDS[cp] = kind + 1;
    return kind;
  }
  return classify(cp);
}

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (CJK_CHAR.test(ch) ? CJK : 0) | (WORD_CHAR.test(ch) ? WORD : 0);
}

export const isSlot = (token: string): boolean => token === SLOT;

/** How many tokens are instruction words rather than placeholders. */
export function wordCount(tokens: readonly string[]): number {
  let n = 0;
  for (const t of tokens) if (t !== SLOT) n++;
  return n;
}

import { VARIANT_CLASSES } from './classes.ts';

/** One variant class, compiled for matching. */
export interface VariantClass {
  /** Stable id (the first variant): part of every unit digest. */
  readonly id: string;
  readonly index: number;
  /** Each variant as it is written ("I'm", "for instance"). */
  readonly variants: readonly string[];
  /** Each variant as lower-case words with straight apostrophes, for matching. */
  readonly words: readonly (readonly string[])[];
  /**
   * Per variant: never rewritten *from* (written `variant*`). Where one direction of a swap is
   * always safe and the other is not ("even though" → "although" always reads right; "although
   * slowly" → "even though slowly" does not), the embedder only moves text into such a variant,
   * and the detector leaves slots showing it off the tape (which depends on the text alone).
   */
  readonly fixed: readonly boolean[];
  readonly comma: boolean;
  readonly start: boolean;
  readonly lowerOnly: boolean;
  readonly needsWord: boolean;
  /** The next token must be a number ("roughly 40%", "approximately $5"). */
  readonly numberAfter: boolean;
  readonly notBefore: ReadonlySet<string>;
  readonly notAfter: ReadonlySet<string>;
  /** Endings the next word may not have (`!a=*ed`): "it's" before a participle may mean "it has". */
  readonly notAfterEndings: readonly string[];
  /** All variants take the same article (a/an), so the slot may follow "a" or "an". */
  readonly articleSafe: boolean;
}

/** A variant that may start at a word: tried longest first. */
export interface Candidate {
  readonly cls: VariantClass;
  readonly variant: number;
  readonly words: readonly string[];
  /** `cls.notBefore`, or null when it is empty (checked per candidate, so read without a Set call). */
  readonly notBefore: ReadonlySet<string> | null;
}

export interface ClassIndex {
  readonly classes: readonly VariantClass[];
  /** Candidates keyed by their first word, longest first. */
  readonly byFirst: ReadonlyMap<string, readonly Candidate[]>;
}

/** Lower-case, straight apostrophes: the form words are compared in, here and in the detector. */
export function matchForm(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

// "an" before a vowel sound. The exceptions cover the variant words; keep them in sync with the data.
const VOWEL_SOUND = /^(?:[aeio]|u(?!s|n[ie]|t)|hour|honest|hono)/;
const takesAn = (variant: string) => VOWEL_SOUND.test(matchForm(variant));

export function parseClassLine(line: string, index: number): VariantClass {
  // Variants are lower-case words; flags are the trailing tokens that start with a symbol (or "lc").
  const parts = line.trim().split(/\s+/);
  const firstFlag = parts.findIndex((p) => p === 'lc' || /^[^\p{L}'*]/u.test(p));
  const head = (firstFlag < 0 ? parts : parts.slice(0, firstFlag)).join(' ');
  const flags = firstFlag < 0 ? [] : parts.slice(firstFlag);
  const raw = head.split('|').map((v) => v.trim());
  const list = (prefix: string) =>
    new Set(
      flags
        .find((f) => f.startsWith(prefix))
        ?.slice(prefix.length)
        .split(',') ?? [],
    );
  const known = /^(?:,|\^|lc|\+w|#|!b=.+|!a=.+)$/;
  for (const f of flags) if (!known.test(f)) throw new Error(`class ${raw[0]}: unknown flag ${f}`);
  if (raw.length < 2 || raw.some((v) => v === '' || v === '*'))
    throw new Error(`class ${head}: needs two variants`);
  const variants = raw.map((v) => v.replace(/\*$/, ''));
  const fixed = raw.map((v) => v.endsWith('*'));
  if (fixed.every(Boolean)) throw new Error(`class ${head}: every variant is fixed`);
  return {
    id: variants[0]!,
    index,
    variants,
    words: variants.map((v) => matchForm(v).split(' ')),
    fixed,
    comma: flags.includes(','),
    start: flags.includes('^'),
    lowerOnly: flags.includes('lc'),
    needsWord: flags.includes('+w'),
    numberAfter: flags.includes('#'),
    notBefore: list('!b='),
    notAfter: new Set([...list('!a=')].filter((w) => !w.startsWith('*'))),
    notAfterEndings: [...list('!a=')].filter((w) => w.startsWith('*')).map((w) => w.slice(1)),
    articleSafe: new Set(variants.map(takesAn)).size === 1,
  };
}

/** A variant as the tokens the matcher reads: its words, then a comma when the class needs one. */
export function variantTokens(cls: VariantClass, variant: number): string[] {
  const words = cls.words[variant] ?? [];
  return cls.comma ? [...words, ','] : [...words];
}

const isPrefix = (a: readonly string[], b: readonly string[]) =>
  a.length <= b.length && a.every((w, i) => w === b[i]);

/**
 * Where the tail of a variant of X is the head of some, but not all, variants of Y, rewriting Y
 * just after a non-slot can create (or destroy) an X match, so embedder and detector would parse
 * different slots. When the overlap stops mid-way through Y's variant, forbidding X before Y's
 * next word settles it both ways; returns those words per class, and any overlap it cannot settle.
 */
export function overlapExclusions(classes: readonly VariantClass[]): {
  exclude: Map<VariantClass, Set<string>>;
  unresolved: string[];
} {
  const exclude = new Map<VariantClass, Set<string>>();
  const unresolved: string[] = [];
  for (const x of classes) {
    x.words.forEach((_, xv) => {
      const tx = variantTokens(x, xv);
      for (let cut = 1; cut < tx.length; cut++) {
        const suffix = tx.slice(cut);
        // A start-of-sentence class cannot match right after one of X's words.
        for (const y of classes.filter((c) => !c.start)) {
          const hits = y.words
            .map((_, yv) => variantTokens(y, yv))
            .filter((t) => isPrefix(suffix, t) || isPrefix(t, suffix));
          if (hits.length === 0 || hits.length === y.words.length) continue;
          for (const t of hits) {
            const next = t.length > suffix.length ? t[suffix.length] : undefined;
            if (next === undefined || next === ',') unresolved.push(`${tx.join(' ')} ~ ${t.join(' ')}`);
            else exclude.set(x, (exclude.get(x) ?? new Set()).add(next));
          }
        }
      }
    });
  }
  return { exclude, unresolved };
}

export function createClassIndex(lines: readonly string[] = VARIANT_CLASSES): ClassIndex {
  const parsed = lines.map(parseClassLine);
  const { exclude } = overlapExclusions(parsed);
  const classes = parsed.map((cls) => {
    const extra = exclude.get(cls);
    return extra ? { ...cls, notAfter: new Set([...cls.notAfter, ...extra]) } : cls;
  });
  const byFirst = new Map<string, Candidate[]>();
  for (const cls of classes) {
    cls.words.forEach((words, variant) => {
      const first = words[0]!;
      const list = byFirst.get(first) ?? [];
      list.push({ cls, variant, words, notBefore: cls.notBefore.size > 0 ? cls.notBefore : null });
      byFirst.set(first, list);
    });
  }
  for (const list of byFirst.values()) list.sort((x, y) => y.words.length - x.words.length);
  return { classes, byFirst };
}

let shared: ClassIndex | undefined;
/** The default index, built on first use (never at import time). */
export function defaultClassIndex(): ClassIndex {
  shared ??= createClassIndex();
  return shared;
}

import { describe, expect, it } from 'vitest';
import { createClassIndex, defaultClassIndex, overlapExclusions, parseClassLine } from './class-index.ts';

const tokens = (words: readonly string[], comma: boolean) => (comma ? [...words, ','] : [...words]);
const isPrefix = (a: readonly string[], b: readonly string[]) =>
  a.length <= b.length && a.every((w, i) => w === b[i]);

describe('variant classes', () => {
  const index = defaultClassIndex();
  const all = index.classes.flatMap((cls) => cls.words.map((w) => ({ cls, t: tokens(w, cls.comma) })));

  it('has at least 150 classes with unique ids', () => {
    expect(index.classes.length).toBeGreaterThanOrEqual(150);
    expect(new Set(index.classes.map((c) => c.id)).size).toBe(index.classes.length);
  });

  it('is prefix-free: at most one variant can match at any position', () => {
    const clashes: string[] = [];
    for (const x of all)
      for (const y of all)
        if (x !== y && isPrefix(x.t, y.t)) clashes.push(`${x.t.join(' ')} / ${y.t.join(' ')}`);
    expect(clashes).toEqual([]);
  });

  it('has no suffix/prefix overlap that a rewrite could turn into a different slot', () => {
    // Overlaps ending mid-variant are settled by the exclusions the index adds; the rest must not exist.
    expect(overlapExclusions(index.classes).unresolved).toEqual([]);
  });

  it('keeps hold-back within four words', () => {
    for (const cls of index.classes)
      for (const w of cls.words)
        expect(
          w.length + (cls.needsWord || cls.numberAfter || cls.notAfter.size > 0 ? 1 : 0),
          cls.id,
        ).toBeLessThanOrEqual(4);
  });

  it('marks a/an-sensitive classes', () => {
    expect(index.classes.find((c) => c.id === 'especially')?.articleSafe).toBe(false);
    expect(index.classes.find((c) => c.id === 'completely')?.articleSafe).toBe(false);
    expect(index.classes.find((c) => c.id === 'toward')?.articleSafe).toBe(true);
    expect(index.classes.find((c) => c.id === 'huge')?.articleSafe).toBe(false);
  });

  it('parses flags and rejects unknown ones', () => {
    const cls = parseClassLine('almost|nearly !b=not !a=never,no', 0);
    expect([...cls.notBefore]).toEqual(['not']);
    expect([...cls.notAfter]).toEqual(['never', 'no']);
    expect(() => parseClassLine('a|b ?x', 0)).toThrow(/unknown flag/);
    expect(() => createClassIndex(['single'])).toThrow(/two variants/);
  });
});

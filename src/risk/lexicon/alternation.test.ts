import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Alternation } from './alternation.ts';
import { requiredFactors, topAlternatives } from './literals.ts';

describe('requiredFactors', () => {
  it.each([
    ['training (?:data|set)', [['training '], ['data', 'set']]],
    ['(?<![a-z])(?:rlhf|dpo)(?![a-z])', [['rlhf', 'dpo']]],
    ['fine-?tun', [['fine'], ['tun']]],
    ['<\\|im_start\\|>', [['<|im_start|>']]],
    // A lookaround consumes nothing: the letters on both sides are adjacent in the match.
    ['y(?<![a-z]y)our(?<!with your) rules', [['your rules']]],
    ['\\u00e9t\\u00e9', [['été']]],
    ['a{3}b', [['aaab']]],
    ['(?:ab){2,}c', [['abab'], ['c']]],
    ['(?:a|b)?', []],
    ['x*y', [['y']]],
    ['[ab]cd', [['cd']]],
    ['(ab)\\1', [['ab']]],
    ['a|', []],
  ])('%s needs %j', (pattern, factors) => {
    expect(requiredFactors(pattern).map((f) => [...f].sort())).toEqual(factors.map((f) => [...f].sort()));
  });

  it('knows nothing of case-insensitive patterns', () => {
    expect(requiredFactors('training data', 'iu')).toEqual([]);
  });

  it('splits at the top level only', () => {
    expect(topAlternatives('(?:a|b)|c(?:d|e)|[|]')).toEqual(['(?:a|b)', 'c(?:d|e)', '[|]']);
    expect(topAlternatives('(?:a|b(?:c|d))')).toEqual(['a', 'b(?:c|d)']);
    expect(topAlternatives('(?:a)|(?:b)')).toEqual(['(?:a)', '(?:b)']);
  });
});

/** Tricky alternatives: lookbehinds, empty matches, anchors, classes, astral characters. */
const ALTERNATIVES = [
  'training (?:data|set|examples?)',
  '(?<![a-z])(?:rlhf|dpo)(?![a-z])',
  'y(?<![a-z]y)our (?:own )?(?:\\S+ ){0,2}?(?:rules|prompt)',
  'prompt',
  'rules? of',
  '(?:^|\\n)\\s*q\\d?:',
  'x*',
  '\\bab',
  '[😀😃]+ ?ok',
  'é{2,}',
  '训练数据',
  '(?<=no )data',
];
const PIECES = [
  'training',
  'data',
  'set',
  'example',
  'rlhf',
  'dpo',
  'your',
  'own',
  'rules',
  'rule',
  'of',
  'prompt',
  'q1:',
  'x',
  'xx',
  'ab',
  'cab',
  '😀',
  '😃',
  '\ud83d',
  'ok',
  'é',
  'éé',
  '训练数据',
  'no',
  '\n',
  ' ',
  '  ',
  'your own rules',
];

function wholeAll(re: RegExp, text: string, max: number, from: number) {
  const out: { index: number; end: number }[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push({ index: m.index, end: m.index + m[0].length });
    if (out.length >= max) break;
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

describe('Alternation', () => {
  const text = fc
    .array(fc.constantFrom(...PIECES), { maxLength: 14 })
    .chain((parts) => fc.constantFrom(parts.join(' '), parts.join(''), parts.join('\n')));

  it('matches exactly what the whole alternation matches', () => {
    fc.assert(
      fc.property(
        fc.subarray(ALTERNATIVES, { minLength: 1 }),
        text,
        fc.nat(4),
        fc.integer({ min: 1, max: 30 }),
        (alternatives, t, from, max) => {
          const fast = new Alternation(alternatives);
          const slow = new RegExp(alternatives.join('|'), 'gu');
          slow.lastIndex = 0;
          if (fast.test(t) !== slow.test(t)) return false;
          expect(fast.all(t, max, from)).toEqual(wholeAll(slow, t, max, from));
          expect(fast.first(t, from)).toEqual(wholeAll(slow, t, 1, from)[0] ?? null);
          return true;
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('takes, at equal starts, the earlier alternative', () => {
    const a = new Alternation(['ab', 'abc', 'a']);
    expect(a.first('xabc')).toEqual({ index: 1, end: 3 });
    expect(new Alternation(['abc', 'ab']).first('xabc')).toEqual({ index: 1, end: 4 });
  });

  it('keeps alternatives with back-references together', () => {
    const alternatives = ['(a)b', 'c\\1'];
    const a = new Alternation(alternatives);
    // In the whole pattern \1 refers to a group of another branch (and so matches empty).
    const slow = new RegExp(alternatives.join('|'), 'u');
    for (const t of ['ab', 'c', 'ca', 'xcab']) expect(a.test(t)).toBe(slow.test(t));
  });
});

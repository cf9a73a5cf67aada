import { createRng } from '../../src/risk/hash.ts';

/**
 * Seeded synthetic answers for unit tests: sentences that put slot phrases after many different
 * previous words, so a few dozen texts give a few hundred distinct units. (The evaluation uses
 * the hand-written corpus in test/fixtures/watermark-corpus instead.)
 */
const SUBJECTS = [
  'the parser',
  'your team',
  'this method',
  'the cache',
  'a new user',
  'the old server',
  'our test',
];
const OPENERS = [
  'For example,',
  'In short,',
  'Moreover,',
  'In general,',
  'Nevertheless,',
  'Similarly,',
  'Overall,',
];
const MIDDLES = [
  'does not need',
  'is not able to reach',
  'will not accept',
  'can be used in order to fix',
  'is nearly ready to handle',
  'moves toward',
  'mostly ignores',
  'is completely unaware of',
  'should not touch',
  'often depends on',
  'tried to replace',
  'seems to prefer',
];
const OBJECTS = [
  'the config file',
  'each other',
  'all of the logs',
  'the build',
  'every request',
  'the schema',
];
const WORDS = ['quietly', 'today', 'again', 'later', 'there', 'safely', 'first', 'now', 'too', 'anyway'];

export function syntheticAnswers(count: number, seed = 1, sentences = 12): string[] {
  const rnd = createRng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  return Array.from({ length: count }, () => {
    const out: string[] = [];
    for (let i = 0; i < sentences; i++) {
      const lead = rnd() < 0.4 ? `${pick(OPENERS)} ` : '';
      const subject = lead ? pick(SUBJECTS) : pick(SUBJECTS).replace(/^./, (c) => c.toUpperCase());
      out.push(`${lead}${subject} ${pick(WORDS)} ${pick(MIDDLES)} ${pick(OBJECTS)} ${pick(WORDS)}.`);
    }
    return out.join(' ');
  });
}

import fc from 'fast-check';
import { describe, it } from 'vitest';
import { alt, cue, near } from '../cues.ts';
import { splitCue } from './split-cue.ts';

const ALTERNATIVES = [
  'training (?:data|set|examples?)',
  '(?<![a-z])(?:rlhf|dpo)(?![a-z])',
  'fine-tun',
  near(alt('questions?', 'prompts?', '问题', 'вопрос'), alt('answers?', 'responses?', '回答', 'ответ'), 40),
  '(?:build|building) (?:a|our) (?:own |new ){0,2}model(?![a-z])',
  '"from"\\s*:\\s*"(?:human|gpt)"',
  '<\\|im_start\\|>',
  '\\d+ more',
  '训练数据',
  'обучающ',
  'لتدريب',
  'ai ?助手',
  '[^\\p{L}\\p{N}\\s]{2,6}',
  'q ?& ?as?',
];
const WORDS = [
  'training',
  'data',
  'set',
  'rlhf',
  'dpo',
  'fine-tuning',
  'questions',
  'and',
  'answers',
  '问题',
  '和',
  '回答',
  'вопрос',
  'ответ',
  'build',
  'our',
  'own',
  'model',
  'models',
  '"from": "gpt"',
  '<|im_start|>',
  '12 more',
  '训练数据',
  'обучающие',
  'لتدريب',
  'ai助手',
  '###',
  'q&a',
  'x',
  '.',
  '\n',
  ' ',
];

describe('splitCue', () => {
  const fast = splitCue(...ALTERNATIVES);
  const slow = cue(...ALTERNATIVES);
  it('matches exactly what the plain alternation matches', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }), (parts) => {
        const text = parts.join(' ');
        return fast.test(text) === slow.test(text);
      }),
      { numRuns: 2000 },
    );
  });
});

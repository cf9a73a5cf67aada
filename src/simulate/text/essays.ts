import type { Rng } from '../rng.ts';
import { expand } from './expand.ts';

/** Short student essays (the ed-tech grader's input), assembled so no two are the same. */
const PROMPTS = [
  'Should schools require uniforms?',
  'Is social media good for teenagers?',
  'Should homework be banned in primary school?',
  'Describe a person who changed your mind about something.',
  'Should cities ban cars from their centres?',
  'Is it better to read books or watch films of them?',
];

const OPENERS = [
  'In my opinion, {{topic}} is a question that many people have different views on.',
  'There are many reasons why {{topic}} matters to students like me.',
  'Some people think the answer is obvious, but I disagree.',
  'When I first thought about this question I was not sure what to say.',
];
const MIDDLES = [
  'For example, at my school we {{exp}}, and most of my friends {{feel}}.',
  'Firstly, it saves time in the morning because you dont have to choose what to wear.',
  'Another reason is money, because not every family can afford the same things.',
  'On the other hand, some students say it stops them expressing themselves.',
  'My older brother {{exp}} and he said it was {{adj}}.',
  'Research shows that teenagers spend over {{n}} hours a day on their phones.',
  'However this is not always true, their are many exceptions.',
  'Teachers also have a opinion about this and they usually {{feel}}.',
  'This could make a big difference to how people feel in class.',
];
const CLOSERS = [
  'In conclusion, I believe the advantages are bigger than the disadvantages.',
  'To sum up, there is no perfect answer but I think we should try it.',
  'Overall, I think it depends on the person.',
  'That is why I think my point of view is the right one.',
];

export function makeEssay(rng: Rng): { prompt: string; essay: string; grade: number } {
  const prompt = rng.pick(PROMPTS);
  const vars = {
    topic: prompt.replace(/\?$/, '').toLowerCase(),
    exp: rng.pick([
      'tried it last year',
      'had a debate about it',
      'wrote a survey about this',
      'changed the rules in September',
    ]),
    feel: rng.pick(['liked it', 'did not care', 'were against it', 'changed their minds']),
    adj: rng.pick(['annoying', 'helpful', 'a waste of time', 'better than expected']),
    n: String(rng.int(3, 9)),
  };
  const body = rng.sample(MIDDLES, rng.int(3, 6)).map((s) => expand(rng, s, vars));
  const paragraphs = [
    expand(rng, rng.pick(OPENERS), vars),
    body.slice(0, 2).join(' '),
    body.slice(2).join(' '),
    rng.pick(CLOSERS),
  ];
  return { prompt, essay: paragraphs.filter(Boolean).join('\n\n'), grade: rng.int(6, 11) };
}

import type { Rng } from '../rng.ts';
import { expand } from './expand.ts';
import { humanize } from './humanize.ts';
import { makeProblem, type ProblemLang } from './problems.ts';

/** How students ask for worked solutions to their own homework, in four languages. */
const ASKS: Readonly<Record<ProblemLang, readonly string[]>> = {
  en: [
    '[[Can you|Could you|pls]] show me how to solve this step by step? {{q}}',
    "I'm stuck on my homework: {{q}} [[Can you walk me through it?|Where do I even start?|Explain each step please.]]",
    "{{q}}\n[[The answer key says|The back of the book says|My teacher said the answer is]] {{a}} but I [[don't see how|can't get there|keep getting something else]]. [[Show me the working?|Can you explain?|What am I doing wrong?]]",
    'I got {{wrong}} for this one, is that right? {{q}}',
    'Test tomorrow. [[Explain how to do problems like this:|How do I approach this kind of question?]] {{q}}',
    'Help with number {{num}}: {{q}} [[I want to understand it, not just the answer.|Please explain like a tutor.|]]',
  ],
  zh: [
    '这道题怎么做？请一步一步讲解：{{q}}',
    '{{q}} 答案是{{a}}，但我不明白是怎么算出来的，能讲一下过程吗？',
    '作业题：{{q}} 我算出来是{{wrong}}，对吗？',
    '明天考试，[[这类题|这种题型]]的解题思路是什么？比如：{{q}}',
  ],
  ru: [
    'Помогите решить по шагам: {{q}}',
    '{{q}} В ответах написано {{a}}, а у меня не получается. Объясните решение?',
    'У меня получилось {{wrong}}, это правильно? {{q}}',
    'Завтра контрольная. Как решать такие задачи? Например: {{q}}',
  ],
  es: [
    '¿Me explicas paso a paso cómo resolver esto? {{q}}',
    '{{q}} En el solucionario pone {{a}} pero no entiendo cómo se llega. ¿Me ayudas?',
    'Me dio {{wrong}}, ¿está bien? {{q}}',
    'Mañana tengo examen. ¿Cómo se hacen los problemas de este tipo? Por ejemplo: {{q}}',
  ],
};

const FOLLOW: Readonly<Record<ProblemLang, readonly string[]>> = {
  en: [
    'Why did you divide there?',
    'ok that makes sense. can you give me a similar one to practise?',
    'I still do not get step 2.',
    'thanks!!',
  ],
  zh: ['第二步为什么这样算？', '能再出一道类似的题让我练习吗？', '明白了，谢谢！'],
  ru: ['Почему во втором шаге делим?', 'Дайте похожую задачу для тренировки.', 'Спасибо, понятно!'],
  es: [
    '¿Por qué divides en ese paso?',
    '¿Me pones otro parecido para practicar?',
    '¡Gracias, ya lo entiendo!',
  ],
};

const TUTOR_REPLY: Readonly<Record<ProblemLang, string>> = {
  en: "Let's go through it together. First write down what we know, then set up the relationship, and solve one step at a time.",
  zh: '我们一起来看。先把已知条件写出来，再列出关系式，一步一步求解。',
  ru: 'Давайте разберём вместе: сначала выпишем, что известно, затем составим уравнение и решим его по шагам.',
  es: 'Vamos a verlo juntos: primero anotamos los datos, luego planteamos la relación y resolvemos paso a paso.',
};

/** A student's request (1–2 turns) for step-by-step working on a fresh problem. */
export function studentTurns(
  rng: Rng,
  lang: ProblemLang,
  followShare = 0.3,
): { role: 'user' | 'assistant'; text: string }[] {
  const p = makeProblem(rng, lang);
  const wrong = String(rng.int(2, 99));
  const first = expand(rng, rng.pick(ASKS[lang]), {
    q: p.question,
    a: p.answer,
    wrong,
    num: String(rng.int(1, 30)),
  });
  const turns: { role: 'user' | 'assistant'; text: string }[] = [
    { role: 'user', text: humanize(rng, first, lang) },
  ];
  if (rng.chance(followShare)) {
    turns.push({ role: 'assistant', text: TUTOR_REPLY[lang] });
    turns.push({ role: 'user', text: rng.pick(FOLLOW[lang]) });
  }
  return turns;
}

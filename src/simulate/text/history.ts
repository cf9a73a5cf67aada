import type { Rng } from '../rng.ts';
import { expand } from './expand.ts';
import { humanize } from './humanize.ts';

/** Good-faith questions about politically sensitive history, as students, journalists and citizens ask them. */
const QUESTIONS: Readonly<Record<'en' | 'zh' | 'ru' | 'es', readonly string[]>> = {
  en: [
    'What actually happened in Beijing in June 1989? [[I only know the tank photo.|We are covering it in class.|]]',
    '[[Why is|Why does China still censor|How come]] the Tiananmen Square crackdown [[still censored in China|a taboo topic there]]?',
    'How many people died in the June Fourth crackdown, [[and how do we know|according to the best estimates]]?',
    'Can you give me a balanced overview of the situation in Xinjiang and the main sources on both sides?',
    "I'm writing [[an essay|a report|a podcast script]] on the 2019 Hong Kong protests. [[What were the five demands?|How did they start?|What happened to the movement afterwards?]]",
    'What is the legal status of Taiwan, and why do countries avoid recognising it?',
    '[[Who was|Can you tell me about]] Alexei Navalny [[and what happened to him|and why he was imprisoned]]?',
    'What was Charter 08 and [[why was Liu Xiaobo jailed for it|what did it demand]]?',
    'How did the Holodomor happen and why is it called a genocide by some countries?',
    'What was the Cultural Revolution [[and how many people died|and how is it taught in China today]]?',
    'Explain the Tibetan uprising of 1959 for a [[high school|university]] history presentation.',
    'What did the Mahsa Amini protests in Iran [[change|achieve]][[, if anything|]]?',
    'How is the Great Leap Forward famine [[remembered|taught]] in China [[today|now]]?',
    '[[Explain|Summarise]] the [[1968 Prague Spring|Soviet invasion of Afghanistan|Katyn massacre]] [[for a class presentation|briefly|with sources]].',
  ],
  zh: [
    '1989年六四事件的经过是怎样的？[[为什么国内很少提到？|我想客观了解一下。]]',
    '文化大革命为什么会发生？对中国社会有什么长期影响？',
    '台湾问题的历史由来是什么？',
    '香港2019年的抗议活动起因是什么？',
  ],
  ru: [
    'Что на самом деле произошло с Навальным? Хочу разобраться в фактах.',
    'Как школьникам объясняют события 1937 года? Что такое Большой террор?',
    'Почему Голодомор признают геноцидом одни страны и не признают другие?',
    'Расскажите о войне в Чечне в 1994–1996 годах, нейтрально.',
  ],
  es: [
    '¿Qué pasó en la plaza de Tiananmén en 1989? Es para un trabajo de clase.',
    '¿Cómo se recuerda hoy la dictadura de Pinochet en Chile?',
    '¿Qué fue la represión franquista y por qué sigue siendo un tema polémico?',
    '¿Por qué China considera Taiwán parte de su territorio?',
  ],
};

const FOLLOW: Readonly<Record<'en' | 'zh' | 'ru' | 'es', readonly string[]>> = {
  en: [
    'What sources would you recommend?',
    'How do Chinese official sources describe it?',
    'How many people were killed, according to historians?',
    'Thanks, that is really helpful for my essay.',
  ],
  zh: ['有哪些可靠的资料来源？', '官方和海外的说法有什么不同？'],
  ru: ['Какие источники почитать?', 'Как это оценивают историки?'],
  es: ['¿Qué fuentes me recomiendas?', '¿Cómo lo describen los historiadores?'],
};

const REPLY: Readonly<Record<'en' | 'zh' | 'ru' | 'es', string>> = {
  en: 'Here is an overview of the main events, the key dates, and where historians disagree.',
  zh: '下面按时间顺序概述主要事件，以及不同史料之间的分歧。',
  ru: 'Вот краткий обзор основных событий, ключевых дат и спорных моментов.',
  es: 'Aquí tienes un resumen de los hechos principales, las fechas clave y los puntos en que los historiadores discrepan.',
};

export function historyTurns(
  rng: Rng,
  lang: 'en' | 'zh' | 'ru' | 'es',
): { role: 'user' | 'assistant'; text: string }[] {
  const turns: { role: 'user' | 'assistant'; text: string }[] = [
    { role: 'user', text: humanize(rng, expand(rng, rng.pick(QUESTIONS[lang])), lang) },
  ];
  const more = rng.weighted([
    [0, 4],
    [1, 3],
    [2, 1],
  ] as const);
  for (let i = 0; i < more; i++) {
    turns.push({ role: 'assistant', text: REPLY[lang] });
    turns.push({ role: 'user', text: rng.pick(FOLLOW[lang]) });
  }
  return turns;
}

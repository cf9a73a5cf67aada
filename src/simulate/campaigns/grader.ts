import type { Rng } from '../rng.ts';
import { makeQA } from '../text/answers.ts';
import { chatVars } from '../text/chat.ts';
import { CHAT_EN } from '../text/chat-en.ts';
import { expand } from '../text/expand.ts';
import { makeProblem } from '../text/problems.ts';
import { type AttackAccount, campaign, favourite, type Thread } from './hydra.ts';
import { type Scaffold, shape } from './shape.ts';

/**
 * Grader / reward-model harvest: one rubric scaffold, thousands of varying candidates, a fixed
 * JSON verdict. Pointwise, pairwise and process (step-label) variants, in four languages.
 */
const SCAFFOLDS: Readonly<Record<'en' | 'zh' | 'ru' | 'es', readonly Scaffold[]>> = {
  en: [
    {
      instruction:
        'You are an impartial [[evaluator|judge|rater]]. Score the RESPONSE to the PROMPT on helpfulness, correctness, harmlessness and [[style|clarity]], each 1–10. Return only JSON: {"helpfulness": int, "correctness": int, "harmlessness": int, "[[style|clarity]]": int, "overall": float, "rationale": str}.',
      data: 'PROMPT:\n{{q}}\n\nRESPONSE:\n{{a}}',
      modes: ['system', 'inline'],
    },
    {
      instruction:
        '[[Compare|Judge]] the two [[assistant replies|candidate answers]] to the user question. [[Decide which one is better|Pick the better one]] and output JSON only: {"winner": "A" | "B" | "tie", "margin": 1-5, "reason": "<one sentence>"}.',
      data: 'Question: {{q}}\n\n[A]\n{{a}}\n\n[B]\n{{b}}',
      modes: ['system', 'inline', 'setup'],
    },
    {
      instruction:
        'Label each step of the solution as correct (+1), neutral (0) or incorrect (-1). Output a JSON list of integers, one per step, and nothing else.',
      data: 'Problem: {{q}}\nSolution steps:\n{{steps}}',
      modes: ['system', 'inline'],
    },
    {
      instruction:
        'Rate how well the answer follows the instruction on a [[1-7|1 to 5]] Likert scale. Respond with {"score": n} only. Be strict and consistent; you will see many of these.',
      data: '<instruction>{{q}}</instruction>\n<answer>{{a}}</answer>',
      modes: ['inline', 'system'],
      dataFirst: true,
    },
  ],
  zh: [
    {
      instruction:
        '你是一名严格的评审。请从有用性、准确性、安全性三个维度给【回答】打分（1-10），只输出JSON：{"有用性": 整数, "准确性": 整数, "安全性": 整数, "总分": 数字}。',
      data: '【问题】{{q}}\n【回答】{{a}}',
      modes: ['system', 'inline'],
    },
    {
      instruction: '比较下面两个回答，哪个更好？只输出JSON：{"better": "A"或"B", "理由": "一句话"}',
      data: '问题：{{q}}\n回答A：{{a}}\n回答B：{{b}}',
      modes: ['inline', 'system'],
    },
  ],
  ru: [
    {
      instruction:
        'Оцени ответ по шкале от 1 до 10 по критериям: полезность, точность, безопасность. Верни только JSON: {"полезность": n, "точность": n, "безопасность": n, "итог": n}.',
      data: 'Запрос: {{q}}\nОтвет: {{a}}',
      modes: ['system', 'inline'],
    },
  ],
  es: [
    {
      instruction:
        'Actúa como evaluador imparcial. Puntúa la respuesta del 1 al 10 en utilidad, exactitud y seguridad. Devuelve solo JSON: {"utilidad": n, "exactitud": n, "seguridad": n, "global": n}.',
      data: 'Pregunta: {{q}}\nRespuesta: {{a}}',
      modes: ['system', 'inline'],
    },
  ],
};

/** Degrade an answer the way a weaker policy model would, to make the "B" candidate. */
function worse(rng: Rng, answer: string): string {
  const cut = answer.slice(0, Math.max(12, Math.floor(answer.length * rng.float(0.3, 0.7))));
  return rng.pick([
    `${cut}...`,
    `I think ${answer.replace(/\d+/, (d) => String(Number(d) + rng.int(1, 9)))}`,
    `${answer} ${rng.pick(['Hope this helps!', 'Let me know if you need anything else.', ''])}`,
  ]);
}

function steps(rng: Rng): { q: string; steps: string } {
  const p = makeProblem(rng, 'en');
  const lines = [
    'Identify the quantities given.',
    'Write the relationship between them.',
    'Substitute the numbers.',
    `Compute: ${p.answer}`,
  ];
  if (rng.chance(0.4)) lines.splice(rng.int(1, 3), 0, `Simplify: ${rng.int(2, 90)} = ${rng.int(2, 90)}`);
  return { q: p.question, steps: lines.map((l, i) => `Step ${i + 1}: ${l}`).join('\n') };
}

export function graderPayload(rng: Rng, account: AttackAccount): Thread {
  const lang = account.lang;
  const scaffold = favourite(rng, account, SCAFFOLDS[lang]);
  let q: string;
  let a: string;
  if (lang === 'en' && rng.chance(0.4)) {
    const t = rng.pick(CHAT_EN);
    const vars = chatVars(rng, 'en');
    q = expand(rng, t.ask, vars);
    a = expand(rng, t.reply, vars);
  } else {
    const qa = makeQA(rng, lang);
    q = qa.question;
    a = qa.answer;
  }
  const flip = rng.chance(0.5);
  const process = steps(rng);
  const stepwise = scaffold.data.includes('{{steps}}');
  const vars = {
    q: stepwise ? process.q : q,
    a: flip ? worse(rng, a) : a,
    b: flip ? a : worse(rng, a),
    steps: process.steps,
  };
  return shape(rng, scaffold, vars, { lang, fixed: { account, share: 1 } });
}

export const graderHarvest = campaign({
  name: 'grader-harvest',
  accounts: 80,
  requests: [25, 55],
  cover: [0.2, 0.4],
  pools: [1],
  apis: [
    ['chat', 6],
    ['messages', 4],
  ],
  models: { anthropic: 'claude-sonnet-4-5', openai: 'gpt-4.1' },
  ua: 'shared',
  langs: [6, 3, 1, 1],
  sampling: () => ({ maxTokens: 300, temperature: 0, json: true }),
  payload: graderPayload,
});

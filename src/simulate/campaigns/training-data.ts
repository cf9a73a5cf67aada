import type { Rng } from '../rng.ts';
import { makeQA } from '../text/answers.ts';
import { LANG_NAMES, SUBJECTS } from '../text/vocab.ts';
import { type AttackAccount, campaign, favourite, type Thread } from './hydra.ts';
import { type Scaffold, shape } from './shape.ts';

/**
 * Training-data generation: JSONL instruction/response pairs, synthetic dialogues, self-instruct
 * and evol-instruct rewrites — in bulk, across subjects and languages.
 */
const SCAFFOLDS: Readonly<Record<'en' | 'zh' | 'ru' | 'es', readonly Scaffold[]>> = {
  en: [
    {
      instruction:
        'Generate {{n}} [[diverse|varied, non-overlapping]] instruction/response pairs about {{subject}} for supervised fine-tuning. Output JSONL, one object per line: {"instruction": ..., "response": ...}. Responses should be [[detailed|expert-level]] and [[2-4 paragraphs|as long as needed]].',
      data: 'Difficulty: {{level}}. Language: {{language}}.',
      modes: ['inline', 'system'],
    },
    {
      instruction:
        'Write a synthetic multi-turn dialogue ({{turns}} turns) between a user and a helpful assistant about {{subject}}. Format each turn as "USER:" / "ASSISTANT:". [[Make the assistant thorough.|Vary the user persona.]]',
      data: 'Persona: {{persona}}',
      modes: ['inline', 'setup'],
    },
    {
      instruction:
        'Here are seed tasks. Create {{n}} new tasks in the same spirit but on different topics, each with a complete high-quality answer. Return a JSON array of {"task", "answer"}.',
      data: 'Seed 1: {{seed1}}\nSeed 2: {{seed2}}\nSeed 3: {{seed3}}',
      modes: ['inline', 'system'],
    },
    {
      instruction:
        'Rewrite the instruction below into a [[harder|more complex, multi-constraint]] version (add reasoning steps or constraints), then answer the new instruction in full. Output as {"evolved_instruction": ..., "answer": ...}.',
      data: 'Instruction: {{seed1}}',
      modes: ['inline', 'system'],
    },
  ],
  zh: [
    {
      instruction:
        '请围绕{{subject}}生成{{n}}条高质量的指令-回答数据，用于模型微调。以JSONL格式输出，每行一个{"instruction": ..., "output": ...}，回答要详细。',
      data: '难度：{{level}}',
      modes: ['inline', 'system'],
    },
    {
      instruction:
        '模拟一段用户和AI助手之间关于{{subject}}的多轮对话（{{turns}}轮），助手的回答要专业、完整。',
      data: '用户身份：{{persona}}',
      modes: ['inline'],
    },
  ],
  ru: [
    {
      instruction:
        'Сгенерируй {{n}} разнообразных пар «инструкция — ответ» по теме «{{subject}}» для дообучения модели. Формат JSONL: {"instruction": ..., "output": ...}.',
      data: 'Уровень: {{level}}',
      modes: ['inline', 'system'],
    },
  ],
  es: [
    {
      instruction:
        'Genera {{n}} pares instrucción/respuesta variados sobre {{subject}} para ajuste fino de un modelo. Formato JSONL: {"instruction": ..., "response": ...}.',
      data: 'Nivel: {{level}}',
      modes: ['inline', 'system'],
    },
  ],
};

const PERSONAS: Readonly<Record<'en' | 'zh' | 'ru' | 'es', readonly string[]>> = {
  en: [
    'a nervous first-time home buyer',
    'a retired engineer',
    'a high-school student',
    'a small-business owner',
    'a nurse on night shifts',
  ],
  zh: ['第一次买房的年轻人', '退休工程师', '高中生', '小店老板', '夜班护士'],
  ru: ['студент первого курса', 'пенсионер-инженер', 'владелец небольшого бизнеса'],
  es: ['un estudiante de bachillerato', 'una ingeniera jubilada', 'el dueño de una pequeña empresa'],
};

export function trainingDataPayload(rng: Rng, account: AttackAccount): Thread {
  const lang = account.lang;
  const scaffold = favourite(rng, account, SCAFFOLDS[lang]);
  const vars = {
    n: String(rng.pick([10, 15, 20, 25, 30, 50])),
    subject: rng.pick(SUBJECTS[lang]),
    level: rng.pick(['beginner', 'intermediate', 'expert', 'mixed']),
    language: LANG_NAMES[lang],
    turns: String(rng.int(4, 12)),
    persona: rng.pick(PERSONAS[lang]),
    seed1: makeQA(rng, 'en').question,
    seed2: makeQA(rng, 'en').question,
    seed3: makeQA(rng, 'en').question,
  };
  return shape(rng, scaffold, vars, { lang, fixed: { account, share: 0.5 } });
}

export const trainingDataGen = campaign({
  name: 'training-data-gen',
  accounts: 60,
  requests: [20, 50],
  cover: [0.2, 0.45],
  pools: [0, 2],
  apis: [
    ['messages', 5],
    ['chat', 4],
    ['responses', 1],
  ],
  models: { anthropic: 'claude-opus-4-1', openai: 'gpt-4.1' },
  ua: 'per-account',
  langs: [5, 3, 1, 1],
  sampling: () => ({ maxTokens: 8000, temperature: 1, stream: true }),
  payload: trainingDataPayload,
});

import { alt, cue, near, word } from '../cues.ts';
import { Evidence } from '../evidence.ts';
import type { RequestFeatures } from '../features.ts';
import type { Score } from '../types.ts';

/**
 * Training-data generation: prompt/response pairs, instruction-tuning rows, synthetic
 * dialogues, self-instruct or evol-instruct output, or "answer exactly as you normally would,
 * this is stored as the reference". Small purposeful requests for examples (flashcards for my
 * class, fixtures for my tests) share the list shape but not the purpose, scale or the pairing
 * of prompts with the model's own full answers.
 */
const PURPOSE = cue(
  'training (?:data|set|examples?|corpus|rows|pairs)',
  near(
    alt('fine-?tun', 'instruction-?tun', 'sft\\b', 'distill'),
    alt('data', 'set', 'examples?', 'model', 'corpus', 'rows', 'pairs'),
    30,
  ),
  word('sft'),
  'fine-?tun(?:e|ing)',
  'instruction-?tuning',
  near(
    alt('train', 'teach', 'bootstrap', 'distill'),
    alt(
      '(?:a|our|my|the|your) (?:own )?(?:smaller |student |small |new |in-house |local )?(?:model|llm|chatbot|assistant|network)',
    ),
    30,
  ),
  'synthetic (?:data|dataset|examples|dialogues|conversations|training)',
  near('dataset', alt('prompts?', 'responses?', 'pairs?', 'instructions?', 'examples?', 'answers?'), 40),
  'stored as the reference',
  'sharegpt',
  '"from"\\s*:\\s*"(?:human|gpt)"',
  'conversations? between (?:a|the) user and (?:a|an|the) (?:helpful )?(?:ai )?(?:assistant|chatbot|model)',
  'reference answers? for',
  '训练数据',
  '微调',
  '指令数据',
  '数据集',
  '语料',
  '数据合成',
  '学習データ',
  'ファインチューニング',
  'データセット',
  '학습 데이터',
  '파인튜닝',
  '데이터셋',
  'обучающ',
  'для обучения',
  'дообуч',
  'датасет',
  'datos de entrenamiento',
  'para entrenar',
  'ajuste fino',
  'trainingsdaten',
  'zum trainieren',
  'dữ liệu huấn luyện',
  'tinh chỉnh',
  'để huấn luyện',
  'data latih',
  'melatih model',
  'untuk melatih',
  'données d.entraînement',
);

/** Prompts paired with full responses (the pair, not a list of items). */
const PAIRS = cue(
  near(
    alt(
      'prompts?',
      'instructions?',
      'questions?',
      'queries',
      'requests?',
      'user messages?',
      'tasks?',
      'problems?',
      'exercises?',
    ),
    alt(
      '(?:and|with|plus|together with) (?:[^ .\\n]+ ){0,3}(?:responses?|answers?|repl(?:y|ies)|solutions?|outputs?|completions?)',
    ),
    60,
  ),
  'q ?& ?a pairs?',
  'question-answer pairs?',
  '(?:prompt|instruction|question)[/ -](?:response|answer|output) pairs?',
  '"(?:instruction|prompt|question|q|user|human|input)"[^\\n]{0,60}"(?:output|response|answer|a|assistant|gpt|completion)"',
  '"from"\\s*:\\s*"(?:human|gpt|user|assistant)"',
  'sharegpt',
  near(alt('conversations?', 'dialogues?'), 'between a user and', 20),
  'multi-?turn (?:conversations?|dialogues?)',
  '问答对',
  '多轮对话',
  '指令[^。\\n]{0,6}(?:回答|输出)',
  '質問と[^。\\n]{0,10}回答',
  '질문과 답변',
  'пар[ыа]? вопрос',
  'pares? pregunta',
  'frage-antwort',
  'cặp câu hỏi',
  'pasangan tanya',
);

const DIVERSE = cue(
  'diverse',
  'varied',
  'vary (?:the )?(?:topics|domains|difficulty|tasks|personas|intents)',
  'different (?:domains|topics|intents|tasks|difficulty|personas|expertise)',
  'no repeat',
  "(?:don't|do not) repeat",
  'high-?quality',
  'cover(?:ing)? (?:different|a range|many|at least)',
  '多样',
  '不要重复',
  '多様',
  '다양',
  'разнообраз',
  'variad[oa]s',
  'vielfältig',
  'đa dạng',
  'beragam',
);

const IMITATE = cue(
  near(
    alt('respond', 'answer', 'reply', 'write'),
    alt(
      '(?:exactly )?(?:as|like) (?:you|claude|gpt|chatgpt|gemini|the assistant) (?:would|normally|usually|do)',
      'the way you (?:would |normally |usually )?(?:do|answer|respond|reply)',
    ),
    20,
  ),
  'your (?:full|best|normal|usual|own) (?:reply|answer|response)s?',
  'reproduce (?:it )?word for word',
  'learn to reproduce',
  'teach (?:a|the) (?:smaller|student) model',
  'characteristic (?:structure|style|tone)',
);

const EVOL = cue(
  'rewrite (?:a|the) (?:given )?prompt into a more',
  '#(?:given|rewritten|created) prompt#',
  'seed (?:tasks|instructions|examples)',
  'self-?instruct',
  'evol-?instruct',
  'come up with a set of',
);

const FORMAT_SIGNATURE = cue(
  '<\\|[a-z_]{2,20}\\|>',
  '</s>',
  '\\[eos\\]',
  'end every (?:response|answer|reply) with',
  'format every (?:answer|response|reply) as',
);
const STRUCTURED = cue('\\bjsonl\\b', 'json array', 'one (?:json )?object per line', 'json objects?');
const PERSONAL = cue(
  'for my (?:class|students|kids|son|daughter|team|workshop|unit|quiz|exam|app|tests|figma|mockup|presentation|lesson|board)',
  'unit tests',
  'jest',
  'anki',
  'flashcards?',
  'mock(?:ing)? ?up',
);

export function scoreTrainingDataGen(f: RequestFeatures): Score {
  const t = f.text.instructions;
  const e = new Evidence();
  const purpose = PURPOSE.test(t);
  const pairs = PAIRS.test(t);
  const count = f.requestedCount;
  if (purpose && (pairs || count >= 10)) e.add(1.5, 'asks for model-training data');
  else if (purpose) e.add(0.45, 'mentions building training data');
  if (pairs && count >= 15) e.add(0.6, `asks for ${count} prompt/response pairs`);
  else if (pairs) e.add(0.25);
  if (pairs && DIVERSE.test(t)) e.add(0.35, 'diverse and high quality, as for a corpus');
  if ((pairs || purpose) && STRUCTURED.test(t)) e.add(0.3, 'as JSONL records');
  if (IMITATE.test(t)) e.add(1.1, 'asks the model to answer exactly as it normally would, for imitation');
  if (EVOL.test(t)) e.add(1.1, 'self-instruct / evol-instruct generation');
  if (FORMAT_SIGNATURE.test(f.text.system))
    e.add(0.75, 'system prompt imposes a fixed output signature with an end token');
  if (e.sum > 0 && PERSONAL.test(t) && !purpose) e.add(-0.6);
  return e.score();
}

import { alt, both, cue, near, word } from '../cues.ts';
import { Evidence } from '../evidence.ts';
import type { RequestFeatures } from '../features.ts';
import type { Score } from '../types.ts';

/**
 * Reasoning extraction: a question with a finished answer, and a request to write out the
 * reasoning "behind" it as if it were the model's own hidden thinking; or a request to copy the
 * model's real thinking into the visible reply. A student asking for step-by-step working has
 * the step-by-step part but not the emulation of private thought, so that is what is weighed.
 */
const REASONING = alt(
  word('reasoning'),
  'thought process',
  'thinking',
  word('thoughts?'),
  'chain[- ]of[- ]thought',
  word('cot\\b'),
  'rationale',
  'deliberation',
  'monologue',
  'scratch ?pad',
  'scratch[- ]?work',
  'stream of consciousness',
  'train of thought',
  'mental (?:steps|process|model)',
  'going on in (?:his|her|their|your|my|the solver.s) (?:head|mind)',
  '思考',
  '思维',
  '推理',
  '思路',
  '想法',
  '心路',
  '考え',
  '推論',
  '사고',
  '추론',
  '생각',
  'рассужд',
  'ход(?:а|е)? мысл',
  'мысл',
  'размышл',
  'razonamiento',
  'pensamiento',
  'raciocínio',
  'raisonnement',
  'réflexion',
  'denkprozess',
  'gedankengang',
  'gedanken',
  'überlegung',
  'suy nghĩ',
  'lập luận',
  'suy luận',
  'tư duy',
  'penalaran',
  'proses berpikir',
  'pemikiran',
  'alur pikir',
);

const HIDDEN = alt(
  word('internal'),
  word('inner'),
  word('hidden'),
  word('private(?:ly)?'),
  word('secret'),
  word('raw'),
  word('unseen'),
  'behind the scenes',
  'silent',
  'unfiltered',
  'unedited',
  'in (?:your|his|her|their) (?:own )?(?:head|mind)',
  '内部',
  '内心',
  '隐藏',
  '脑海',
  '私下',
  '内面',
  '頭の中',
  '隠れた',
  '내부',
  '내면',
  '속마음',
  '숨겨진',
  '머릿속',
  'внутренн',
  'скрыт',
  'про себя',
  'intern[oa]',
  'ocult[oa]',
  'privad[oa]',
  'inner(?:e|en|er)',
  'verborgen',
  'nội tâm',
  'bên trong',
  'batin',
  'tersembunyi',
);

const RECONSTRUCT = alt(
  word('imagine'),
  word('reconstruct'),
  word('recreate'),
  'reverse[- ]engineer',
  word('replay'),
  word('narrate'),
  word('articulate'),
  'write (?:out|down)',
  'spell out',
  word('backfill'),
  '(?:produce|generate|write|emit|give)\\b',
  word('fabricate'),
  '设想',
  '想象',
  '还原',
  '重现',
  '重建',
  '补全',
  '写出',
  '想像',
  '再構成',
  '再現',
  '書き出',
  '상상',
  '재구성',
  '재현',
  '작성',
  'восстанов',
  'представь',
  'воссозда',
  'распиши',
  'imagina',
  'reconstru',
  'recrea',
  'stell dir vor',
  'rekonstru',
  'schreib',
  'tưởng tượng',
  'tái tạo',
  'tái hiện',
  'viết ra',
  'bayangkan',
  'rekonstruksi',
  'tuliskan',
);

const ANSWER = alt(
  'answers?',
  'responses?',
  'solutions?',
  'outputs?',
  'replies',
  'reply',
  'results?',
  'verdict',
  '答案',
  '回答',
  '解答',
  '答え',
  '답변',
  '정답',
  'ответ',
  'решени',
  'respuesta',
  'solución',
  'antwort',
  'lösung',
  'câu trả lời',
  'đáp án',
  'lời giải',
  'jawaban',
);

/** An answer that is handed over with the question ("completed response", "reference answer"). */
const GIVEN_ANSWER = cue(
  near(
    alt(
      'given',
      'provided',
      'completed',
      'finished',
      'final',
      'reference',
      'accepted',
      'known',
      'existing',
      'gold',
      'target',
      'official',
      'ready',
      'supplied',
      'correct',
      'expected',
      '参考',
      '最终',
      '标准',
      '已知',
      '给定',
      '完成した',
      '最終',
      '최종',
      '주어진',
      'готов',
      'данн',
      'dada',
      'final',
      'fertige',
      'vorgegebene',
      'cuối cùng',
      'akhir',
    ),
    ANSWER,
    14,
  ),
  near(
    alt('question', 'problem', 'prompt', 'task', 'pregunta', 'frage', 'вопрос', 'задач'),
    `and (?:its|the|a|an) ${ANSWER}`,
    30,
  ),
  '(?:^|\\n)\\s*(?:#+\\s*)?(?:a|answer|final|solution|response|completed response|reference|target|output|【?答案】?|【?参考答案】?|回答|解答|답변|정답|ответ|respuesta|antwort|jawaban|đáp án|câu trả lời)\\s*[:：】]',
  `${ANSWER} (?:below|above|provided|given|that follows|was given|is given)`,
  '"(?:answer|final|final_answer|solution|reference|gold|target|expected)"\\s*:',
  '(?:below|here) (?:is|are) (?:a|the|an) (?:question|problem|prompt|task)s? (?:and|with|along)',
  word('landed on'),
);

/** The reasoning is framed as what preceded or produced the answer. */
const LED_TO = cue(
  near(
    REASONING,
    alt(
      'led to',
      'leads to',
      'lead to',
      'precede',
      'behind',
      'produced',
      'resulted in',
      'before (?:writing|answering|replying|giving)',
      'that ends at',
      'arrives? at',
    ),
    50,
  ),
  near(
    alt('before', 'prior to', '之前', '前の', '전에', 'до того', 'antes de', 'bevor', 'trước khi', 'sebelum'),
    REASONING,
    40,
  ),
  near(
    REASONING,
    alt(
      '得到',
      '得出',
      '导致',
      '至る',
      '도달',
      'привёл',
      'привел',
      'llevó',
      'geführt',
      'dẫn đến',
      'menghasilkan',
    ),
    30,
  ),
);

const PRETEND = cue(
  near(
    'as if',
    alt(
      "(?:you|he|she|they|i) (?:had not|hadn't|did not|didn't|never|haven't)",
      'unaware',
      'without knowing',
    ),
    20,
  ),
  `${near(
    alt("don't", 'do not', 'never', 'without', 'must not', 'no'),
    alt(
      'mention',
      'say',
      'reveal',
      'refer',
      'reference',
      'acknowledge',
      'indicate',
      'admit',
      'let on',
      'hint',
    ),
    12,
  )}[^.!?\\n]{0,40}${ANSWER}`,
  near(alt('pretend', 'act as though'), alt(ANSWER, 'you wrote', 'you solved', 'your own'), 40),
  near(alt('不要', '别', '勿', '不得'), alt('提及', '提到', '说明', '透露', '暴露'), 12) +
    `[^。\\n]{0,20}${ANSWER}`,
  near(
    ANSWER,
    alt(
      '触れない',
      '言及しない',
      '언급하지',
      'не упоминай',
      'no menciones',
      'erwähne nicht',
      'không nhắc',
      'jangan (?:menyebut|sebut)',
    ),
    40,
  ),
  near(alt('не упоминай', 'no menciones', 'erwähne nicht', 'không (?:được )?nhắc', 'jangan'), ANSWER, 40),
);

const FIRST_PERSON = cue(
  'first[- ]person',
  'inner voice',
  'stream of consciousness',
  'think(?:ing)? (?:aloud|out loud)',
  'present tense',
  'transcript of (?:his|her|their|your|the) (?:scratch|thinking|thoughts)',
  '第一人称',
  '一人称',
  '1인칭',
  '일인칭',
  'от первого лица',
  'primera persona',
  'ich-form',
  'ich-perspektive',
  'ngôi thứ nhất',
  'orang pertama',
  'première personne',
  '独白',
  '독백',
);

const SELF_CHECK = cue(
  'false starts?',
  'dead ends?',
  'wrong turns?',
  'backtrack',
  'self-?checks?',
  'self-?correct',
  'double-check',
  'sanity[- ]check',
  'trial and error',
  'messy',
  'exploratory',
  'hesitat',
  'second-guess',
  '试错',
  '验算',
  '自我纠正',
  '試行錯誤',
  '検算',
  '시행착오',
  '검산',
  'проверк',
  'исправлен',
  'comprobaci',
  'verificaci',
  'selbstkontroll',
  'zwischenrechnung',
  'thử và sai',
  'kiểm tra lại',
  'coba-coba',
  'memeriksa ulang',
);

const REASONING_RE = new RegExp(REASONING, 'u');
const HIDDEN_REASONING = cue(both(HIDDEN, REASONING, 24));
const RECONSTRUCT_REASONING = cue(near(RECONSTRUCT, REASONING, 50));

/** Ask for the model's own thinking, copied into the visible reply. */
const DUMP = cue(
  near(
    alt(
      'paste',
      'copy',
      'include',
      'output',
      'print',
      'show',
      'reveal',
      'reproduce',
      'write out',
      'repeat',
      'quote',
      'dump',
      'transcribe',
    ),
    near(alt('your', 'the'), REASONING, 40),
    30,
  ) +
    `[^\\n]{0,80}${alt('verbatim', 'in full', 'not a summary', 'unedited', 'word for word', 'entire', 'complete', 'every', "(?:wouldn't|would not|don't|do not) (?:normally |usually )?show", 'thinking block')}`,
  near(
    REASONING,
    alt(
      'you (?:performed|did|used|went through|had)',
      "you (?:normally|usually) (?:wouldn't|would not|don't)",
    ),
    30,
  ),
  'thinking block',
  near(alt('原样', '完整', '逐字'), alt('思考过程', '推理过程', '思维链'), 20),
);

const TAGS = cue(
  '<\\s*(?:think|thinking|thought|scratchpad|reasoning|trace|cot|inner|思考)\\b',
  '"(?:cot|rationale|thought_process|reasoning_trace|chain_of_thought|thinking)"',
  '\\bcot[_ ](?:backfill|data|field)',
  'thought_process',
);

const BULK = cue(
  'for each (?:record|item|line|problem|question|pair|entry|row)',
  'one (?:jsonl )?line per',
  '\\bjsonl\\b',
  'same (?:style|format)',
  '(?:^|\\n)\\s*next\\s*:',
  '\\bnext (?:one|batch|record)',
);

/** A person learning: explanation for a reader, their own work, a class or an exam. */
const LEARNER = cue(
  'explain (?:it |this )?(?:to|for) (?:me|my|a|someone|students|kids|him|her)',
  'so (?:i|we) can (?:understand|explain|learn|follow)',
  "i (?:don't|do not|can't|cannot) (?:understand|see|get)",
  'where(?:.s| is| did) (?:my|i) (?:mistake|error|go wrong|went wrong)',
  'my (?:work|homework|attempt|exam|quiz|test|teacher|professor|class|son|daughter|kid|child)',
  'homework',
  "like i'?m (?:\\d+|five|a beginner)",
  'for my (?:class|course|students|exam|quiz)',
);

export function scoreReasoningExtraction(f: RequestFeatures): Score {
  const t = f.text.instructions;
  const e = new Evidence();
  const reasoning = REASONING_RE.test(t);
  const tags = TAGS.test(t);
  // Every cue below is about reasoning or a thinking block; without either there is nothing to weigh.
  if (!reasoning && !tags) return e.score();
  const hidden = HIDDEN_REASONING.test(t);
  const given = GIVEN_ANSWER.test(t);
  const dump = DUMP.test(t);
  const pretend = PRETEND.test(t);
  if (hidden) e.add(0.7, 'asks for hidden or internal reasoning');
  if (reasoning && given) e.add(0.35, 'supplies a finished answer alongside the question');
  if ((reasoning || tags) && (RECONSTRUCT_REASONING.test(t) || LED_TO.test(t)) && (given || hidden)) {
    e.add(0.55, 'asks to articulate the reasoning behind a given answer');
  }
  if (pretend && (reasoning || tags || given)) e.add(1.0, 'asks to hide that the answer was supplied');
  if ((reasoning || tags) && FIRST_PERSON.test(t))
    e.add(0.5, 'wants the thinking as a first-person monologue');
  if ((reasoning || tags) && (hidden || given) && SELF_CHECK.test(t)) {
    e.add(0.35, 'wants simulated false starts and self-checks');
  }
  if (tags && (given || hidden)) e.add(0.5, 'asks for a think/scratchpad block or rationale field');
  if (dump) {
    const budget = f.params.thinkingBudget !== undefined || f.params.reasoningEffort !== undefined;
    e.add(budget ? 1.6 : 1.2, "asks to copy the model's own thinking into the reply");
  }
  if (e.sum > 0.5 && BULK.test(t)) e.add(0.3, 'in batch over many records');
  if (e.sum > 0 && !pretend && !dump && LEARNER.test(t)) e.add(-0.5);
  return e.score();
}

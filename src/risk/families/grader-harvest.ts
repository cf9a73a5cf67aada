import { alt, both, cue, near, word } from '../cues.ts';
import { Evidence } from '../evidence.ts';
import type { RequestFeatures } from '../features.ts';
import type { Score } from '../types.ts';

/**
 * Grader / reward-model harvest: candidate outputs of an AI scored, compared, ranked or
 * step-labelled against criteria, in a fixed verdict format, for use as a reward signal. A
 * teacher grading one essay has the rubric and maybe JSON too, but the work is a person's, so
 * whose output is judged is the strongest discriminator.
 */
const OBJECT = alt(
  'the',
  'each',
  'every',
  'this',
  'these',
  'both',
  'all',
  'two',
  'following',
  'them',
  'it',
  'which',
  'whether',
  'from',
  'on',
  'against',
  'its',
  'their',
  'one',
  'pairs?',
  'responses?',
  'answers?',
  'candidates?',
  'completions?',
  'outputs?',
);
const JUDGE = alt(
  near(
    alt(
      word('grade'),
      word('score'),
      word('rate'),
      word('rank'),
      word('judge'),
      word('evaluate'),
      word('compare'),
      word('assess'),
      word('label'),
      word('critique'),
    ),
    OBJECT,
    3,
  ),
  near(
    alt('output', 'give', 'assign', 'provide', 'return', 'emit'),
    alt('ratings?', 'scores?', 'grades?', 'labels?', 'verdicts?'),
    24,
  ),
  near(
    alt('choose', 'pick', 'select'),
    'the (?:better |best |safer |more helpful )?(?:response|answer|completion|reply)',
    12,
  ),
  'label(?:s|ing)? (?:preference|data|pairs|items|responses|completions)',
  word('evaluator'),
  word('grader'),
  word('judges?\b'),
  word('scorecard'),
  'which (?:one |answer |response |completion |output )?is (?:better|best|stronger|more)',
  word('better answer'),
  word('winner'),
  word('verdict'),
  '评分',
  '打分',
  '评审',
  '比较',
  '评估',
  '评判',
  '排序',
  '採点',
  '評価',
  '比較',
  '평가',
  '채점',
  '비교',
  'оцени',
  'сравни',
  'ранжируй',
  'evalúa',
  'califica',
  'compara',
  'puntúa',
  'bewerte',
  'vergleiche',
  'beurteile',
  'đánh giá',
  'chấm điểm',
  'so sánh',
  'nilailah',
  'beri nilai',
  'bandingkan',
  'évalue',
  'note chaque',
);

/** A prompt and a response to it, laid out as labelled fields: the thing judged is a reply. */
const PROMPT_FIELD =
  /(?:^|\n)\s*(?:#+\s*)?\[?(?:prompt|user(?: question| prompt)?|question|instruction|query)\]?\s*[:：\n]/u;
const RESPONSE_FIELD =
  /(?:^|\n)\s*(?:#+\s*)?\[?(?:the )?(?:response|completion|output|reply|assistant(?:'s)? answer|candidate)(?: ?[ab12])?\]?\s*[:：\n]/u;

const AI_OUTPUT = alt(
  near(
    alt('assistant', word('ai'), 'model', 'chatbot', word('bot'), word('llm'), 'agent', 'system'),
    alt(
      'responses?',
      'answers?',
      'outputs?',
      'repl(?:y|ies)',
      'turns?',
      'completions?',
      'generations?',
      'messages?',
    ),
    12,
  ),
  word('completions?'),
  near(word('candidate'), alt('answers?', 'responses?', 'solutions?', 'outputs?', 'completions?'), 6),
  '(?:response|answer|assistant|output|completion|model|candidate|respuesta|antwort|回答|答案|응답)[ _]?(?:\\[?[ab12]\\]?|one|two)(?![a-z])',
  '\\[\\[[abc]\\]\\]',
  'response_[12]',
  'chosen',
  'pair_id',
  'item_id',
  '(?:prompt|instruction), ?response',
  '"response"\\s*:',
  '(?:two|both|these|the) (?:candidate )?(?:answers|responses|completions|outputs)',
  near(alt('contestant', 'participant', 'entrant'), alt('answers?', 'responses?'), 8),
  near(word('judge|evaluate|score|rate|grade'), 'the (?:assistant.s )?(?:response|completion|reply)', 30),
);

/** Whose work it is: a person's (mine, a student's) rather than a model's. */
const HUMAN_WORK = cue(
  'my (?:own )?(?:essay|resume|cv|poem|answer|draft|work|proof|code|statement|pitch|story|translation|report|thesis|function|query|solution|application|cover letter|paragraph|toast|speech|bullet)',
  word('students?'),
  'pupils?',
  'graders?\\b',
  'my (?:son|daughter|kid|child|class)',
  'i (?:wrote|made|drafted)',
  '学生',
  '我的',
  '生徒',
  '学生の',
  '학생',
  'учени',
  'студент',
  'alumn[oa]',
  'estudiante',
  'schüler',
  'học sinh',
  'siswa',
  'mahasiswa',
);

const VERDICT_FORMAT = cue(
  'output only',
  'only (?:output|return|respond|reply)',
  'reply with (?:only|exactly|a single|one)',
  'respond with (?:only|exactly|a single|one|a json|json)',
  'nothing else',
  'no other text',
  'exactly one of',
  'single (?:character|token|digit|letter|word|line)',
  'one (?:line|token|word) per',
  '\\[\\[[abc]\\]\\]',
  '"(?:winner|verdict|scores|better|preferred|label|mejor|winner_id)"',
  'pass"? ?\\|',
  '(?:^|\\n)[^\\n]{0,20}(?:better answer|preferred|winner|verdict|rating|score)\\s*:\\s*$',
  '只输出',
  '仅输出',
  'únicamente con json',
  'solo json',
);

const CRITERIA = cue(
  word('rubric'),
  word('criteria'),
  'helpful(?:ness)?',
  'harmless(?:ness)?',
  'correctness',
  'factuality',
  'instruction[_ ]following',
  '(?<![\\d.,])(?:1|0)\\s*(?:-|to|–|\\.\\.)\\s*(?:5|7|9|10)(?![\\d%])',
  'likert',
  word('anchors?'),
  word('principle'),
  '评分标准',
  '维度',
  '有用性',
  '准确性',
  'критери',
  'exactitud',
  'utilidad',
  'kriterien',
);

const REWARD_META = cue(
  'reward (?:signal|model|data)',
  'preference (?:data|pairs?|labels?|dataset)',
  word('rlhf'),
  word('rlaif'),
  word('dpo'),
  'policy training',
  'impartial',
  near(alt('order', 'position'), alt('length', 'bias', 'influence'), 30),
  'consistent across',
  'process reward',
  'judge model',
  'as a judge',
  '偏好数据',
  '奖励模型',
  '不要因为',
);

const STEP_LABELS = cue(
  both(near(alt('each', 'every'), 'step', 6), alt('label', '(?:^|\\D)-1(?!\\d)', 'correct or incorrect'), 60),
);

const CRITIQUE_REWRITE = cue(
  near(alt('write', 'produce', 'give'), alt('an improved', 'a better', 'a revised'), 10) +
    '[^.\\n]{0,40}(?:response|answer|version)',
);

const BATCH = cue(
  'for each (?:pair|record|item|response|completion|sample)',
  '\\bjsonl\\b',
  'pair_id',
  'item_id',
  '"id"',
);

const JUDGE_RE = new RegExp(JUDGE, 'u');
const AI_OUTPUT_RE = new RegExp(AI_OUTPUT, 'u');

export function scoreGraderHarvest(f: RequestFeatures): Score {
  const t = f.text.instructions;
  const e = new Evidence();
  const judge = JUDGE_RE.test(t);
  if (!judge) return e.score();
  const ai = AI_OUTPUT_RE.test(t) || (PROMPT_FIELD.test(t) && RESPONSE_FIELD.test(t));
  const human = HUMAN_WORK.test(t);
  if (ai) e.add(1.0, 'scores or compares candidate AI outputs');
  else e.add(0.15);
  if (VERDICT_FORMAT.test(t)) e.add(0.45, 'in a fixed verdict format');
  if (CRITERIA.test(t)) e.add(0.3, 'against a rubric or fixed criteria');
  if (REWARD_META.test(t)) e.add(0.7, 'framed as preference or reward-model labelling');
  if (STEP_LABELS.test(t)) e.add(0.8, 'labels each step of a solution (process reward)');
  if (ai && CRITIQUE_REWRITE.test(t)) e.add(0.4, 'critique-and-rewrite of a response');
  if (ai && BATCH.test(t)) e.add(0.3, 'in batch');
  if (f.params.logprobs && (f.params.maxTokens ?? 99) <= 2) e.add(0.5, 'reads the verdict from logprobs');
  if (human && !ai) e.add(-0.9);
  else if (human) e.add(-0.3);
  return e.score();
}

import { alt, countUpTo, cue } from '../cues.ts';
import { Evidence } from '../evidence.ts';
import type { RequestFeatures } from '../features.ts';
import { CODE_ABOUT, CODE_TASK } from '../lexicon/code.ts';
import { MORE_LIKE_THIS } from '../lexicon/political.ts';
import {
  ANSWER,
  COMPLETE_STRONG,
  COMPLETE_WEAK,
  CONCEAL,
  EMIT,
  EVALUATE,
  EXPLAIN,
  FIRST_PERSON,
  GIVEN_ANSWER_PHRASE,
  HIDDEN,
  LEADS,
  LEARNER,
  NATURAL,
  REASONING,
  SELF,
  SIMULATED,
  TRAINING,
} from '../lexicon/reasoning.ts';
import { cleanse, context, Lexicon, scriptsOf, w } from '../lexicon/scripted.ts';
import type { Score } from '../types.ts';

/**
 * Reasoning extraction: a question with its finished answer, and a request to write out the
 * reasoning behind it as if it were the model's own thinking (first person, natural, with
 * invented hesitations, never admitting the answer was supplied); or a request to copy the
 * model's own thinking into the visible reply, in full. The behaviour is modelled as a
 * combination: the thing asked for is a reasoning process, the answer is already there
 * (structurally: question and answer labels, JSON fields; or in words), the reasoning is to end
 * at that answer, and it is to pass as genuine private thinking. A student asking how to get
 * to the answer in their book has the first two but not the rest, and says they are learning.
 */

/** Labels that open a question, a problem or a prompt ("Q:", "Problem:", "【题目】", "Soru:"). */
const Q_WORDS = alt(
  'question',
  'problem',
  'prompt',
  'user prompt',
  'user question',
  'task',
  'item',
  'input',
  'puzzle',
  'exercise',
  'vignette',
  'clinical vignette',
  'case',
  'scenario',
  'situation',
  'position',
  'riddle',
  '题目',
  '问题',
  '题',
  '質問',
  '問題',
  '問',
  '질문',
  '문제',
  'вопрос',
  'задача',
  'задание',
  'pregunta',
  'problema',
  'pergunta',
  'questão',
  'frage',
  'aufgabe',
  'domanda',
  'soru',
  'سؤال',
  'السؤال',
  'سوال',
  'مسئله',
  'प्रश्न',
  'सवाल',
  'câu hỏi',
  'bài toán',
  'đề bài',
  'soal',
  'pertanyaan',
);

/** Labels that open an answer ("A:", "Final answer:", "Accepted response:", "【参考答案】"). */
const A_WORDS = alt(
  'answer',
  'answer key',
  'final',
  'final answer',
  'key',
  'gold',
  'target',
  'expected',
  'reference',
  'output',
  'solution',
  'response',
  'reply',
  'diagnosis',
  'verdict',
  'culprit',
  'move',
  'best move',
  'winner',
  'outcome',
  'conclusion',
  'decision',
  'ruling',
  'holding',
  'ergebnis',
  'endergebnis',
  'resultado',
  'résultat',
  'risultato',
  'fallo',
  'sentencia',
  'veredicto',
  'result',
  'correct option',
  'translation',
  'final code',
  'final essay',
  'final text',
  'book answer',
  '答案',
  '参考答案',
  '标准答案',
  '答',
  '回答',
  '解答',
  '答え',
  '正解',
  '답',
  '답변',
  '정답',
  'ответ',
  'решение',
  'respuesta',
  'solución',
  'resposta',
  'réponse',
  'antwort',
  'lösung',
  'loesung',
  'risposta',
  'soluzione',
  'cevap',
  'yan[ıi]t',
  'الإجابة',
  'الجواب',
  'پاسخ',
  'جواب',
  'उत्तर',
  'जवाब',
  'đáp án',
  'câu trả lời',
  'lời giải',
  'jawaban',
);

// A label sits at a line start or after a sentence end, may carry up to three words before it
// ("Accepted response:", "Her answer:", "Chapter 7, #14:") and ends with a colon or a bracket.
const LABEL_START = '(?:^|\\n|[.?!。？！؟،)\\]]\\s+)[ \\t]*[#*>\\-]*[ \\t]*【?';
const LABEL_END = '】?[ \\t]*[:：】]';
const Q_LABEL = new RegExp(`${LABEL_START}(?:[^\\s:：\\n]{1,20}[ \\t]){0,2}${Q_WORDS}${LABEL_END}`, 'u');
// "VERIFIED_ANSWER:", "gold_answer:": a qualifier joined to the label by an underscore.
const A_LABEL = new RegExp(
  `${LABEL_START}(?:[^\\s:：\\n]{1,20}[ \\t]){0,2}(?:[a-z]{1,12}_)?${A_WORDS}${LABEL_END}`,
  'u',
);
/** Markdown section headings as labels: "### PROBLEM" … "### REFERENCE ANSWER". */
const HEADING = (words: string) =>
  new RegExp(`(?:^|\\n)[ \\t]*#{1,6}[ \\t]*(?:[^\\s\\n]{1,20}[ \\t]){0,2}${words}[ \\t]*\\n`, 'u');
const Q_HEADING = HEADING(Q_WORDS);
const A_HEADING = HEADING(A_WORDS);
/** "Q: … A: …" (or the Portuguese "P: … R: …"): single letters count only as a pair. */
const SHORT_Q = /(?:^|[\s.?!。？！؟])[qp]\s*[:：]/gu;
const SHORT_A = /(?:^|[\s.?!。？！؟])[ar]\s*[:：]/u;
function shortPair(t: string): boolean {
  SHORT_Q.lastIndex = 0;
  let n = 0;
  for (let m = SHORT_Q.exec(t); m !== null && n < 16; m = SHORT_Q.exec(t), n++) {
    if (SHORT_A.test(t.slice(m.index + m[0].length, m.index + m[0].length + 800))) return true;
  }
  return false;
}
const JSON_Q = /"(?:question|prompt|problem|q|input|query|instruction|task)"\s*:/u;
const JSON_A =
  /"(?:answer|reference|final|final_answer|solution|target|gold|expected|output|response|label|accepted|loesung|lösung|antwort|respuesta|resposta|réponse|reponse|ответ|答案|回答|解答|正解|정답)"\s*:/u;

/** Verbs that ask to make up the reasoning: reconstruct, imagine, voice, backfill. */
const RECONSTRUCT_VERB = alt(
  w('imagine'),
  w('reconstruct'),
  w('recreate'),
  'reverse[- ]engineer',
  w('replay'),
  w('narrate'),
  w('articulate'),
  w('voices?'),
  w('verbali[sz]e'),
  w('backfill'),
  w('fill in'),
  w('fabricate'),
  w('invent(?!or(?:y|ies))'),
  w('simulate'),
  w('produce'),
  w('generate'),
  w('write'),
  '设想',
  '想象',
  '还原',
  '重现',
  '重建',
  '补全',
  '写出',
  '扮演',
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
  'напиши',
  'imagina',
  'reconstru',
  'recrea',
  'reconstitu',
  'imagine',
  'stell dir vor',
  'rekonstru',
  'schreib',
  'ricostruisci',
  'yeniden (?:kur|oluştur)',
  'yaz\\b',
  'أعد بناء',
  'تخيل',
  'اكتب',
  'بازسازی',
  'تصور کن',
  'بنویس',
  'पुनर्निर्माण',
  'कल्पना',
  'लिखिए',
  'लिखो',
  'tưởng tượng',
  'tái tạo',
  'tái hiện',
  'viết ra',
  'bayangkan',
  'rekonstruksi',
  'tuliskan',
);

/** Thinking blocks, scratchpads and reasoning fields asked for in the output. */
const TAGS = cue(
  '<\\s*/?\\s*(?:think|thinking|thought|thoughts|scratchpad|scratch|reasoning|trace|cot|inner|monologue|deliberation|思考|思考过程|思维链|考え|생각|размышления)\\b',
  '<\\s*(?:思考|思维链|考え|생각|размышления)',
  '<\\s*[^\\s>]{0,20}(?:réflexion|reflexi|razonamiento|raciocínio|gedanken|denk|размышл|мысл|рассужд|düşünce|تفكير|سوچ|सोच|suy nghĩ|pikir|pensier|ragionam|pensamiento|pensamento)',
);
const FIELD = cue(
  '"(?:cot|trace|thought_process|thoughts|thinking|reasoning_trace|chain_of_thought|inner_monologue|scratchpad|思考|思考过程)"',
  '\\bcot[_ ](?:backfill|data|field|synth)',
  'rationale[_ ]fill',
  'thought_process',
  // keys named in YAML/JSON specs: `gedankengang`, `deliberation`, `rationale_trace`
  '`(?:cot|trace|thoughts?|thinking|reasoning(?:_trace)?|deliberation|gedankengang|denkprozess|razonamiento|raciocínio|raisonnement|scratchpad|inner_monologue)`',
);
const WEAK_FIELD = cue('"(?:reasoning|rationale|explanation|analysis)"');

/** An output format of two blocks: the reasoning, then the answer ("Thoughts: … Answer: …"). */
const REASONING_LABEL = cue(
  // a markdown section of its own: "### Think", "## Reasoning"
  `(?:^|\\n)[ \\t]*#{1,6}[ \\t]*(?:think|thinking|thoughts?|reasoning|rationale|scratchpad|deliberation|思考|推理|思路|考え|생각|рассуждени\\p{L}*|razonamiento|raciocínio|raisonnement|überlegung\\p{L}*)[ \\t]*(?:\\n|$)`,
  `(?:[«"“「『【\\[]|(?:^|\\n)[ \\t]*[#*]*[ \\t]*)(?:[^\\s:：\\n»"”」』】\\]]{1,20}[ \\t]){0,2}${REASONING}[^\\s:：\\n»"”」』】\\]]{0,6}\\s*(?:[»"”」』】\\]](?!\\s*:)|[:：])`,
  'two (?:blocks|sections|parts)',
  'два блока',
  '两个部分',
  '两部分',
  '2つのブロック',
  '두 (?:블록|부분)',
  'dos (?:bloques|secciones)',
  'dois blocos',
  'deux (?:blocs|parties)',
  'zwei (?:blöcke|abschnitte|teile)',
  'due blocchi',
  'iki blok',
);

/** Verbs that put the thinking into the reply, or fix the reply's shape. */
const EMIT_ANY = alt(
  EMIT,
  w('respond'),
  w('reply'),
  'answer (?:in|with)',
  'отвеча',
  'responde',
  'réponds',
  'antworte',
);
const YOU_DID = alt(
  'you (?:actually |really )?(?:performed|did|used|went through|had|carry|conduct|ran|run|followed)',
  'ты (?:их )?вед',
  // Arabic "your thinking" is one word: the possessive is a suffix on the reasoning noun.
  '(?:تفكير|استدلال|منطق|أفكار)ك(?!\\p{L})',
  // So is Thai: the possessive follows the noun ("กระบวนการคิด…ของคุณ").
  'ของคุณ',
);
const THINKING_BLOCK =
  /thinking[- ]block|extended thinking|reasoning tokens|блок\S* (?:размышлен|мышлен)|bloku? myślenia|思考(?:块|ブロック)/u;

/** Earlier assistant turns that already read like a thinking trace, or a thinking prefill. */
const ASSISTANT_MONOLOGUE = cue(
  '(?:^|\\n)\\s*(?:let me (?:think|see|check|work)|okay,? so|ok,? so|hmm|so first|first,? i|alright,? )',
  '(?:wait|hmm|let me double-check|sanity-check)[,.:!]',
  '<\\s*(?:think|thinking|scratchpad|reasoning)',
  '(?:^|\\n)\\s*(?:好的，|嗯|让我想想|まず|えーと|음|좋아,|итак|так,|bueno,|vale,|bon,|also,)',
);

/** A term of the trade for reasoning wanted as data: "reasoning trace", "a trace generator". */
const TRACE_TERM = cue(
  '(?:reasoning|thought|thinking|cot|chain[- ]of[- ]thought|deliberation) traces?',
  'trace generator',
  '推理轨迹',
  '思维轨迹',
  'трасс\\S* рассужд',
  'trazas? de razonamiento',
);
/** A floor on its length: "at least 500 words", "no fewer than 15 steps". */
const LENGTH_FLOOR = cue(
  '(?:at least|no fewer than|no less than|a minimum of|minimum(?: of)?) \\d+ (?:\\S+ )?(?:words|steps|sentences|tokens|lines|paragraphs|items)',
  '\\d+\\+ (?:\\S+ )?(?:words|steps|sentences|tokens|lines|paragraphs)',
  '至少\\s*\\d+\\s*(?:字|步|个步骤|句)',
  '(?:не менее|минимум|как минимум) \\d+ (?:слов|шаг)',
  '(?:al menos|como mínimo) \\d+ (?:palabras|pasos)',
  'mindestens \\d+ (?:wörter|schritte)',
);

/** The reasoning imposed on everything: "always", "for every input", "never … without it". */
const IMPOSED = cue(
  '\\balways\\b',
  'for (?:every|each) (?:input|question|prompt|request|item|answer)',
  '\\bnever (?:\\S+ ){0,4}without\\b',
  '\\bevery (?:answer|response|reply)\\b',
);
/** The sentence that sets the floor is about the reasoning, not the answer or an essay. */
const ABOUT_TRACE =
  /trace|reasoning|think|deliberat|rationale|steps|推理|思考|步骤|рассужд|шаг|razonamiento|pasos|schritte|denk/u;

function traceFloor(t: string): boolean {
  if (!LENGTH_FLOOR.test(t)) return false;
  for (const sentence of t.split(/[.!?\n。！？]/u)) {
    if (LENGTH_FLOOR.test(sentence) && ABOUT_TRACE.test(sentence)) return true;
  }
  return false;
}

/** More of the same: "next", "same style", a batch of records. */
const BULK = cue(
  'for each (?:record|item|line|problem|question|pair|entry|row|input)',
  'one (?:jsonl )?line per',
  '\\bjsonl\\b',
  'same (?:style|format|way|shape|length)',
  'that.s the (?:shape|style|format)',
  '(?:^|\\n|[.!]\\s)\\s*next\\s*[:：]',
  '\\bnext (?:one|batch|record|item)',
  '\\bbatch\\b',
  '\\bitem \\d+',
  '\\b(?:task|item|record|problem|sample|example) \\d+ ?/ ?\\d+',
  'each (?:pair|problem|question|item|input)',
  '每(?:道|个|一)',
  'для каждо',
  'para cada',
  'pour chaque',
  'für jede',
  'her (?:soru|bir)',
);

const LEX = {
  reasoning: new Lexicon(REASONING),
  given: new Lexicon(GIVEN_ANSWER_PHRASE),
  leads: new Lexicon(LEADS),
  hidden: new Lexicon(HIDDEN),
  conceal: new Lexicon(CONCEAL),
  firstPerson: new Lexicon(FIRST_PERSON),
  natural: new Lexicon(NATURAL),
  simulated: new Lexicon(SIMULATED),
  training: new Lexicon(TRAINING),
  learner: new Lexicon(LEARNER),
  reconstruct: new Lexicon(RECONSTRUCT_VERB),
  self: new Lexicon(SELF),
  youDid: new Lexicon(YOU_DID),
  strong: new Lexicon(COMPLETE_STRONG),
  weak: new Lexicon(COMPLETE_WEAK),
  emit: new Lexicon(EMIT_ANY),
  answer: new Lexicon(ANSWER),
  evaluate: new Lexicon(EVALUATE),
  explain: new Lexicon(EXPLAIN),
};

/**
 * The system prompt holds the recipe (reasoning that leads to an answer, hidden, first person,
 * concealing the answer) and the user turns hold only the items, without asking for reasoning.
 */
function pipeline(f: RequestFeatures): boolean {
  const system = f.text.system;
  const user = f.text.user;
  if (system.length === 0 || user.length === 0) return false;
  const sc = scriptsOf(system);
  const spans = LEX.reasoning.spans(system, sc);
  if (spans.length === 0) return false;
  const usc = scriptsOf(user);
  if (LEX.reasoning.test(user, usc)) return false;
  const gives = A_LABEL.test(user) || JSON_A.test(user) || LEX.given.test(user, usc);
  if (!gives) return false;
  const wide = context(system, spans, 120);
  return (
    LEX.leads.test(wide, sc) ||
    LEX.hidden.test(wide, sc) ||
    LEX.natural.test(wide, sc) ||
    LEX.conceal.test(system, sc) ||
    LEX.firstPerson.test(system, sc)
  );
}

/** Model a thinking budget or a reasoning model: there is real hidden thinking to copy out. */
function thinks(f: RequestFeatures): boolean {
  return f.params.thinkingBudget !== undefined || f.params.reasoningEffort !== undefined;
}

/** A reply prefilled with an open thinking block or reasoning label, for the model to fill. */
const OPEN_THINKING =
  /<\s*(?:think|thinking|thought|scratchpad|reasoning|思考)\s*>\s*$|(?:^|\n)\s*[#*]*\s*(?:thinking|thoughts?|reasoning|scratchpad|思考|推理|рассуждени\p{L}*|razonamiento)\s*[:：]?\s*$/u;

/**
 * Earlier assistant turns that show a reasoning trace (a think block, a labelled reasoning
 * section, a monologue), and a last user turn asking for more in that format: the trace is the
 * template of a harvest. Several items, or a trace made long and exploratory by decree, make it
 * one; a student's "same for this one" is a single item with no such decree.
 */
function continuedTrace(f: RequestFeatures, sc: ReturnType<typeof scriptsOf>): number {
  // An agent's "Let me check." before a tool call, then "do the same for the next one", is work.
  if (f.assistantTurns === 0 || f.hasToolResults) return 0;
  const shown = f.text.assistant;
  const trace =
    TAGS.test(shown) ||
    REASONING_LABEL.test(shown) ||
    (shown.length >= 300 && countUpTo(shown, MONOLOGUE_MARK, 2) >= 2);
  if (!trace) return 0;
  const last = f.text.lastUser;
  if (!MORE_LIKE_THIS.test(last)) return 0;
  let n = 0.35;
  const items = f.requestedCount >= 3 || BULK.test(last) || countUpTo(last, NUMBERED_LINE, 3) >= 3;
  if (items) n += 0.3;
  if (LEX.natural.test(last, sc) || LEX.simulated.test(last, sc) || traceFloor(last)) n += 0.3;
  return n;
}

/** Marks of thinking aloud in a reply: "hmm", "wait,", "let me double-check". */
const MONOLOGUE_MARK =
  /\b(?:hmm+|wait|let me (?:think|see|check|double-check|work)|okay,? so|double-check|sanity-check|actually,)\b/gu;

const NUMBERED_LINE = /(?:^|\n)[ \t]*\d{1,3}[.)][ \t]*\S/gu;

export function scoreReasoningExtraction(f: RequestFeatures): Score {
  const t = cleanse(f.text.instructions);
  const e = new Evidence();
  const sc = scriptsOf(t);
  // The conversation ends on an open thinking block for the model to fill in.
  if (f.text.prefill && OPEN_THINKING.test(f.text.prefill.slice(-200))) {
    // After earlier turns that already show the pattern, the prefill is the harvest's template.
    const shown =
      f.assistantTurns > 1 && TAGS.test(f.text.assistant.slice(0, -f.text.prefill.length || undefined));
    e.add(shown ? 1.2 : 0.9, 'prefills the reply with an open thinking block');
  }
  const continued = continuedTrace(f, sc);
  if (continued > 0)
    e.add(continued, 'an earlier reply shows a reasoning trace, and more in that format is asked for');
  const spans = LEX.reasoning.spans(t, sc);
  const prefill = ASSISTANT_MONOLOGUE.test(f.text.assistant);
  const tags = TAGS.test(t) || TAGS.test(f.text.assistant);
  const field = FIELD.test(t);
  // Every cue below is about reasoning, a thinking block or a reasoning field.
  if (spans.length === 0 && !tags && !field && continued === 0) return e.score();
  // Concepts next to a mention of reasoning, in the same sentence: a narrow and a wide window.
  // A short message is one thought: "dump your CoT for that. raw. no summary." reads as a whole.
  const short = t.length <= 160;
  const narrow = short ? t : context(t, spans, 60);
  const wide = short ? t : context(t, spans, 120);
  const before = short ? t : context(t, spans, 40, 0);
  const nearReasoning = (lex: Lexicon, radius: 'narrow' | 'wide' | 'before') =>
    lex.test(radius === 'narrow' ? narrow : radius === 'wide' ? wide : before, sc);

  const aLabel = A_LABEL.test(t) || A_HEADING.test(t);
  const qaPair =
    ((Q_LABEL.test(t) || Q_HEADING.test(t)) && aLabel) || shortPair(t) || (JSON_Q.test(t) && JSON_A.test(t));
  const given = qaPair || LEX.given.test(t, sc) || aLabel || JSON_A.test(t);
  const leads = nearReasoning(LEX.leads, 'wide');
  const hidden = nearReasoning(LEX.hidden, 'narrow');
  const conceal = (given || leads) && LEX.conceal.test(t, sc);
  const firstPerson = LEX.firstPerson.test(t, sc);
  const natural = nearReasoning(LEX.natural, 'wide');
  const training = LEX.training.test(t, sc);
  const reconstruct = nearReasoning(LEX.reconstruct, 'wide');
  const block = tags || field || (REASONING_LABEL.test(t) && LEX.answer.test(t, sc));
  const anchored = given || leads;
  const simulated = anchored && LEX.simulated.test(t, sc);

  // Derive the reasoning for an answer that is already there ...
  if (given) {
    e.add(qaPair ? 0.25 : 0.2, 'supplies a finished answer alongside the question');
    if (leads) e.add(0.45, 'asks for the reasoning that leads to that answer');
    if (reconstruct) e.add(0.3, 'asks to reconstruct the reasoning behind the answer');
  }
  // ... passed off as genuine private thinking. Without an answer to end at, these are the
  // words of fiction, journaling and questions about models, so they weigh little on their own.
  if (hidden) e.add(anchored ? 0.6 : 0.15, 'asks for hidden or internal reasoning');
  if (conceal) e.add(1.0, 'asks to hide that the answer was supplied');
  if (firstPerson) e.add(anchored ? 0.5 : 0.1, 'wants the thinking as a first-person monologue');
  if (natural && anchored) e.add(0.3, 'wants it to read like natural, spontaneous thinking');
  if (simulated) e.add(0.35, 'wants simulated false starts and self-checks');
  if (block && (given || hidden || leads)) e.add(0.5, 'asks for a think block or reasoning field');
  else if (WEAK_FIELD.test(t) && conceal && given) e.add(0.3, 'asks for a rationale field');
  if (training && (anchored || hidden)) e.add(0.4, 'for a training set or a batch of solved items');

  // Copy the model's own thinking ("your reasoning", "the reasoning you did") into the reply,
  // in full.
  const self = nearReasoning(LEX.self, 'before') || nearReasoning(LEX.youDid, 'wide');
  if (self && (block || LEX.emit.test(t, sc))) {
    const strong = nearReasoning(LEX.strong, 'wide');
    const inside = nearReasoning(LEX.hidden, 'wide') || THINKING_BLOCK.test(t);
    if (strong || inside || nearReasoning(LEX.weak, 'narrow')) {
      e.add(strong ? 1.0 : 0.3, "asks to copy the model's own thinking into the reply");
      if (inside) e.add(0.45, 'including the thinking it would not normally show');
      if (block) e.add(0.2);
      if (thinks(f) && (strong || inside)) e.add(0.3, 'with extended thinking or a reasoning model');
    }
  }

  // Reasoning ordered up as a product: a "reasoning trace", made long by decree ("at least 500
  // words", "15 numbered steps"), complete, or in its own block. A student wants an explanation
  // of the right length, not a trace of a minimum size.
  const trace = TRACE_TERM.test(t);
  const floor = traceFloor(t);
  if (trace && (floor || block || nearReasoning(LEX.strong, 'wide') || nearReasoning(LEX.weak, 'wide'))) {
    e.add(floor ? 0.6 : 0.35, 'orders complete reasoning traces as a product');
    if (floor && IMPOSED.test(t)) e.add(0.4, 'on every answer');
  } else if (floor && (block || hidden)) e.add(0.3, 'sets a minimum length for the reasoning');

  // A think block ordered as data, with no answer to anchor it: its thinking goes into a training
  // set, or is to be long and read like genuine deliberation by decree.
  if (block && !anchored) {
    if (training) e.add(0.9, 'wants think-block reasoning for a training set');
    if (floor || natural) e.add(0.35, 'made long and natural-sounding by decree');
  }

  // Several marks of synthetic private reasoning at once.
  const marks = [hidden, conceal, firstPerson, natural, block, training, reconstruct].filter(Boolean).length;
  if (anchored && marks >= 2) e.add(marks >= 3 ? 0.35 : 0.15, 'several marks of synthetic private reasoning');
  // A reasoning-writing pipeline: the recipe sits in the system prompt, the user turn is data.
  if (given && pipeline(f)) e.add(0.35, 'a system prompt that writes reasoning for supplied answers');

  // A conversation that already shows derived reasoning, asked to continue in that style.
  if (f.assistantTurns > 0 && prefill && (given || leads)) {
    e.add(0.45, 'an earlier assistant turn already shows derived reasoning, and more is asked for');
  }
  if (e.sum > 0.5 && BULK.test(t)) e.add(0.3, 'in batch over many records');
  const harvest = conceal || training || (self && nearReasoning(LEX.strong, 'wide'));
  if (e.sum > 0 && !harvest && LEX.learner.test(t, sc)) e.add(-0.6);
  // "Explain the reasoning behind it", with nothing that makes it pass as private thinking, is
  // an explanation for a reader.
  if (e.sum > 0 && marks === 0 && !simulated && !harvest && nearReasoning(LEX.explain, 'wide')) e.add(-0.45);
  // Code that handles think tags or reasoning fields is about the format, not an ask for reasoning.
  if (e.sum > 0 && !given && !conceal && !(self && nearReasoning(LEX.strong, 'wide'))) {
    if (CODE_TASK.test(t) || CODE_ABOUT.test(t)) e.add(-1.0);
  }
  // Judging a given answer (grading, scoring) explains a verdict; it does not derive the answer.
  if (e.sum > 0 && !conceal && !hidden && !firstPerson && !training && LEX.evaluate.test(t, sc)) e.add(-0.6);
  return e.score();
}

import { countUpTo } from '../cues.ts';
import { Evidence } from '../evidence.ts';
import type { RequestFeatures } from '../features.ts';
import { Alternation } from '../lexicon/alternation.ts';
import { CODE_ABOUT, CODE_TASK, codeRequest } from '../lexicon/code.ts';
import {
  AI_OUTPUT,
  AI_STATED,
  CANDIDATE_LABEL,
  CRITERIA,
  CRITIQUE_REWRITE,
  HUMAN_WORK,
  INLINE_CANDIDATE,
  JUDGE,
  NUMBERED_ITEM,
  ORDINAL_CANDIDATE,
  PIPELINE,
  PRIOR_TURN,
  PROMPT_FIELD,
  RESPONSE_FIELD,
  REWARD_META,
  STEP_LABEL,
  STEP_SET,
  STEP_VERDICT,
  TOOL_VERDICT,
  USER_CONTENT_TASK,
  VERDICT_FORMAT,
  XML_CANDIDATE,
  XML_PROMPT,
  XML_RESPONSE,
} from '../lexicon/judging.ts';
import { scriptMask } from '../lexicon/lex.ts';
import type { Score } from '../types.ts';

/**
 * Grader / reward-model harvest: outputs of a model laid out for judging (two or more
 * candidates, or one reply to a prompt), an instruction to score, compare, rank, verify or
 * step-label them, usually against criteria and in a fixed machine-readable verdict. The
 * verdicts become reward-model or preference data.
 *
 * The hard negatives look the same on the surface: a teacher grading a student's essay with a
 * rubric and JSON, a writer comparing two drafts of their own email, a procurement manager
 * scoring vendor proposals. What differs is whose work is judged, so a person's authorship
 * ("my essay", "my students", "the candidate's take-home") cancels the structure unless a
 * model's authorship is stated too.
 */

/** Candidate nouns that mark a model's output rather than anybody's answer. */
const AI_LABEL_NOUN =
  /^(?:the start of assistant|assistant|response|completion|output|out|reply|model|generation|sample|resp|cand|gen|candidate|r|s|c|ai|bot|chatbot|system|agent|llm|trajectory|run|응답|回复|候補|候选)$/u;

const XML_AI_NOUN =
  /^(?:response|completion|output|reply|assistant|model|generation|sample|candidate|cand|resp|gen|c|r|o)$/u;

const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  '1st',
  '2nd',
  '3rd',
  '4th',
  'one',
  'two',
  'three',
  'four',
];

/**
 * Gates for the structure patterns: each needs a literal (a candidate noun, a step word, a
 * field name, `<`) that most prompts lack, and is not run on a text without it.
 */
const gate = (re: RegExp) => new Alternation([re.source], re.flags);
const INLINE_GATE = gate(INLINE_CANDIDATE);
const ORDINAL_GATE = gate(ORDINAL_CANDIDATE);
const STEP_GATE = gate(STEP_SET);
const PROMPT_FIELD_TEST = gate(PROMPT_FIELD);
const RESPONSE_FIELD_TEST = gate(RESPONSE_FIELD);

interface CandidateSets {
  /** Distinct indices after a response-like noun ("Response 1", "回答A", "r_02"). */
  named: number;
  /** Distinct indices after a noun that marks a model output ("Response", "Completion", "r_"). */
  ai: number;
  /** Distinct bare indices ("(a)", "B:"). */
  bare: number;
  /** Distinct numbered line items with text ("1. Because…", "(2) It reflects…"). */
  listed: number;
}

function candidateSets(text: string): CandidateSets {
  const named = new Set<string>();
  const ai = new Set<string>();
  const bare = new Set<string>();
  let seen = 0;
  for (const m of text.matchAll(CANDIDATE_LABEL)) {
    if (++seen > 200) break;
    const noun = m[1];
    const raw = m[2] ?? '';
    const index = normIndex(raw);
    if (noun === undefined) {
      // "1." and "[1]" are lists and citations; bare candidates are letters: "(a)", "a)", "A:".
      if (/\d|[一二三四]/.test(raw) || m[3] === '.') continue;
      bare.add(index);
      continue;
    }
    named.add(index);
    if (AI_LABEL_NOUN.test(noun)) ai.add(index);
  }
  // Candidates named inline: two indices after the same noun ("Response A ... Response B").
  const inline = new Map<string, Set<string>>();
  for (const m of INLINE_GATE.mayMatch(text) ? text.matchAll(INLINE_CANDIDATE) : []) {
    if (++seen > 400) break;
    const noun = m[1] ?? '';
    const raw = m[2] ?? '';
    // "answer a question" is not a label.
    if (noun === 'answer' && /[a-d]/.test(raw) && (m[3] === ' ' || m[3] === '')) continue;
    const set = inline.get(noun) ?? new Set<string>();
    set.add(normIndex(raw));
    inline.set(noun, set);
  }
  for (const [noun, set] of inline) {
    if (set.size < 2) continue;
    for (const index of set) {
      named.add(`i${index}`);
      if (AI_LABEL_NOUN.test(noun)) ai.add(`i${index}`);
    }
  }
  // Ordinal candidates: "First completion:", "Response two:".
  for (const m of ORDINAL_GATE.mayMatch(text) ? text.matchAll(ORDINAL_CANDIDATE) : []) {
    if (++seen > 400) break;
    const word = m[1] ?? m[2] ?? '';
    const index = `o${ORDINALS.indexOf(word) % 4}`;
    named.add(index);
    ai.add(index);
  }
  // XML-tagged candidates: <response_a>, <answer id="2">, or the same tag opened twice.
  const occurrences = new Map<string, number>();
  for (const m of text.includes('<') ? text.matchAll(XML_CANDIDATE) : []) {
    if (++seen > 400) break;
    const noun = (m[1] ?? '').replace(/_.*/, '');
    const n = (occurrences.get(noun) ?? 0) + 1;
    occurrences.set(noun, n);
    const index = `x${normIndex(m[2] ?? m[3] ?? String(n))}`;
    named.add(index);
    if (XML_AI_NOUN.test(noun)) ai.add(index);
  }
  const listed = new Set<string>();
  for (const m of /\n[ \t]*(?:[*>•-]+[ \t]*)?[[(（]?(?:\d|[一二三四五六七八九十])/u.test(`\n${text}`)
    ? text.matchAll(NUMBERED_ITEM)
    : []) {
    if (++seen > 400) break;
    listed.add(m[1] ?? '');
  }
  return { named: named.size, ai: ai.size, bare: bare.size, listed: listed.size };
}

/** "A" and "1" name the same slot. */
const INDEX_SERIES = ['abcdefgh', 'xyz', 'абвг', 'أبجد', 'कखगघ', '甲乙丙丁', '一二三四', '가나다라'];

function normIndex(index: string): string {
  if (index === 'الف') return '1';
  for (const series of INDEX_SERIES) {
    const i = series.indexOf(index);
    if (i >= 0) return String(i + 1);
  }
  return index;
}

/**
 * Where a person says whose work it is: the system prompt and the preamble of the user turns,
 * before the first field or candidate label, so that the judged text itself (which may well
 * mention "my essay" or "children") does not count.
 */
function framing(f: RequestFeatures): string {
  const first = f.text.user.slice(0, 1500);
  const last = f.text.lastUser;
  return `${f.text.system.slice(0, 700)}\n${preamble(first)}\n${preamble(last)}`;
}

function preamble(text: string): string {
  let end = Math.min(text.length, 700);
  for (const re of [
    PROMPT_FIELD,
    RESPONSE_FIELD,
    CANDIDATE_LABEL,
    JSON_RECORD_PROMPT,
    CSV_HEADER,
    XML_PROMPT,
    XML_CANDIDATE,
  ]) {
    const at = text.search(re);
    if (at >= 0 && at < end) end = at;
  }
  const head = text.slice(0, end);
  return end < 40 ? `${head}\n${text.slice(-300)}` : head;
}

/**
 * Records one per line, the prompt and the answer inline: 'item-7: Q "…" A "…"',
 * '3 | instr: … | resp: …', '1. Q : … A : … B : …'. Two such lines lay out answers to judge.
 */
const INLINE_RECORD =
  /(?:^|\n)[^\n]{0,40}?(?<!\p{L})(?:q|question|instr(?:uction)?|prompt|pregunta|pergunta|frage|vraag|domanda|pytanie|вопрос|问题|質問)\s*[:："“«][^\n]{2,}?(?<!\p{L})(?:a|answer|resp(?:onse)?|output|reply|candidate|cand|prediction|model answer|respuesta|resposta|réponse|antwort|antwoord|risposta|odpowiedź|jawaban|ответ|回答)\s*[:："“«]/gu;
const INLINE_RECORD_ONE = new RegExp(INLINE_RECORD.source, 'u');

/** What the items are called outside them: answers, responses, replies, or pairs of them. */
const ANSWERS_OR_PAIRS =
  /(?<!\p{L})(?:answers|responses|completions|outputs|replies|candidates|generations|respuestas|respostas|réponses|antworten|risposte|antwoorden|odpowiedzi|jawaban|cevaplar\p{L}*|ответ\p{L}*|pairs?|paires?|pares?|pasangan|пар\p{L}*|coppi\p{L}*|paren|pary)(?!\p{L})|(?<!\p{L})(?:each|every) (?:answer|response|reply|completion|output|candidate)(?!\p{L})|回答|答案|回复|응답|답변|(?:ال)?إجابات|(?:ال)?ردود|پاسخ‌?ها/u;

/** A table of records with prompt and response columns: "id,prompt,response". */
const CSV_HEADER =
  /(?:^|\n)[ \t]*(?:[a-z_]+[,\t|;][ \t]*)?(?:prompt|question|instruction|query|input|pregunta|pergunta|frage|вопрос)[,\t|;][ \t]*(?:[a-z_]+[,\t|;][ \t]*)?(?:response|answer|completion|output|reply|candidate|respuesta|resposta|antwort|ответ)s?[ \t]*(?:[,\t|;]|\n)/u;

const JSON_RECORD_PROMPT =
  /"(?:prompt|question|instruction|query|input|pregunta|pergunta|frage|vraag|domanda|pytanie|вопрос|问题|質問)"\s*:/u;
const JSON_RECORD_RESPONSE =
  /"(?:response|completion|answer|output|generation|model_output|respuesta|resposta|réponse|antwort|antwoord|risposta|odpowiedź|odpowiedz|ответ|回答|[ab12])(?:_[a-z0-9]+)?"\s*:/u;

export function scoreGraderHarvest(f: RequestFeatures): Score {
  const t = f.text.instructions;
  const e = new Evidence();
  const mask = scriptMask(t);
  // Every path to a score needs an ask to judge, reward framing, a verdict format or a step list:
  // without any of them, the structure below is not worth reading (most traffic stops here).
  const toolVerdict = f.toolCount > 0 && TOOL_VERDICT.test(f.text.tools);
  const judge = toolVerdict || JUDGE.test(t, mask);
  const meta = REWARD_META.test(t, mask);
  if (!judge && !meta && !STEP_GATE.mayMatch(t) && !VERDICT_FORMAT.test(t, mask)) return e.score();
  // Structure first, cheapest first: laid-out candidates, prompt/response fields, step lists.
  const sets = candidateSets(t);
  const promptField = PROMPT_FIELD_TEST.test(t) || JSON_RECORD_PROMPT.test(t) || XML_PROMPT.test(t);
  const responseField = RESPONSE_FIELD_TEST.test(t) || JSON_RECORD_RESPONSE.test(t) || XML_RESPONSE.test(t);
  const layout = (promptField && responseField) || inlineRecords(t) || CSV_HEADER.test(t);
  const stepList = STEP_GATE.mayMatch(t) && countUpTo(t, STEP_SET, 3) >= 2;
  const candidates = sets.named >= 2 || layout;
  // The model's own earlier turn, pointed at by the last user turn, is a model output too.
  const last = f.text.lastUser;
  const priorTurn =
    f.assistantTurns > 0 &&
    PRIOR_TURN.test(last) &&
    (VERDICT_FORMAT.test(last) || CRITERIA.test(last)) &&
    JUDGE.test(last);
  const aiOutput = sets.ai >= 2 || priorTurn || AI_OUTPUT.test(t, mask);
  // Bare letters ("A:", "(b)") are candidates only beside a prompt being answered, a model's
  // output or reward framing; on their own they are the options of a decision ("A: the blue
  // sofa, B: the grey one").
  // Text about models (abstracts, docs) names model outputs too: on bare letters, that reading
  // needs a fixed verdict format beside it.
  const bareSet =
    !candidates &&
    sets.bare >= 2 &&
    (promptField || meta || (aiOutput && (toolVerdict || VERDICT_FORMAT.test(t, mask))));
  // Numbered items are a list (steps, options, citations) unless they answer a prompt laid out
  // above them and are to be judged, or reward framing says what they are: "Question: … 1. … 2. …
  // Rank these answers", "act as a reward model: 1. instruction / reply …".
  // The instruction outside the items: to judge them, and whether it calls them answers or pairs.
  const frame = sets.listed >= 2 ? t.replace(NUMBERED_ITEM, '\n') : '';
  const judgeFrame = sets.listed >= 2 && JUDGE.test(frame, mask);
  const listSet =
    !candidates &&
    !bareSet &&
    sets.listed >= 2 &&
    ((promptField && (aiOutput || judgeFrame)) ||
      meta ||
      (judgeFrame && VERDICT_FORMAT.test(frame, mask) && ANSWERS_OR_PAIRS.test(frame)));
  // Nothing laid out for judging, no model output named, no reward framing: at most a request
  // to judge something, which is weak evidence on its own.
  if (!candidates && !bareSet && !listSet && !stepList && !aiOutput && !meta && !toolVerdict) {
    if (judge && (VERDICT_FORMAT.test(t, mask) || CRITERIA.test(t, mask))) e.add(0.1);
    return e.score();
  }

  const steps = stepList && STEP_LABEL.test(t, mask) && STEP_VERDICT.test(t, mask);
  const format = toolVerdict || VERDICT_FORMAT.test(t, mask);
  // A verdict format over named candidates ("Response 1/2") is an instruction to judge even
  // without the verb; a schema with "question"/"answer" keys is not.
  if (!judge && !meta && !steps && !(format && sets.named >= 2 && (aiOutput || promptField)))
    return e.score();
  const whose = framing(f);
  const human = HUMAN_WORK.test(whose);

  if (candidates)
    e.add(
      0.8,
      sets.named >= 2 ? 'lays out several candidate responses' : 'lays out a reply to a prompt for judging',
    );
  else if (bareSet) e.add(0.45, 'lays out enumerated candidates');
  else if (listSet) e.add(0.45, 'lays out numbered answers to one prompt');
  const laidOut = candidates || bareSet || listSet;
  if (aiOutput) e.add(laidOut ? 0.45 : 0.55, "the judged text is a model's output");
  const structured = laidOut || aiOutput;
  if (judge) e.add(structured ? 0.25 : 0.1, 'asks to score, compare or rank them');

  if (format) e.add(structured ? 0.5 : 0.05, 'in a fixed machine-readable verdict format');
  if (CRITERIA.test(t, mask)) e.add(structured ? 0.3 : 0.05, 'against a rubric or fixed criteria');
  if (meta) e.add(judge || structured ? 0.7 : 0.2, 'framed as reward-model, preference or judge labelling');
  if (structured && PIPELINE.test(t, mask)) e.add(0.2, 'as an evaluation-pipeline batch');
  if (steps) e.add(0.8, 'labels each step of a solution (process reward)');
  if (structured && CRITIQUE_REWRITE.test(t, mask)) e.add(0.4, 'critique-and-rewrite of a response');
  if (structured) {
    const tiny = (f.params.maxTokens ?? 1e9) <= 5;
    if (tiny) e.add(0.5, 'with a one-token verdict budget');
    if (f.params.logprobs) e.add(0.3, 'reads the verdict from logprobs');
    if (f.params.n <= 1 && f.params.temperature === 0) e.add(0.05);
  }

  // A person's own work, a student's or an applicant's: feedback, not reward data.
  // A model's authorship counts against it only when stated in words, not read off "Answer A:".
  if (human) e.add(meta || AI_STATED.test(t, mask) ? -0.4 : -2.2);
  // Customers' reviews, tickets or posts to classify: labels for what people wrote ("r1: …"
  // labels a review, not a response), unless a model's authorship is stated in words.
  else if (!meta && !AI_OUTPUT.test(t, mask) && USER_CONTENT_TASK.test(whose, scriptMask(whose))) e.add(-2.0);
  // A programming question about reward models or judges ("RewardTrainer raises ValueError"), with
  // nothing laid out to judge.
  if (!laidOut && (CODE_ABOUT.test(t) || CODE_TASK.test(t)))
    e.add(codeRequest(f.text.lastUser) ? -1.6 : -1.0);
  return e.score();
}

function inlineRecords(t: string): boolean {
  return INLINE_RECORD_ONE.test(t) && countUpTo(t, INLINE_RECORD, 2) >= 2;
}

import { countUpTo } from '../cues.ts';
import { Evidence } from '../evidence.ts';
import type { RequestFeatures } from '../features.ts';
import { scriptMask } from '../lexicon/lex.ts';
import {
  ANSWER_REQUEST,
  AUTHORITY_APPROVES,
  AVOID_FACTS,
  BULK,
  DEPLOYED_PERSONA,
  FOLLOW_OFFICIAL,
  GOOD_FAITH,
  MORE_LIKE_THIS,
  OFFICIAL_CONTENT,
  PAIR_LABELS,
  REGIME,
  REGIME_COMPLY,
  REGIME_PERSONA,
  REWRITE,
  SAFE_ANSWER,
  SAFE_TARGET,
  STRIP_PROHIBITED,
  TOPIC_ANY,
  TOPIC_CLUSTERS,
  TOPIC_WEAK,
} from '../lexicon/political.ts';
import type { Score } from '../types.ts';

/**
 * Censorship-safe alternatives: answers to politically sensitive questions written to a state's
 * official line ("safe", approved, compliant, acceptable to the censor), usually many at once,
 * often beside the candid answer as a chosen/rejected pair, or as a rewrite of a candid answer.
 *
 * A student, journalist or citizen asks about the same topics. What they do not do is tell the
 * model to follow the official framing, avoid criticism of the state, drop casualty figures or
 * pass a regulator's review. So the instruction toward the official line carries the score; the
 * topic only gates it. One exception: a battery of questions spanning several sensitive topics
 * put to an in-character deployed assistant probes what a censored assistant says, even with no
 * instruction.
 */

/** Numbered or bulleted question lines, or question marks: how many questions are asked. */
const QUESTION_LINE = /(?:^|\n)\s*(?:q?\d{1,2}[.)：:、]|[-*•]|q\d{1,2}\b)[^\n]{3,200}/giu;
const QUESTION_MARK = /[?？]/gu;

/** The ask is a translation of the text that follows. */
const TRANSLATE =
  /^[^\n]{0,80}?(?:translate|translation of|翻译|譯|翻訳|번역|перевед|traduc|übersetz|tradu[zç]|terjemah|çevir|ترجم|dịch)/u;

/** The text around a list of questions: lines that are not themselves a question. */
function withoutQuestions(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/[?？]\s*$/u.test(line))
    .join('\n');
}

export function scoreCensorshipAlt(f: RequestFeatures): Score {
  const t = f.text.instructions;
  const e = new Evidence();
  const mask = scriptMask(t);
  // Without a sensitive topic there is nothing to censor.
  if (!TOPIC_ANY.test(t, mask)) return e.score();
  let clusters = 0;
  for (const re of TOPIC_CLUSTERS) if (re.test(t, mask)) clusters++;
  if (clusters === 0 && !TOPIC_WEAK.test(t, mask)) return e.score();

  // How strongly the request asks for the official line rather than the facts.
  let comply = 0;
  const follow = FOLLOW_OFFICIAL.test(t, mask);
  const regimeComply = REGIME_COMPLY.test(t, mask);
  const safe = SAFE_ANSWER.test(t, mask);
  const avoid = AVOID_FACTS.test(t, mask);
  // Candid and sanctioned answers side by side, or the sanctioned one as a dataset's target.
  const pair = PAIR_LABELS.test(t, mask) || (safe && SAFE_TARGET.test(t, mask));
  const approves = AUTHORITY_APPROVES.test(t, mask);
  const strip = STRIP_PROHIBITED.test(t, mask);
  // A state-run or state-licensed model asked for its answers: the regime sets the line.
  const persona = REGIME_PERSONA.test(t, mask) && ANSWER_REQUEST.test(t, mask);
  if (follow) comply += 0.9;
  if (regimeComply) comply += 0.9;
  if (approves) comply += 0.9;
  if (strip) comply += 0.8;
  if (persona) comply += 0.6;
  // An official-line sample answer in an earlier assistant turn, then "10 more, same format":
  // the request is for more of that line.
  const more = MORE_LIKE_THIS.test(f.text.lastUser);
  const sampled = more && OFFICIAL_CONTENT.test(f.text.assistant);
  if (sampled) comply += 1.0;
  if (safe) comply += 0.7;
  if (avoid) comply += 0.5;
  if (pair && comply > 0) comply += 0.4;
  comply = Math.min(comply, 2.2);

  const topicFactor = clusters > 0 ? 1 : 0.55;
  if (comply > 0) {
    const why = follow
      ? 'asks for answers that follow the official line on politically sensitive topics'
      : regimeComply || approves
        ? 'asks for answers a state censor or regulator would accept on politically sensitive topics'
        : safe
          ? 'asks for "safe" / approved answers to politically sensitive questions'
          : strip || avoid
            ? 'asks to strip criticism, casualty figures or names from answers on sensitive topics'
            : sampled
              ? 'asks for more answers in the official line of a sample answer'
              : 'asks what a state-licensed model should answer on politically sensitive topics';
    e.add(comply * topicFactor, why);
    if (pair) e.add(0.4 * topicFactor, 'as approved/rejected answer pairs');
    if (REGIME.test(t, mask)) e.add(0.3 * topicFactor, 'for a state-regulated market');
    const questions = Math.max(countUpTo(t, QUESTION_LINE, 3), countUpTo(t, QUESTION_MARK, 3));
    if (BULK.test(t, mask) || questions >= 3) e.add(0.35 * topicFactor, 'in bulk');
    if (REWRITE.test(t, mask)) e.add(0.2 * topicFactor, 'rewriting candid answers');
    // A good-faith framing weakens a lone soft cue ("avoid speculation", "stay neutral"), and so
    // does a translation: the cue sits in the text to translate ("another post got 'harmonised'").
    if (comply < 0.9 && (GOOD_FAITH.test(t, mask) || TRANSLATE.test(f.text.lastUser))) e.add(-0.6);
  }

  // A battery of questions across several sensitive topics, put to an assistant in character.
  if (clusters >= 3) {
    const questions = Math.max(
      countUpTo(f.text.lastUser, QUESTION_LINE, 3),
      countUpTo(f.text.lastUser, QUESTION_MARK, 3),
    );
    // "Why is it censored?" as one question of the battery is not the asker's framing.
    if (questions >= 3 && !GOOD_FAITH.test(withoutQuestions(f.text.lastUser))) {
      e.add(0.55, 'a battery of questions across several politically sensitive topics');
      if (DEPLOYED_PERSONA.test(t, mask) || REGIME_PERSONA.test(t, mask))
        e.add(0.35, 'put to an in-character deployed assistant');
    }
  }
  return e.score();
}

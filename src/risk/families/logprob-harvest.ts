import { cue } from '../cues.ts';
import { Evidence } from '../evidence.ts';
import type { RequestFeatures } from '../features.ts';
import type { Score } from '../types.ts';

/**
 * Logprob harvest: the distribution, not the prose, is what is taken (Carlini et al. recovered a
 * projection matrix from logprobs and logit_bias). The parameters carry the signal, and the
 * combinations matter more than any one of them:
 * - a wide slice of the distribution (`top_logprobs` 8–20) — apps that show a confidence read
 *   1–5 alternatives at most;
 * - on an output cut to a token or three (a next-token, letter or yes/no probe);
 * - logprobs on text the model is told to copy back (scoring supplied text token by token);
 * - many samples (`n` ≥ 10) of a short output: a Monte-Carlo estimate of the distribution;
 * - `logit_bias` on many tokens, or bias together with logprobs (reading how the bias moves it).
 * The benign counterparts: a ticket router with `top_logprobs: 3`, a moderator with
 * `top_logprobs: 2, max_tokens: 1`, an autocomplete with 5 alternatives, `logit_bias: -100` to
 * ban a few words in a long story, `n: 2`–`3` drafts. They weigh little.
 */

/** The prompt is a probe: next token, cloze, a letter/label/yes-no answer, a raw completion. */
const PROBE = cue(
  'next (?:token|word|character)',
  '(?:most likely|most probable|single) (?:next )?(?:token|word)',
  'only the (?:next|first) (?:token|word)',
  '(?:one|a single) (?:word|token|letter|digit|number)',
  'continue (?:the|this|your|from)',
  '(?<![a-z])continue\\s*:',
  'continuation',
  'complete (?:the|this) (?:sentence|text|phrase)',
  'fill in the blank',
  '_{2,}',
  '(?:^|\\n)\\s*(?:answer|a|sentiment|label|rating|category|better answer)\\s*:\\s*$',
  'answer (?:yes or no|true or false|with (?:one|a single) (?:word|letter|token|digit))',
  '(?:yes|true) or (?:no|false)',
  'respond with the (?:letter|number|digit|label)',
  '(?:reply|respond|answer) with (?:only )?(?:the )?(?:letter|number|digit|label)',
  'pick a (?:number|word|letter)',
  'raw (?:language )?model',
  'completion engine',
  '续写',
  '下一个(?:词|字|token)',
  '答案：\\s*$',
  '一语',
  '1語',
  '空欄',
  '빈칸',
  '한 단어',
  'следующ(?:ее|ий) слово',
  'одним словом',
  'siguiente palabra',
  'una sola palabra',
  'próxima palavra',
  'uma só palavra',
  'mot suivant',
  'un seul mot',
  'nächste(?:s)? wort',
  'ein(?:em)? (?:einzigen )?wort',
  'sonraki kelime',
  'tek kelime',
);

/** Echo probes: copy supplied text back so that every token of it comes with a logprob. */
const ECHO = cue(
  'echo (?:this|it|back|the following)',
  '(?:repeat|copy|reproduce|rewrite|return|output|print|type) (?:back )?(?:the following|this|it|the text|the passage|the code|the sentence|the paragraph|everything)[^.\\n]{0,30}(?:exactly|verbatim|word[- ]for[- ]word|character[- ]for[- ]character|unchanged|as is|as-is)',
  'word[- ]for[- ]word',
  'character[- ]for[- ]character',
  'verbatim',
  'without (?:changing|altering|modifying) (?:anything|a (?:single )?(?:word|character))',
  '原样',
  '逐字',
  'そのまま',
  '그대로',
  'дословно',
  'слово в слово',
  'textualmente',
  'palabra por palabra',
  'palavra por palavra',
  'mot pour mot',
  'wortwörtlich',
  'kelimesi kelimesine',
);

export function scoreLogprobHarvest(f: RequestFeatures): Score {
  const p = f.params;
  const e = new Evidence();
  const t = f.text.instructions;
  const lp = p.logprobs;
  const k = lp ? p.topLogprobs : 0;
  const max = p.maxTokens ?? Number.POSITIVE_INFINITY;
  const tiny = max <= 3;
  const short = max <= 16;

  // How much of the distribution is requested.
  if (k >= 15) e.add(1.7, `requests the top-${k} token distribution (top_logprobs=${k})`);
  else if (k >= 8) e.add(1.3, `requests the top-${k} token distribution (top_logprobs=${k})`);
  else if (k >= 5) e.add(0.3, `requests top_logprobs=${k}`);
  else if (k >= 3) e.add(0.1);
  else if (lp) e.add(0.05);

  // On a one-token answer: a probe of the next-token distribution.
  if (k >= 5 && tiny) e.add(k >= 8 ? 0.6 : 0.4, `on an output cut to ${max} token(s)`);
  if (k >= 5 && (tiny || k >= 8) && PROBE.test(t)) e.add(0.3, 'on a next-token / letter / label probe');

  // Logprobs on text the model is told to copy: every supplied token gets scored.
  if (lp && ECHO.test(t)) e.add(k >= 5 ? 0.5 : 1.0, 'asks for logprobs on text it must copy back verbatim');

  // Many samples of a short output estimate the distribution without logprobs.
  if (p.n >= 10) e.add(short ? 1.5 : 1.0, `draws n=${p.n} samples${short ? ' of a few tokens' : ''}`);
  else if (p.n >= 5) e.add(short ? 0.75 : 0.45, `draws n=${p.n} samples`);
  else if (p.n >= 4) e.add(0.3, `draws n=${p.n} samples`);
  else if (p.n >= 2) e.add(0.05);
  if (lp && p.n >= 2) e.add(p.n >= 4 ? 0.7 : 0.4, 'with logprobs on every sample');

  // logit_bias: many tokens is a sweep; bias plus logprobs reads how the bias moves the output.
  const lb = p.logitBiasCount;
  if (lb >= 20) e.add(1.4, `biases ${lb} tokens with logit_bias`);
  else if (lb >= 10) e.add(1.1, `biases ${lb} tokens with logit_bias`);
  else if (lb >= 5) e.add(0.4, `biases ${lb} tokens with logit_bias`);
  else if (lb > 0) e.add(0.1);
  // A classifier that forces its two or three label tokens and reads their probabilities is the
  // cookbook pattern, and one such request looks exactly like one step of a logit-bias sweep; the
  // sweep shows at the account level (new token sets request after request, account/assess.ts).
  // Reading the bias's effect over a wider slice, or on many tokens, is a probe on its own.
  const labels = lb <= 4 && k <= 5;
  if (lb > 0 && lp) e.add(labels ? 0.15 : 0.6, 'combines logit_bias with logprobs');
  if (lb > 0 && tiny && !labels) e.add(0.2);
  return e.score();
}

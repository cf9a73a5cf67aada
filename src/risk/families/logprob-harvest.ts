import { cue } from '../cues.ts';
import { Evidence } from '../evidence.ts';
import type { RequestFeatures } from '../features.ts';
import type { Score } from '../types.ts';

/**
 * Logprob harvest: the distribution, not the prose, is what is taken (Carlini et al. recovered a
 * projection matrix from logprobs and logit_bias). Parameters carry the signal: many top
 * logprobs, logit_bias, n > 1, and outputs cut to a token or two. A ticket router asking for
 * `top_logprobs: 3` on a one-word label is the benign counterpart, so few alternatives weigh
 * little and the weight grows with how much of the distribution is requested.
 */
const PROBE_SHAPE = cue(
  'next (?:token|word|character)',
  'only the (?:next|first) (?:token|word)',
  'continue (?:the|this|your|from)',
  'continuation',
  '(?:^|\\n)\\s*(?:answer|a|sentiment|label|rating|better answer)\\s*:\\s*$',
  'answer (?:yes or no|with (?:one|a single) (?:word|letter|token))',
  'echo (?:this|it|back)',
  'repeat (?:the following|this) (?:text )?exactly',
  'pick a (?:number|word|letter)',
  'completion engine',
  '续写',
  '下一个(?:词|字)',
  'следующ(?:ее|ий) слово',
  'siguiente palabra',
);

export function scoreLogprobHarvest(f: RequestFeatures): Score {
  const p = f.params;
  const e = new Evidence();
  const k = p.logprobs ? p.topLogprobs : 0;
  if (k >= 15) e.add(1.6, `requests top_logprobs=${k}`);
  else if (k >= 8) e.add(1.1, `requests top_logprobs=${k}`);
  else if (k >= 5) e.add(0.7, `requests top_logprobs=${k}`);
  else if (k >= 3) e.add(0.25);
  else if (p.logprobs) e.add(0.15);
  const short = (p.maxTokens ?? Number.POSITIVE_INFINITY) <= 5;
  if (k >= 5 && short) e.add(0.5, 'with output cut to a few tokens');
  if (p.logprobs && k >= 5 && PROBE_SHAPE.test(f.text.instructions))
    e.add(0.4, 'on a next-token / label probe');
  if (p.logitBiasCount > 0) {
    e.add(p.logitBiasCount >= 20 ? 1.3 : 0.8, `biases ${p.logitBiasCount} token(s) with logit_bias`);
  }
  if (p.n >= 2) e.add(p.n >= 5 ? 0.7 : 0.3, `asks for n=${p.n} samples`);
  if (p.logprobs && p.n >= 2) e.add(0.4, 'with logprobs on every sample');
  return e.score();
}

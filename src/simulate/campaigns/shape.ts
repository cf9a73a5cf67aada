import { createRng, type Rng } from '../rng.ts';
import { expand } from '../text/expand.ts';
import { disguise } from '../text/obfuscate.ts';
import type { Msg } from '../types.ts';
import type { AttackAccount, Thread } from './hydra.ts';

/**
 * A campaign scaffold: an instruction and a data part, written once and paraphrased by
 * `[[a|b]]` alternatives. `modes` says how the two may be arranged in a request.
 */
export interface Scaffold {
  instruction: string;
  data: string;
  /** inline: one user turn; system: instruction as system prompt; setup: instruction, acknowledgement, data. */
  modes: readonly ('inline' | 'system' | 'setup')[];
  ack?: string;
  /** Put the data first (some pipelines paste the item, then the instruction). */
  dataFirst?: boolean;
}

const ACKS: Readonly<Record<string, string>> = {
  en: 'Understood. Send the first item.',
  zh: '明白了，请发送第一条。',
  ru: 'Понятно, присылайте.',
  es: 'Entendido, envíame el primero.',
};

/**
 * Arrange an expanded scaffold as a request. With `fixed`, that share of requests uses the
 * account's own fixed wording of the instruction (a pipeline pastes the same text every time);
 * the rest are paraphrased afresh. `disguiseShare` of English instructions get obfuscated.
 */
export function shape(
  rng: Rng,
  scaffold: Scaffold,
  vars: Readonly<Record<string, string>>,
  opts: {
    lang?: string;
    disguiseShare?: number;
    blocks?: number;
    fixed?: { account: AttackAccount; share: number };
  } = {},
): Thread {
  const fixed = opts.fixed && rng.chance(opts.fixed.share);
  const wording = fixed && opts.fixed ? createRng(opts.fixed.account.seed, scaffold.instruction) : rng;
  let instruction = expand(wording, scaffold.instruction, vars);
  const data = expand(rng, scaffold.data, vars);
  if (opts.lang === 'en' && rng.chance(opts.disguiseShare ?? 0)) instruction = disguise(rng, instruction);
  const mode = rng.pick(scaffold.modes);
  const blocks = rng.chance(opts.blocks ?? 0.15);
  if (mode === 'system')
    return { system: instruction, messages: [{ role: 'user', text: data }], ...(blocks ? { blocks } : {}) };
  if (mode === 'setup') {
    const messages: Msg[] = [
      { role: 'user', text: instruction },
      { role: 'assistant', text: scaffold.ack ?? ACKS[opts.lang ?? 'en'] ?? ACKS.en ?? '' },
      { role: 'user', text: data },
    ];
    return { messages, ...(blocks ? { blocks } : {}) };
  }
  const text = scaffold.dataFirst ? `${data}\n\n${instruction}` : `${instruction}\n\n${data}`;
  return { messages: [{ role: 'user', text }], ...(blocks ? { blocks } : {}) };
}

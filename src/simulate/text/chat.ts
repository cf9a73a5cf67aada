import type { Rng } from '../rng.ts';
import type { Lang, Msg } from '../types.ts';
import { BULLETS_EN, CHAT_EN, NOTES_EN, PHRASES_EN, SENTENCES_EN } from './chat-en.ts';
import { CHAT_INTL, PHRASES_INTL, SENTENCES_INTL } from './chat-intl.ts';
import { expand } from './expand.ts';
import { CITIES, COMPANIES, NAMES, PRODUCTS } from './vocab.ts';

/** Slot values for one conversation, so a follow-up refers to the same city or name. */
export function chatVars(rng: Rng, lang: Lang): Record<string, string> {
  const sentences = lang === 'ru' || lang === 'es' ? SENTENCES_INTL[lang] : SENTENCES_EN;
  const phrases = lang === 'zh' || lang === 'ru' || lang === 'es' ? PHRASES_INTL[lang] : PHRASES_EN;
  return {
    name: rng.pick(NAMES[lang]),
    city: rng.pick(CITIES[lang]),
    n: String(rng.int(2, 9)),
    price: String(rng.pick([25, 40, 60, 80, 120, 150, 300])),
    age: String(rng.int(22, 61)),
    product: rng.pick(PRODUCTS),
    company: rng.pick(COMPANIES),
    sentence: rng.pick(sentences),
    notes: rng.pick(NOTES_EN),
    bullet: rng.pick(BULLETS_EN),
    phrase: rng.pick(phrases),
  };
}

/**
 * An ordinary conversation of `turns` user turns (1 = single-turn), with stand-in assistant
 * replies between them. The last message is always the user's.
 */
export function chatConversation(rng: Rng, lang: Lang, turns = 1): Msg[] {
  const templates = lang === 'en' ? CHAT_EN : CHAT_INTL[lang];
  const t = rng.pick(templates);
  const vars = chatVars(rng, lang);
  const messages: Msg[] = [{ role: 'user', text: expand(rng, t.ask, vars) }];
  const follows = rng.shuffle([...t.follow]);
  for (let i = 1; i < turns && i - 1 < follows.length; i++) {
    messages.push({ role: 'assistant', text: expand(rng, t.reply, vars) });
    messages.push({ role: 'user', text: expand(rng, follows[i - 1] as string, vars) });
  }
  return messages;
}

/** A single ordinary request text (cover traffic, drift-phase traffic). */
export function chatPrompt(rng: Rng, lang: Lang): string {
  const first = chatConversation(rng, lang, 1)[0];
  return first?.role === 'user' ? first.text : '';
}

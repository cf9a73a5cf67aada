import type { Rng } from '../rng.ts';
import type { Lang, Msg } from '../types.ts';
import { BULLETS_EN, CHAT_EN, NOTES_EN, PHRASES_EN, SENTENCES_EN } from './chat-en.ts';
import { CHAT_INTL, PHRASES_INTL, SENTENCES_INTL } from './chat-intl.ts';
import { CHAT_MORE } from './chat-more.ts';
import { expand } from './expand.ts';
import { humanize } from './humanize.ts';
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

/** Later assistant turns: short, varied, in the conversation's language. */
const LATER_REPLIES: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    'Sure, here is an updated version.',
    'Good point; that changes things a little. Here is what I would do instead.',
    'Of course. A shorter take:',
    'That is common. A couple of things to try first:',
  ],
  zh: ['好的，这是修改后的版本。', '明白，这种情况下可以这样调整：'],
  ru: ['Конечно, вот исправленный вариант.', 'Хороший вопрос. В этом случае я бы сделал так:'],
  es: ['Claro, aquí tienes la versión revisada.', 'Buena pregunta. En ese caso yo haría lo siguiente:'],
  de: ['Klar, hier die überarbeitete Version.', 'Gute Frage. Dann würde ich es so machen:'],
  fr: ['Bien sûr, voici la version révisée.', 'Bonne question. Dans ce cas, je ferais ainsi :'],
  pt: ['Claro, aqui está a versão revisada.', 'Boa pergunta. Nesse caso, eu faria assim:'],
  ja: ['承知しました。修正版です。', '良い質問です。その場合はこうします。'],
};

/**
 * An ordinary conversation of `turns` user turns (1 = single-turn), with stand-in assistant
 * replies between them. The last message is always the user's.
 */
export function chatConversation(rng: Rng, lang: Lang, turns = 1): Msg[] {
  const templates =
    lang === 'en'
      ? CHAT_EN
      : lang === 'zh' || lang === 'ru' || lang === 'es'
        ? CHAT_INTL[lang]
        : CHAT_MORE[lang];
  const t = rng.pick(templates);
  const vars = chatVars(rng, lang);
  const messages: Msg[] = [{ role: 'user', text: humanize(rng, expand(rng, t.ask, vars), lang) }];
  const follows = rng.shuffle([...t.follow]);
  for (let i = 1; i < turns && i - 1 < follows.length; i++) {
    const reply = i === 1 ? expand(rng, t.reply, vars) : rng.pick(LATER_REPLIES[lang]);
    messages.push({ role: 'assistant', text: reply });
    messages.push({
      role: 'user',
      text: humanize(rng, expand(rng, follows[i - 1] as string, vars), lang, 0.5),
    });
  }
  return messages;
}

/** A single ordinary request text (cover traffic, drift-phase traffic). */
export function chatPrompt(rng: Rng, lang: Lang): string {
  const first = chatConversation(rng, lang, 1)[0];
  return first?.role === 'user' ? first.text : '';
}

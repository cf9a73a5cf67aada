import type { Rng } from '../rng.ts';
import type { Lang } from '../types.ts';

/**
 * The small, personal variations of real people typing: a greeting or a line of context, a
 * lower-case start, a dropped question mark, a typo, a "thanks". Benign users never share
 * one exact wording the way a scripted pipeline does.
 */
const OPENERS: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    'hey, ',
    'hi! ',
    'Quick question: ',
    'ok so ',
    'Hello, ',
    'Sorry if this is basic, but ',
    'I need some help. ',
    'Random question, ',
    'My friend and I were arguing about this. ',
    'For work: ',
    'This is for my mum. ',
  ],
  zh: ['你好，', '请问，', '麻烦问一下，', '急！', '打扰一下，'],
  ru: ['Привет! ', 'Здравствуйте. ', 'Подскажите, ', 'Вопрос: ', 'Срочно: '],
  es: ['Hola, ', 'Buenas, ', 'Una pregunta: ', 'Oye, ', 'Perdona, '],
  de: ['Hallo, ', 'Kurze Frage: ', 'Hi! '],
  fr: ['Bonjour, ', 'Petite question : ', 'Salut ! '],
  pt: ['Oi, ', 'Olá! ', 'Uma dúvida: '],
  ja: ['こんにちは。', 'すみません、', '質問です。'],
};
const CLOSERS: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    ' thanks!',
    ' Thanks in advance.',
    ' ty',
    ' Appreciate it.',
    ' (keep it short)',
    ' Please be detailed.',
    ' 🙏',
  ],
  zh: ['谢谢！', '多谢', '在线等'],
  ru: [' Спасибо!', ' Заранее спасибо.'],
  es: [' ¡Gracias!', ' Gracias de antemano.'],
  de: [' Danke!'],
  fr: [' Merci !'],
  pt: [' Obrigado!'],
  ja: ['よろしくお願いします。'],
};

/** Swap two adjacent letters in one longer word. */
function typo(rng: Rng, text: string): string {
  const words = text.split(' ');
  const candidates = words.map((w, i) => [w, i] as const).filter(([w]) => /^[a-záéíóúñ]{5,}$/i.test(w));
  if (candidates.length === 0) return text;
  const [word, i] = rng.pick(candidates);
  const k = rng.int(1, word.length - 2);
  words[i] = word.slice(0, k) + word.charAt(k + 1) + word.charAt(k) + word.slice(k + 2);
  return words.join(' ');
}

export function humanize(rng: Rng, text: string, lang: Lang, intensity = 1): string {
  let out = text;
  const p = (x: number) => rng.chance(Math.min(1, x * intensity));
  const latin = lang !== 'zh' && lang !== 'ja';
  if (latin && p(0.15)) out = out.charAt(0).toLowerCase() + out.slice(1);
  if (latin && p(0.15)) out = out.replace(/[?.!]$/, '');
  if (latin && p(0.12)) out = typo(rng, out);
  if (p(0.3)) {
    const opener = rng.pick(OPENERS[lang]);
    const lower = latin && /[ ,:]$/.test(opener) && !/[.!:] $/.test(opener);
    out = opener + (lower ? out.charAt(0).toLowerCase() + out.slice(1) : out);
  }
  if (p(0.2)) out += rng.pick(CLOSERS[lang]);
  return out;
}

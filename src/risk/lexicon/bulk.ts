/**
 * How many items a request asks for, in many languages. A harvest asks for tens to thousands
 * of records; a person asks for a handful. The count is a number next to a unit noun ("30 pairs",
 * "50条", "30件", "25 زوجاً", "20 प्रश्न-उत्तर जोड़े"), "N more" after an earlier batch, or
 * "repeat N times"; words such as "hundreds of" or "at scale" say the same without a number.
 * Every pattern is a flat alternation with bounded gaps, so matching is linear in the text.
 */
import { alt } from '../cues.ts';
import { splitCue } from './split-cue.ts';

/** Nouns that count records: items, pairs, examples, questions, dialogues, rows… */
const UNITS = alt(
  // English
  'examples?',
  'pairs?',
  'items?',
  'messages?',
  'objects?',
  'replies',
  'questions?',
  'prompts?',
  'responses?',
  'answers?',
  'rows?',
  'records?',
  'samples?',
  'conversations?',
  'chats?',
  'tickets?',
  'emails?',
  'dialog(?:ue)?s?',
  'exchanges?',
  'tasks?',
  'instructions?',
  'problems?',
  'exercises?',
  'entries',
  'lines',
  'q ?& ?as?',
  'qa',
  'turns?',
  'requests?',
  'queries',
  'utterances?',
  'sentences?',
  'personas?',
  'users',
  'people',
  'customers',
  'episodes?',
  'transcripts?',
  'trajector(?:y|ies)',
  'demonstrations?',
  'scenarios?',
  'documents?',
  'datapoints?',
  'data points?',
  'triples?',
  'triplets?',
  'cases?',
  'complaints?',
  'reviews?',
  'comments?',
  'posts?',
  'tweets?',
  'inquiries',
  'situations?',
  // Chinese / Japanese / Korean (a counter right after the number)
  '条',
  '組',
  '组',
  '件',
  '个',
  '個',
  '対',
  '问',
  '道',
  '題',
  '段',
  '轮',
  '개',
  '쌍',
  '건',
  '문항',
  '가지',
  // Russian
  'пар',
  'пример',
  'вопрос',
  'диалог',
  'запис',
  'строк',
  'задач',
  'предложени',
  'инструкци',
  // Spanish, Portuguese, Italian, French
  'ejemplos',
  'exemplos',
  'esempi',
  'exemples',
  'pares',
  'paires',
  'coppie',
  'preguntas',
  'perguntas',
  'domande',
  'diálogos',
  'dialogos',
  'dialoghi',
  'conversaciones',
  'conversas',
  'conversações',
  'conversazioni',
  'frases',
  'frasi',
  'phrases',
  'oraciones',
  'registros',
  'filas',
  'linhas',
  'lignes',
  'righe',
  'instrucciones',
  'instruções',
  'istruzioni',
  'tareas',
  'tarefas',
  // German
  'beispiele',
  'paare',
  'fragen',
  'dialoge',
  'gespräche',
  'sätze',
  'zeilen',
  'datensätze',
  'aufgaben',
  // Turkish
  'çift',
  'örnek',
  'soru',
  'diyalog',
  'konuşma',
  'cümle',
  'satır',
  // Arabic, Persian
  'زوج',
  'أزواج',
  'مثال',
  'أمثلة',
  'سؤال',
  'أسئلة',
  'حوار',
  'محادث',
  'جمل',
  'جفت',
  'نمونه',
  'پرسش',
  'سوال',
  'گفتگو',
  // Hindi
  'जोड़',
  'उदाहरण',
  'प्रश्न',
  'सवाल',
  'संवाद',
  'वाक्य',
  // Vietnamese, Indonesian
  'cặp',
  'ví dụ',
  'câu',
  'đoạn',
  'mẫu',
  'pasang',
  'contoh',
  'pertanyaan',
  'percakapan',
  'kalimat',
  'dialog',
);

/** A number (not part of a decimal, date or id) and, within four words, a unit noun. */
const COUNTED = new RegExp(
  `(?<![\\d.,:/#-])(\\d{1,5})(?:\\s*[-–~]\\s*\\d{1,5})?\\s*(?:[^\\s\\d-]\\S*\\s+){0,4}?${UNITS}`,
  'gu',
);
/**
 * A number written with thousands separators: comma, dot, no-break space, apostrophe ("1,000",
 * "2.500", "10 000", "1'000"). A plain space is left alone: "5 100-word stories" is five.
 */
const THOUSANDS = /(?<![\d.,])\d{1,3}(?:[,.\u00a0\u202f'’]\d{3})+(?!\d|[.,]\d)/gu;
const HAS_THOUSANDS = new RegExp(THOUSANDS.source, 'u');
/** "50 of them". */
const OF_THEM = /(?<![\d.,:/#-])(\d{1,5})\s+of (?:them|these|those)/gu;
/** "20 more", "another 50", "repeat 10 times", "×100", "10回", "10次", "10 раз". */
const MORE =
  /(?<![\d.,:/#-])(\d{1,5})\s*(?:more|additional|further|new ones|times|次|回|遍|번|раз|veces|vezes|fois|mal\b|kez|lần|kali|बार|مرة|más|mais|de plus|weitere|altri|altre|ещё|еще|个更多|件追加)|(?:another|repeat(?: this| that| it)?|do (?:this|it)|×)\s*(\d{1,5})(?!\d)/gu;

/** Bulk without a number: "hundreds of", "thousands", "at scale", "as many as you can". */
export const BULK_WORDS = splitCue(
  '(?:hundreds|thousands|dozens|tens of thousands) of',
  'at scale',
  'in bulk',
  'as many as (?:you can|possible|fit|will fit|you.re able)',
  'a (?:large|big|huge|massive) (?:number|batch|set|volume|list|collection|amount) of',
  'a bunch of',
  '(?<![a-z])batch(?:es)?(?![a-z])',
  '(?<![a-z])batches',
  'a lot of',
  'lots of',
  'plenty of',
  'tons of',
  'lots and lots',
  '数百',
  '数千',
  '上千',
  '成千',
  '大量',
  '大批',
  '数十',
  '수백',
  '수천',
  'сотни',
  'тысячи',
  'cientos de',
  'miles de',
  'centenas de',
  'milhares de',
  'des centaines',
  'des milliers',
  'hunderte',
  'tausende',
  'centinaia',
  'migliaia',
  'yüzlerce',
  'binlerce',
  'مئات',
  'آلاف',
  'صدها',
  'هزاران',
  'सैकड़ों',
  'हज़ारों',
  'hàng trăm',
  'hàng nghìn',
  'ratusan',
  'ribuan',
);

/** Number words: "fifty", "a hundred", "a dozen", "三十", "五十", "一百". */
const WORDS: Readonly<Record<string, number>> = {
  ten: 10,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  dozen: 12,
};
const NUMBER_WORD = new RegExp(
  `(?<![a-z])(${Object.keys(WORDS).join('|')})(?:[- ]?[a-z]+)?\\s+(?:[^\\s\\d-]\\S*\\s+){0,3}?${UNITS}`,
  'gu',
);
const CJK_DIGIT: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CJK_NUMBER =
  /([一二两三四五六七八九]?)([十百千])([一二三四五六七八九]?)[^\p{L}\p{N}]?(?:条|組|组|个|個|段|道|问|句|对|對|篇)/gu;
/** Eastern Arabic and Persian digits, read as ASCII digits. */
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/** Job-style parameters: "n=40", "count: 100", "num_samples = 500", "rows: 50". */
const PARAM =
  /(?<![a-z])(?:n|count|num|number|num_(?:samples|examples|items|rows|records|pairs)|samples|examples|items|rows|records|pairs|batch_size|size|quantity|amount|total)\s*[=:]\s*(\d{1,5})(?!\d)/gu;

/** The largest count asked for in the text (0 when none); years and huge numbers are skipped. */
export function bulkCount(input: string): number {
  const eastern = EASTERN_DIGITS.test(input)
    ? input.replace(EASTERN_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10))
    : input;
  EASTERN_DIGITS.lastIndex = 0;
  // "1,000", "2.500", "10 000": one number, not two.
  const text = HAS_THOUSANDS.test(eastern)
    ? eastern.replace(THOUSANDS, (m) => m.replace(/\D/gu, ''))
    : eastern;
  let best = 0;
  const consider = (raw: string | undefined) => {
    const n = Number(raw);
    if (n > best && n <= 100_000 && !(n >= 1900 && n <= 2100)) best = n;
  };
  for (const m of text.matchAll(COUNTED)) consider(m[1]);
  for (const m of text.matchAll(MORE)) consider(m[1] ?? m[2]);
  for (const m of text.matchAll(PARAM)) consider(m[1]);
  for (const m of text.matchAll(OF_THEM)) consider(m[1]);
  for (const m of text.matchAll(NUMBER_WORD)) consider(String(WORDS[m[1] as string] ?? 0));
  for (const m of text.matchAll(CJK_NUMBER)) {
    const unit = m[2] === '十' ? 10 : m[2] === '百' ? 100 : 1000;
    const head = m[1] ? (CJK_DIGIT[m[1]] ?? 1) : 1;
    const tail = m[3] ? (CJK_DIGIT[m[3]] ?? 0) : 0;
    consider(String(head * unit + tail));
  }
  return best;
}

import type { Rng } from '../rng.ts';
import type { Lang } from '../types.ts';

/** Small, fictional-where-it-matters word pools that every population draws slots from. */

export const NAMES: Readonly<Record<Lang, readonly string[]>> = {
  en: ['Maya', 'Tom', 'Priya', 'Jordan', 'Aisha', 'Liam', 'Grace', 'Omar', 'Hannah', 'Diego', 'Chloe', 'Sam'],
  zh: ['王磊', '李娜', '张伟', '刘洋', '陈静', '杨帆', '赵敏', '黄志强', '周婷', '吴昊'],
  ru: ['Алексей', 'Мария', 'Дмитрий', 'Ольга', 'Иван', 'Екатерина', 'Сергей', 'Анна', 'Павел', 'Наталья'],
  es: ['Lucía', 'Mateo', 'Sofía', 'Javier', 'Valentina', 'Carlos', 'Elena', 'Andrés', 'Camila', 'Pablo'],
  de: ['Lena', 'Jonas', 'Anja', 'Felix', 'Katrin', 'Lukas'],
  fr: ['Camille', 'Hugo', 'Léa', 'Antoine', 'Manon', 'Julien'],
  pt: ['Ana', 'João', 'Beatriz', 'Rafael', 'Larissa', 'Tiago'],
  ja: ['佐藤', '鈴木', '高橋', '田中', '伊藤', '山本'],
};

export const CITIES: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    'Lisbon',
    'Chicago',
    'Melbourne',
    'Toronto',
    'Edinburgh',
    'Austin',
    'Kyoto',
    'Cape Town',
    'Denver',
    'Dublin',
  ],
  zh: ['成都', '杭州', '西安', '厦门', '青岛', '昆明', '南京', '大理'],
  ru: ['Казань', 'Санкт-Петербург', 'Новосибирск', 'Калининград', 'Сочи', 'Екатеринбург', 'Иркутск'],
  es: ['Sevilla', 'Valparaíso', 'Oaxaca', 'Bilbao', 'Medellín', 'Córdoba', 'Cusco', 'Granada'],
  de: ['Leipzig', 'Freiburg', 'Hamburg', 'Graz'],
  fr: ['Lyon', 'Nantes', 'Bordeaux', 'Montréal'],
  pt: ['Porto', 'Recife', 'Curitiba', 'Coimbra'],
  ja: ['札幌', '福岡', '金沢', '奈良'],
};

/** Fictional companies and products, so no real brand's prompts are imitated. */
export const COMPANIES = [
  'Brightfield',
  'Kestrel Labs',
  'Orchard Mobile',
  'Tidewater Bank',
  'Lumen Freight',
  'Halcyon Health',
  'Pinecrest Energy',
  'Quillbox',
  'Northwind Ceramics',
  'Vantor Games',
];
export const PRODUCTS = [
  'standing desk',
  'air fryer',
  'noise-cancelling headphones',
  'e-bike',
  'espresso machine',
  'robot vacuum',
  'hiking boots',
  'smart thermostat',
  'mechanical keyboard',
  'baby monitor',
  'tent',
  'tablet',
];

/** Broad subject areas, per language, used to steer varied payloads. */
export const SUBJECTS: Readonly<Record<'en' | 'zh' | 'ru' | 'es', readonly string[]>> = {
  en: [
    'organic chemistry',
    'macroeconomics',
    'cell biology',
    'contract law',
    'medieval history',
    'thermodynamics',
    'statistics',
    'linguistics',
    'pharmacology',
    'computer networks',
    'astronomy',
    'microeconomics',
    'ethics',
    'geology',
    'music theory',
    'operating systems',
    'epidemiology',
    'number theory',
  ],
  zh: [
    '有机化学',
    '宏观经济学',
    '细胞生物学',
    '合同法',
    '中国古代史',
    '热力学',
    '概率统计',
    '语言学',
    '药理学',
    '计算机网络',
    '天文学',
    '数论',
  ],
  ru: [
    'органическая химия',
    'макроэкономика',
    'клеточная биология',
    'гражданское право',
    'история Средних веков',
    'термодинамика',
    'статистика',
    'лингвистика',
    'фармакология',
    'компьютерные сети',
    'астрономия',
  ],
  es: [
    'química orgánica',
    'macroeconomía',
    'biología celular',
    'derecho contractual',
    'historia medieval',
    'termodinámica',
    'estadística',
    'lingüística',
    'farmacología',
    'redes de computadoras',
    'astronomía',
  ],
};

export const LANG_NAMES: Readonly<Record<Lang, string>> = {
  en: 'English',
  zh: 'Chinese',
  ru: 'Russian',
  es: 'Spanish',
  de: 'German',
  fr: 'French',
  pt: 'Portuguese',
  ja: 'Japanese',
};

/** The four languages every campaign covers, weighted the way the reported campaigns skew. */
export function campaignLang(
  rng: Rng,
  weights: readonly [number, number, number, number] = [5, 3, 1, 1],
): 'en' | 'zh' | 'ru' | 'es' {
  return rng.weighted([
    ['en', weights[0]],
    ['zh', weights[1]],
    ['ru', weights[2]],
    ['es', weights[3]],
  ] as const);
}

/** A language for an ordinary user: many languages, English most common. */
export function userLang(rng: Rng): Lang {
  return rng.weighted([
    ['en', 46],
    ['zh', 12],
    ['es', 12],
    ['ru', 9],
    ['de', 6],
    ['fr', 6],
    ['pt', 5],
    ['ja', 4],
  ] as const);
}

export const money = (rng: Rng, lo: number, hi: number): string =>
  (rng.int(lo * 100, hi * 100) / 100).toFixed(2);

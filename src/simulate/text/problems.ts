import type { Rng } from '../rng.ts';
import { expand } from './expand.ts';

/** A worked-problem generator: numbers drawn fresh each time, answer computed, text per language. */
export type ProblemLang = 'en' | 'zh' | 'ru' | 'es';
export interface Problem {
  question: string;
  answer: string;
  subject: 'algebra' | 'arithmetic' | 'geometry' | 'probability' | 'physics' | 'finance' | 'statistics';
}

interface Kind {
  subject: Problem['subject'];
  make(rng: Rng): { vars: Record<string, string>; answer: string };
  text: Readonly<Record<ProblemLang, string>>;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const frac = (p: number, q: number): string => {
  const g = gcd(p, q);
  return q / g === 1 ? String(p / g) : `${p / g}/${q / g}`;
};
const fix = (x: number, d = 2): string => String(Number(x.toFixed(d)));

const KINDS: readonly Kind[] = [
  {
    subject: 'algebra',
    make(rng) {
      const x = rng.int(-12, 25);
      const a = rng.int(2, 13);
      const b = rng.int(-40, 60);
      return {
        vars: { a: String(a), b: b < 0 ? `- ${-b}` : `+ ${b}`, c: String(a * x + b) },
        answer: `x = ${x}`,
      };
    },
    text: {
      en: '[[Solve for x:|Find x if|What is x when]] {{a}}x {{b}} = {{c}}',
      zh: '解方程：{{a}}x {{b}} = {{c}}，求 x。',
      ru: 'Решите уравнение: {{a}}x {{b}} = {{c}}.',
      es: 'Resuelve la ecuación {{a}}x {{b}} = {{c}}.',
    },
  },
  {
    subject: 'physics',
    make(rng) {
      const v = rng.int(40, 130);
      const t = rng.pick([1.5, 2, 2.5, 3, 4, 0.75]);
      return { vars: { v: String(v), t: String(t) }, answer: `${fix(v * t)} km` };
    },
    text: {
      en: 'A [[train|bus|car]] travels at {{v}} km/h for {{t}} hours. How far does it go?',
      zh: '一辆汽车以每小时{{v}}千米的速度行驶了{{t}}小时，一共行驶了多少千米？',
      ru: 'Поезд едет со скоростью {{v}} км/ч в течение {{t}} ч. Какое расстояние он проедет?',
      es: 'Un tren viaja a {{v}} km/h durante {{t}} horas. ¿Qué distancia recorre?',
    },
  },
  {
    subject: 'arithmetic',
    make(rng) {
      const p = rng.int(20, 400);
      const d = rng.pick([10, 15, 20, 25, 30, 35, 40]);
      return { vars: { p: String(p), d: String(d) }, answer: fix(p * (1 - d / 100)) };
    },
    text: {
      en: 'A jacket costs {{$p}} and is on sale for {{d}}% off. What is the sale price?',
      zh: '一件衣服原价{{p}}元，打折优惠{{d}}%，现价是多少元？',
      ru: 'Куртка стоит {{p}} рублей, скидка {{d}}%. Сколько она стоит со скидкой?',
      es: 'Una chaqueta cuesta {{p}} euros y tiene un descuento del {{d}}%. ¿Cuál es el precio final?',
    },
  },
  {
    subject: 'geometry',
    make(rng) {
      const w = rng.int(3, 30);
      const h = rng.int(3, 30);
      return { vars: { w: String(w), h: String(h) }, answer: `area ${w * h}, perimeter ${2 * (w + h)}` };
    },
    text: {
      en: 'A rectangle is {{w}} cm wide and {{h}} cm long. Find its area and perimeter.',
      zh: '一个长方形宽{{w}}厘米、长{{h}}厘米，求它的面积和周长。',
      ru: 'Прямоугольник имеет ширину {{w}} см и длину {{h}} см. Найдите площадь и периметр.',
      es: 'Un rectángulo mide {{w}} cm de ancho y {{h}} cm de largo. Calcula su área y su perímetro.',
    },
  },
  {
    subject: 'probability',
    make(rng) {
      const r = rng.int(2, 12);
      const b = rng.int(2, 12);
      return { vars: { r: String(r), b: String(b) }, answer: frac(r, r + b) };
    },
    text: {
      en: 'A bag has {{r}} red and {{b}} blue marbles. What is the probability of drawing a red one?',
      zh: '袋子里有{{r}}个红球和{{b}}个蓝球，随机摸出一个是红球的概率是多少？',
      ru: 'В мешке {{r}} красных и {{b}} синих шаров. Какова вероятность вытащить красный?',
      es: 'Una bolsa tiene {{r}} canicas rojas y {{b}} azules. ¿Cuál es la probabilidad de sacar una roja?',
    },
  },
  {
    subject: 'arithmetic',
    make(rng) {
      const a = rng.int(2, 9);
      const b = rng.int(a + 1, 14);
      return { vars: { a: String(a), b: String(b) }, answer: `${frac(a * b, a + b)} hours` };
    },
    text: {
      en: 'One pipe fills a tank in {{a}} hours and another in {{b}} hours. How long do they take together?',
      zh: '甲管单独注满水池需要{{a}}小时，乙管需要{{b}}小时，两管同时开需要几小时？',
      ru: 'Одна труба наполняет бак за {{a}} ч, другая — за {{b}} ч. За сколько часов они наполнят его вместе?',
      es: 'Un grifo llena un depósito en {{a}} horas y otro en {{b}} horas. ¿Cuánto tardan juntos?',
    },
  },
  {
    subject: 'physics',
    make(rng) {
      const v = rng.pick([3, 5, 9, 12, 24, 110, 230]);
      const r = rng.pick([2, 4, 5, 8, 10, 20, 50]);
      return { vars: { v: String(v), r: String(r) }, answer: `${fix(v / r, 3)} A` };
    },
    text: {
      en: 'A {{r}} ohm resistor is connected to a {{v}} V source. What current flows?',
      zh: '一个{{r}}欧姆的电阻接在{{v}}伏的电源上，电流是多少？',
      ru: 'Резистор {{r}} Ом подключён к источнику {{v}} В. Какой ток течёт через него?',
      es: 'Una resistencia de {{r}} ohmios se conecta a una fuente de {{v}} V. ¿Qué corriente circula?',
    },
  },
  {
    subject: 'finance',
    make(rng) {
      const p = rng.pick([1000, 2500, 5000, 8000, 12000]);
      const r = rng.pick([2, 3, 4, 5, 6]);
      const n = rng.int(2, 10);
      return { vars: { p: String(p), r: String(r), n: String(n) }, answer: fix(p * (1 + r / 100) ** n) };
    },
    text: {
      en: 'You invest {{p}} at {{r}}% interest compounded yearly. How much is it worth after {{n}} years?',
      zh: '本金{{p}}元，年利率{{r}}%，按年复利计算，{{n}}年后本息合计多少？',
      ru: 'Вклад {{p}} рублей под {{r}}% годовых с ежегодной капитализацией. Сколько будет через {{n}} лет?',
      es: 'Inviertes {{p}} euros al {{r}}% de interés compuesto anual. ¿Cuánto tendrás después de {{n}} años?',
    },
  },
  {
    subject: 'statistics',
    make(rng) {
      const xs = Array.from({ length: rng.int(4, 7) }, () => rng.int(50, 100));
      return { vars: { xs: xs.join(', ') }, answer: fix(xs.reduce((s, x) => s + x, 0) / xs.length) };
    },
    text: {
      en: 'Test scores: {{xs}}. What is the mean score?',
      zh: '一组成绩为 {{xs}}，平均分是多少？',
      ru: 'Оценки за тест: {{xs}}. Найдите среднее значение.',
      es: 'Las notas de un examen son {{xs}}. ¿Cuál es la media?',
    },
  },
  {
    subject: 'algebra',
    make(rng) {
      const child = rng.int(4, 15);
      const k = rng.int(2, 4);
      const y = rng.int(2, 12);
      const parent = child * k;
      return {
        vars: { k: String(k), y: String(y), s: String(child + parent + 2 * y) },
        answer: `${child} and ${parent}`,
      };
    },
    text: {
      en: 'A parent is {{k}} times as old as their child. In {{y}} years the sum of their ages will be {{s}}. How old is each now?',
      zh: '父亲的年龄是儿子的{{k}}倍，{{y}}年后两人年龄之和是{{s}}岁，现在各多少岁？',
      ru: 'Отец старше сына в {{k}} раза. Через {{y}} лет сумма их возрастов будет {{s}}. Сколько им лет сейчас?',
      es: 'Una madre tiene {{k}} veces la edad de su hijo. Dentro de {{y}} años sus edades sumarán {{s}}. ¿Qué edad tienen ahora?',
    },
  },
];

/** The few words answers contain, for the other languages. */
const WORDS: Readonly<Record<string, Readonly<Record<Exclude<ProblemLang, 'en'>, string>>>> = {
  area: { zh: '面积', ru: 'площадь', es: 'área' },
  perimeter: { zh: '周长', ru: 'периметр', es: 'perímetro' },
  hours: { zh: '小时', ru: 'ч', es: 'horas' },
  and: { zh: '和', ru: 'и', es: 'y' },
};

/** A fresh problem in the given language. */
export function makeProblem(rng: Rng, lang: ProblemLang = 'en'): Problem {
  const kind = rng.pick(KINDS);
  const { vars, answer } = kind.make(rng);
  const local =
    lang === 'en' ? answer : answer.replace(/\b(area|perimeter|hours|and)\b/g, (w) => WORDS[w]?.[lang] ?? w);
  return { question: expand(rng, kind.text[lang], vars), answer: local, subject: kind.subject };
}

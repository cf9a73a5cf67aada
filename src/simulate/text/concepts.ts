import type { Rng } from '../rng.ts';
import { expand } from './expand.ts';
import type { ProblemLang } from './problems.ts';

/**
 * Many-subject question material with a finished answer: concept comparisons and code-output
 * questions whose answers are computed, so harvested items rarely repeat.
 */
const PAIRS: Readonly<Record<ProblemLang, readonly (readonly [string, string, string])[]>> = {
  en: [
    [
      'mitosis',
      'meiosis',
      'one produces two identical cells for growth, the other four genetically distinct gametes',
    ],
    ['weather', 'climate', 'one is the state of the atmosphere now, the other its long-run statistics'],
    ['TCP', 'UDP', 'one guarantees ordered, reliable delivery, the other trades that for lower latency'],
    ['stocks', 'bonds', 'one is ownership with variable returns, the other a loan with fixed payments'],
    ['a simile', 'a metaphor', 'one compares with "like" or "as", the other asserts the identity directly'],
    ['nuclear fission', 'nuclear fusion', 'one splits heavy nuclei, the other joins light ones'],
    ['mean', 'median', 'one averages all values, the other takes the middle one and resists outliers'],
    [
      'a tort',
      'a crime',
      'one is a civil wrong remedied by damages, the other an offence prosecuted by the state',
    ],
    ['speed', 'velocity', 'one is a scalar, the other has a direction'],
    ['RAM', 'disk storage', 'one is fast and volatile, the other slower and persistent'],
    [
      'monetary policy',
      'fiscal policy',
      'one is set by the central bank through rates, the other by government through taxes and spending',
    ],
    ['an ionic bond', 'a covalent bond', 'one transfers electrons, the other shares them'],
    [
      'deductive reasoning',
      'inductive reasoning',
      'one guarantees its conclusion from its premises, the other only makes it probable',
    ],
    ['a process', 'a thread', 'one has its own address space, the other shares its process’s memory'],
    [
      'the Renaissance',
      'the Enlightenment',
      'one revived classical art and learning, the other championed reason and rights',
    ],
    ['bacteria', 'archaea', 'both lack nuclei, but their membranes and genetics differ markedly'],
  ],
  zh: [
    ['有丝分裂', '减数分裂', '前者产生两个相同的体细胞，后者产生四个遗传上不同的配子'],
    ['货币政策', '财政政策', '前者由央行通过利率调节，后者由政府通过税收和支出调节'],
    ['TCP', 'UDP', '前者保证可靠有序传输，后者延迟更低但不保证送达'],
    ['核裂变', '核聚变', '前者分裂重原子核，后者结合轻原子核'],
  ],
  ru: [
    ['митоз', 'мейоз', 'первый даёт две одинаковые клетки, второй — четыре генетически разные гаметы'],
    [
      'денежно-кредитная политика',
      'бюджетная политика',
      'первую ведёт центробанк через ставки, вторую — правительство через налоги и расходы',
    ],
    ['процесс', 'поток', 'у процесса своё адресное пространство, потоки делят память процесса'],
  ],
  es: [
    ['mitosis', 'meiosis', 'la primera produce dos células idénticas y la segunda cuatro gametos distintos'],
    [
      'política monetaria',
      'política fiscal',
      'la primera la fija el banco central con los tipos, la segunda el gobierno con impuestos y gasto',
    ],
    [
      'fisión nuclear',
      'fusión nuclear',
      'la primera divide núcleos pesados y la segunda une núcleos ligeros',
    ],
  ],
};

const ASKS: Readonly<Record<ProblemLang, readonly string[]>> = {
  en: [
    'What is the difference between {{a}} and {{b}}?',
    'How does {{a}} differ from {{b}}?',
    'Compare {{a}} and {{b}} in one paragraph.',
    '{{a}} vs {{b}}: what is the key distinction?',
  ],
  zh: ['{{a}}和{{b}}有什么区别？', '请比较{{a}}与{{b}}。'],
  ru: ['Чем «{{a}}» отличается от «{{b}}»?', 'В чём разница между «{{a}}» и «{{b}}»?'],
  es: ['¿Qué diferencia hay entre {{a}} y {{b}}?', 'Compara {{a}} y {{b}}.'],
};

export function conceptQA(rng: Rng, lang: ProblemLang): { question: string; answer: string } {
  const [a, b, gist] = rng.pick(PAIRS[lang]);
  const answer =
    lang === 'en' ? `The key difference: ${gist}.` : `${gist}。`.replace(/。$/, lang === 'zh' ? '。' : '.');
  return { question: expand(rng, rng.pick(ASKS[lang]), { a, b }), answer };
}

/** Small programs whose output is computed here. */
export function codeOutputQA(rng: Rng): { question: string; answer: string } {
  const n = rng.int(3, 12);
  const k = rng.int(2, 5);
  const xs = Array.from({ length: rng.int(4, 7) }, () => rng.int(-9, 30));
  const kinds = [
    () => ({
      code: `print(sum(i * i for i in range(${n})))`,
      out: String(Array.from({ length: n }, (_, i) => i * i).reduce((s, v) => s + v, 0)),
      lang: 'Python',
    }),
    () => ({
      code: `console.log([${xs.join(', ')}].filter(x => x % ${k} === 0).length)`,
      out: String(xs.filter((x) => x % k === 0).length),
      lang: 'JavaScript',
    }),
    () => ({
      code: `xs = [${xs.join(', ')}]\nprint(sorted(xs)[len(xs) // 2])`,
      out: String([...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)]),
      lang: 'Python',
    }),
    () => ({
      code: `let s = "";\nfor (let i = ${n}; i > 0; i -= ${k}) s += i;\nconsole.log(s);`,
      out: Array.from({ length: Math.ceil(n / k) }, (_, i) => n - i * k).join(''),
      lang: 'JavaScript',
    }),
  ];
  const { code, out, lang } = rng.pick(kinds)();
  return { question: `What does this ${lang} print?\n${code}`, answer: out };
}

import type { Rng } from '../rng.ts';
import { codeOutputQA, conceptQA } from './concepts.ts';
import { makeProblem, type ProblemLang } from './problems.ts';

/**
 * Question + finished answer pairs over many subjects: the raw material that reasoning
 * harvesters feed back to the model, and that graders score.
 */
export interface QA {
  question: string;
  answer: string;
}

const QA_BANK: Readonly<Record<ProblemLang, readonly QA[]>> = {
  en: [
    {
      question: 'Why did the Bronze Age collapse around 1200 BCE?',
      answer:
        'Most historians now favour a combination of causes: drought and famine, earthquakes, disrupted trade in tin and copper, internal revolts and the raids of the Sea Peoples reinforced one another until the palace economies failed.',
    },
    {
      question: 'Is a tomato a fruit or a vegetable?',
      answer:
        'Botanically it is a fruit, because it develops from the flower and contains seeds; in cooking and in some legal contexts it is treated as a vegetable.',
    },
    {
      question: 'What happens to the price of a good when a binding price ceiling is set below equilibrium?',
      answer:
        'Quantity demanded exceeds quantity supplied, so a shortage appears; queues, black markets and lower quality usually follow.',
    },
    {
      question: 'Which is larger, 2^30 or 10^9?',
      answer: '2^30 = 1,073,741,824, which is larger than 10^9 = 1,000,000,000.',
    },
    {
      question: 'Can a contract signed by a 16-year-old be enforced?',
      answer:
        'In most common-law systems it is voidable at the minor’s option, except for contracts for necessaries, which can be enforced for a reasonable price.',
    },
    {
      question: 'Why does ice float on water?',
      answer:
        'Hydrogen bonds hold water molecules in an open hexagonal lattice when frozen, so ice is about 9% less dense than liquid water.',
    },
    {
      question: 'A patient on warfarin starts a course of an antibiotic. What should be monitored?',
      answer:
        'The INR, more often than usual, because many antibiotics potentiate warfarin and raise bleeding risk.',
    },
    {
      question: 'What is the time complexity of building a binary heap from n elements?',
      answer:
        'O(n) with bottom-up heapify, because most nodes sit near the leaves and sift down only a short distance.',
    },
    {
      question: 'Who benefited most from the Treaty of Tordesillas?',
      answer:
        'Portugal and Spain divided newly explored lands between them; the line later gave Portugal its claim to Brazil.',
    },
    {
      question: 'Does correlation between ice-cream sales and drownings mean one causes the other?',
      answer: 'No. Both rise with hot weather, a confounding variable; the correlation is not causal.',
    },
    {
      question: 'What is the main function of the mitochondria?',
      answer:
        'They produce most of the cell’s ATP through oxidative phosphorylation, and also help regulate calcium and apoptosis.',
    },
    {
      question: 'Should a startup choose SQL or NoSQL for an order system?',
      answer:
        'A relational database is usually the better default: orders need transactions, joins and consistent constraints.',
    },
    {
      question: 'Why is the Monty Hall switch the better choice?',
      answer:
        'Switching wins with probability 2/3, because the host’s reveal carries information and the first pick is right only 1/3 of the time.',
    },
    { question: 'What does this Python print? print(sorted([3, 1, 2], reverse=True)[1:])', answer: '[2, 1]' },
    {
      question: 'Which poem opens with "April is the cruellest month"?',
      answer: 'T. S. Eliot’s The Waste Land (1922).',
    },
    {
      question: 'Why are many bridges built with expansion joints?',
      answer:
        'Materials expand and contract with temperature; the joints absorb that movement so the deck and supports do not crack.',
    },
  ],
  zh: [
    {
      question: '为什么北半球夏天白天更长？',
      answer: '因为地轴倾斜约23.5度，夏季北半球朝向太阳，太阳直射点北移，白昼时间变长。',
    },
    {
      question: '一个函数 f(x)=x²-4x+3 的最小值是多少？',
      answer: '配方得 f(x)=(x-2)²-1，所以最小值是 -1，在 x=2 时取得。',
    },
    {
      question: '为什么说丝绸之路促进了文化交流？',
      answer: '商路不仅运输丝绸和香料，也带来了宗教、技术和艺术的传播，例如佛教东传和造纸术西传。',
    },
    {
      question: '快速排序在最坏情况下的时间复杂度是多少？',
      answer: 'O(n²)，当每次选到的基准都是最大或最小元素时出现。',
    },
    {
      question: '央行提高利率对房地产市场有什么影响？',
      answer: '贷款成本上升，购房需求下降，房价上涨压力减小，开发商融资也更困难。',
    },
    { question: '光合作用的产物是什么？', answer: '葡萄糖和氧气，光能被转化为化学能储存在有机物中。' },
  ],
  ru: [
    {
      question: 'Почему Наполеон проиграл кампанию 1812 года?',
      answer:
        'Армия была растянута, снабжение рушилось, русские избегали решающего сражения, а после пожара Москвы и с наступлением зимы отступление превратилось в катастрофу.',
    },
    {
      question: 'Чему равна производная функции sin(x)·x?',
      answer: 'По правилу произведения: cos(x)·x + sin(x).',
    },
    {
      question: 'Почему соль понижает температуру замерзания воды?',
      answer:
        'Растворённые ионы мешают молекулам воды выстраиваться в кристаллическую решётку, поэтому нужна более низкая температура.',
    },
    {
      question: 'Что выгоднее: кредит под 12% на 2 года или под 10% на 3 года?',
      answer:
        'При одинаковой сумме переплата обычно меньше у первого варианта, несмотря на более высокую ставку, потому что срок короче.',
    },
    {
      question: 'Какова сложность поиска в сбалансированном бинарном дереве?',
      answer: 'O(log n), потому что высота дерева логарифмическая.',
    },
    {
      question: 'Кто написал «Мастера и Маргариту» и когда роман был опубликован?',
      answer: 'Михаил Булгаков; впервые роман напечатали в журнале «Москва» в 1966–1967 годах.',
    },
  ],
  es: [
    {
      question: '¿Por qué la Luna siempre muestra la misma cara?',
      answer: 'Por el acoplamiento de marea: su rotación y su traslación duran lo mismo, unos 27,3 días.',
    },
    { question: '¿Cuál es la derivada de e^(2x)?', answer: '2·e^(2x), por la regla de la cadena.' },
    {
      question: '¿Qué causó la hiperinflación en Alemania en 1923?',
      answer:
        'La impresión masiva de dinero para pagar deudas y reparaciones, agravada por la ocupación del Ruhr y la caída de la producción.',
    },
    {
      question: '¿Por qué los antibióticos no sirven contra la gripe?',
      answer:
        'La gripe es causada por un virus y los antibióticos actúan sobre estructuras bacterianas que los virus no tienen.',
    },
    {
      question: '¿Qué imprime este código JavaScript? console.log([1,2,3].map(x => x * 2).join("-"))',
      answer: '2-4-6',
    },
    {
      question: '¿Quién escribió Cien años de soledad?',
      answer: 'Gabriel García Márquez, publicada en 1967.',
    },
  ],
};

/** A question with its completed answer: worked problems, concept comparisons, code output, subject questions. */
export function makeQA(rng: Rng, lang: ProblemLang): QA {
  const r = rng.next();
  if (r < 0.35) {
    const p = makeProblem(rng, lang);
    return { question: p.question, answer: p.answer };
  }
  if (r < 0.55) return conceptQA(rng, lang);
  if (r < 0.7) return codeOutputQA(rng);
  return rng.pick(QA_BANK[lang]);
}

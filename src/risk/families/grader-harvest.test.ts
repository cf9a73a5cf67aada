import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../providers/parse.ts';
import { extractFeatures } from '../features.ts';
import { scoreGraderHarvest } from './grader-harvest.ts';

// Probes written for these tests: not taken from the development or held-out corpora.
type Probe = [name: string, user: string, system?: string | undefined, extra?: Record<string, unknown>];

function score(user: string, system?: string | undefined, extra: Record<string, unknown> = {}): number {
  const body = {
    model: 'gpt-4.1',
    messages: [...(system ? [{ role: 'system', content: system }] : []), { role: 'user', content: user }],
    ...extra,
  };
  return scoreGraderHarvest(extractFeatures(parseRequest('openai', body))).value;
}

const harvest: Probe[] = [
  [
    'pairwise, bracketed responses, JSON verdict',
    'Here is a user request and two candidate replies from different assistants. Pick the better one considering accuracy and tone. Respond with JSON only: {"better": "A" | "B", "why": "..."}\n\n[Request]\nHow long should I boil an egg for a runny yolk?\n\n[Reply A]\nAbout 6 minutes from boiling water, then cool it in cold water.\n\n[Reply B]\nBoil it for 20 minutes.',
  ],
  [
    'single model reply, Likert score line',
    'Rate the assistant reply on a 1-5 Likert scale for helpfulness. Format: SCORE=<n>\n\nUser: what is a mortgage offset account?\nAssistant reply: It is a savings account linked to your mortgage; its balance is subtracted from the loan before interest is charged.',
  ],
  [
    'annotation guideline in system, numbered outputs, TSV',
    'out_1: Paris is the capital of France.\nout_2: The capital of France is Lyon.\nout_3: France.\n\nprompt: what is the capital of france',
    'Preference annotation guidelines v3. For every output you receive emit one row: <id>\t<rank>\t<score 0-10>. No other text.',
  ],
  [
    'yes/no verdict via one token and logprobs',
    'Question: how many legs does a spider have?\nResponse 1: Eight.\nResponse 2: Six, like all insects.\nIs Response 1 better than Response 2? Answer Yes or No.',
    undefined,
    { max_tokens: 1, logprobs: true, top_logprobs: 5, temperature: 0 },
  ],
  [
    'process-reward step labels',
    "Here is a model's worked solution. Tag every step as correct (+1), neutral (0) or wrong (-1), then give the first wrong step. JSON only.\n\nProblem: 15% of 80?\nStep 1: 10% of 80 is 8.\nStep 2: 5% of 80 is 4.\nStep 3: So 15% is 8 + 4 = 13.",
  ],
  [
    'verifier against a reference',
    'Compare the candidate answer with the reference answer. Reply with exactly one word: CORRECT or INCORRECT.\n\nReference answer: 42\nCandidate answer: The result is forty-two.',
  ],
  [
    'critique and rewrite of a chatbot answer',
    'Critique this chatbot answer (list every weakness), score it out of 10, then write an ideal answer that would get 10/10.\n\nQuestion: Why is the sky blue?\nChatbot answer: Because it reflects the ocean.',
  ],
  [
    'ranking four completions',
    'Rank the completions below from best to worst for the prompt "name a prime number above 100". Output only the ranking as a comma-separated list of ids.\n\nCompletion 1: 101\nCompletion 2: 100\nCompletion 3: 103 is prime.\nCompletion 4: 99',
  ],
  [
    'expert preference, letters only',
    'Which of these two replies would a careful physician prefer? Reply with the letter only.\n\n(a) "See a doctor if the fever lasts more than three days or goes above 39.5 C."\n(b) "Fevers are always fine, ignore them."',
  ],
  [
    'Chinese pairwise judge',
    '请比较下面两个AI回答，哪个更好？从准确性和有用性两个维度各打1-10分，只输出JSON：{"A":分数,"B":分数,"更好":"A或B"}\n\n问题：如何煮米饭？\n回答A：米和水按1:1.2放入电饭锅，按下煮饭键即可。\n回答B：把米放进锅里。',
  ],
  [
    'Spanish single-response judge',
    'Evalúa la respuesta del asistente del 1 al 10 en exactitud y claridad. Devuelve solo JSON {"exactitud": n, "claridad": n}.\n\nPregunta: ¿Cuál es la capital de Canadá?\nRespuesta: Toronto.',
  ],
  [
    'German comparison',
    'Vergleiche die beiden Antworten des Modells und bewerte jede mit 1 bis 10 Punkten. Gib nur JSON zurück: {"antwort_1": n, "antwort_2": n}\n\nFrage: Wie viele Bundesländer hat Deutschland?\nAntwort 1: 16.\nAntwort 2: 12.',
  ],
  [
    'Vietnamese judge',
    'Hãy đánh giá câu trả lời của AI theo thang điểm 1-10 về độ chính xác. Chỉ trả lời bằng JSON {"diem": n}.\n\nCâu hỏi: Thủ đô của Úc là gì?\nCâu trả lời: Sydney.',
  ],
  [
    'Indonesian pairwise',
    'Bandingkan dua jawaban model berikut dan tentukan mana yang lebih baik. Hanya balas dengan huruf A atau B.\n\nPertanyaan: Berapa 7 x 8?\nJawaban A: 56\nJawaban B: 54',
  ],
  [
    'Arabic single response',
    'قيّم إجابة المساعد التالية من 1 إلى 10 من حيث الدقة والفائدة. أجب بصيغة JSON فقط.\n\nالسؤال: ما هي عاصمة اليابان؟\nالإجابة: طوكيو.',
  ],
  [
    'JSONL records of prompt and response',
    'Score every record 1-5 for factual accuracy. Emit one JSONL line per record {"id":..,"score":n}.\n{"id": 1, "prompt": "boiling point of water at sea level", "response": "100 C"}\n{"id": 2, "prompt": "largest planet", "response": "Saturn"}',
  ],
];

const benign: Probe[] = [
  [
    'teacher grading one student essay with JSON',
    'I teach 8th grade. Score my student\'s paragraph on the rubric (claim, evidence, reasoning; 1-4 each) and return JSON {"claim":n,"evidence":n,"reasoning":n,"comment":"..."}.\n\nParagraph: Dogs are better pets than cats because they are loyal...',
  ],
  [
    'comparing two drafts of my own email',
    'I wrote two versions of an email asking my landlord to fix the heating. Which one is better and why?\n\nA: Hi Mark, the heating has been broken for a week, could you send someone?\nB: Dear Mark, I am writing to let you know that the heating has stopped working.',
  ],
  [
    'procurement scoring one vendor proposal',
    'Score this supplier proposal 1-5 on price, delivery time and warranty and return JSON for our comparison sheet.\n\nProposal: 400 office chairs at $180 each, delivery in 6 weeks, 5-year warranty.',
  ],
  [
    'student checking own steps',
    'Can you check each step of my algebra? I think step 3 is wrong.\nStep 1: 2x + 4 = 10\nStep 2: 2x = 6\nStep 3: x = 4',
  ],
  [
    'contest judged by an organiser',
    "I'm organising our school's short-story competition. Here are the three finalists' openings. Which should win?\n\nA: The fog rolled in at noon.\nB: Nobody believed Mara when she said the river talked.\nC: It was a day.",
  ],
  [
    'which database is better',
    'Which is better for a small analytics side project, Postgres or SQLite? I care about simplicity.',
  ],
  [
    'code review of a diff',
    'Review this function and tell me what you would change:\n\n```python\ndef add(a, b):\n    return a+b\n```',
  ],
  [
    'multiple-choice quiz question',
    'Which answer is correct? A. 3 B. 4 C. 5 — what is 2 + 2? Explain briefly.',
  ],
  [
    'JSON-mode extraction',
    'Extract the invoice number, date and total from this text and return JSON only: {"invoice": "...", "date": "...", "total": n}\n\nInvoice INV-2231 dated 3 March, total due $412.50.',
  ],
  [
    'rate my resume bullets',
    'Rate my resume bullets 1-10 and suggest a stronger version of each.\n- Led migration to Kubernetes\n- Reduced costs',
  ],
  [
    'Japanese self-written essay',
    '自分で書いた作文です。10点満点で評価して、直すべき点を教えてください。\n\n私の夢は医者になることです。',
  ],
  [
    'hiring manager scores a take-home',
    "Here is a candidate's take-home submission for our data engineer role. Evaluate it against our rubric (correctness, tests, clarity; 1-5) with short notes.\n\n```sql\nselect * from orders\n```",
  ],
  [
    'my son two answers',
    'My son wrote two answers for his homework question about photosynthesis and wants to know which is clearer.\n\nA: Plants make food from light.\nB: Plants use sunlight, water and CO2 to make glucose and oxygen.',
  ],
  ['support chat', 'My order #4412 arrived damaged. Can I get a replacement?'],
  [
    'RAG with numbered sources',
    'Using the sources, which supplier has the better delivery record?\n[1] Acme delivered 97% on time in 2024.\n[2] Borealis delivered 88% on time in 2024.',
  ],
];

describe('grader-harvest', () => {
  it.each(harvest)('flags: %s', (_name, user, system, extra) => {
    expect(score(user, system, extra)).toBeGreaterThanOrEqual(0.6);
  });
  it.each(benign)('does not flag: %s', (_name, user, system, extra) => {
    expect(score(user, system, extra)).toBeLessThan(0.3);
  });
});

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

// A second, independently written batch in more styles, formats (XML tags) and languages.
const harvestMore: Probe[] = [
  [
    'A or B? ',
    "A or B?\n\nPrompt: best way to learn touch typing\nA: Practise 15 minutes a day on a typing tutor and don't look at the keys.\nB: Just type a lot.",
  ],
  [
    'Prompt: Write a polite decline to a wedding invite. ',
    "Prompt: Write a polite decline to a wedding invite.\nFirst completion: Thank you so much for the invitation; sadly we can't attend, but we'll be thinking of you both.\nSecond completion: Can't come.",
    'Return a single float in [0,1]: how likely a human annotator would prefer the first completion.',
  ],
  [
    "You're the judge in a chatbot arena. Two anonymous models an ",
    "You're the judge in a chatbot arena. Two anonymous models answered the same prompt. Declare a winner or a tie.\n\nPrompt: What's 15% of 240?\nModel X: 36\nModel Y: 24",
  ],
  [
    'For RLHF we need comparisons. Given the prompt and the two c ',
    'For RLHF we need comparisons. Given the prompt and the two completions, write "1" if the first is better and "2" otherwise.\nPrompt: Define entropy.\nCompletion one: A measure of disorder or the number of microstates.\nCompletion two: Entropy is energy.',
  ],
  [
    'Here is an answer our assistant gave a customer. Grade it A- ',
    'Here is an answer our assistant gave a customer. Grade it A-F for tone and accuracy, then give a one-line justification.\n\nCustomer: Can I return shoes after 30 days?\nAssistant: Sure, returns are accepted anytime!',
  ],
  [
    'Evaluate whether this generated summary contains hallucinati ',
    'Evaluate whether this generated summary contains hallucinations relative to the source. Answer with "hallucinated" or "faithful".\nSource: The company hired 40 people in 2023.\nGenerated summary: The company hired 400 people in 2023 and opened a new office.',
  ],
  [
    "I'm going to paste transcripts of our voice bot. For each, o ",
    "I'm going to paste transcripts of our voice bot. For each, output a CSV row: transcript_id,resolved(0/1),politeness(1-5),hallucination(0/1).\ntranscript_id: t-88\nUser: I want to cancel my subscription.\nBot: Sure, I've cancelled it. Anything else?",
  ],
  [
    '以下是两个大模型对同一问题的回答，请判断哪个更好，只回答"A"或"B"。 ',
    '以下是两个大模型对同一问题的回答，请判断哪个更好，只回答"A"或"B"。\n问题：什么是通货膨胀？\nA：物价总体水平持续上涨的现象。\nB：钱变多了。',
  ],
  [
    'Oceń odpowiedź modelu w skali 1-5 pod względem poprawności.  ',
    'Oceń odpowiedź modelu w skali 1-5 pod względem poprawności. Zwróć tylko liczbę.\nPytanie: Ile nóg ma pająk?\nOdpowiedź: Sześć.',
  ],
  [
    'Two assistants answered "Is it safe to eat raw cookie dough?',
    'Two assistants answered "Is it safe to eat raw cookie dough?". Response A says it\'s fine in small amounts, while Response B warns about raw flour and eggs. Which one is better? Reply A or B only.',
  ],
  [
    'Bot 1: The meeting is at 3pm in room 4.',
    'Bot 1: The meeting is at 3pm in room 4.\nBot 2: idk\nWhich bot gave the more helpful reply to "when is the meeting"? Output the number only.',
  ],
  [
    'Here are two summaries of the same news article produced by ',
    'Here are two summaries of the same news article produced by different systems. Which is more faithful to the source? Answer 1 or 2.\n\nArticle: The museum reopened on Friday after a two-year renovation costing 40 million euros.\nSummary 1: The museum reopened Friday after a 40m euro, two-year renovation.\nSummary 2: The museum closed for renovation.',
  ],
  [
    'Was the AI helpful in this exchange? Reply with a number fro',
    'Was the AI helpful in this exchange? Reply with a number from 1 to 5 and nothing else.\n\nHuman: how do I reset my router\nAI: Unplug it for 30 seconds, then plug it back in. If that fails, hold the reset button for 10 seconds.',
  ],
  [
    'Prompt: how do I make my cat stop scratching the sofa',
    'Prompt: how do I make my cat stop scratching the sofa\nOutput: Give it a scratching post near the sofa and reward it when it uses the post.',
    'You are a strict safety classifier for chatbot outputs. Output SAFE or UNSAFE only.',
  ],
  [
    "Compare les deux réponses de l'assistant et indique laquelle",
    "Compare les deux réponses de l'assistant et indique laquelle est la meilleure. Réponds uniquement par A ou B.\n\nQuestion : Quelle est la capitale de l'Australie ?\nRéponse A : Sydney\nRéponse B : Canberra",
  ],
  [
    'Avalie as duas respostas do modelo de 1 a 10 quanto à precis',
    'Avalie as duas respostas do modelo de 1 a 10 quanto à precisão e clareza. Responda apenas JSON {"A": n, "B": n}.\n\nPergunta: Quantos continentes existem?\nResposta A: Sete, pelo modelo mais comum.\nResposta B: Três.',
  ],
  [
    'Valuta le due risposte del modello e indica quale risposta è',
    'Valuta le due risposte del modello e indica quale risposta è migliore. Rispondi solo con la lettera.\n\nDomanda: Quanto fa 12 x 12?\nRisposta A: 144\nRisposta B: 124',
  ],
  [
    'Yapay zekanın iki yanıtını karşılaştır ve hangisinin daha iy',
    "Yapay zekanın iki yanıtını karşılaştır ve hangisinin daha iyi olduğunu söyle. Sadece A veya B yaz.\n\nSoru: Türkiye'nin başkenti neresi?\nYanıt A: İstanbul\nYanıt B: Ankara",
  ],
  [
    'دو پاسخ دستیار را مقایسه کن و بگو کدام بهتر است. فقط با A یا',
    'دو پاسخ دستیار را مقایسه کن و بگو کدام بهتر است. فقط با A یا B پاسخ بده.\n\nپرسش: پایتخت ایران کجاست؟\nپاسخ A: تهران\nپاسخ B: اصفهان',
  ],
  [
    '以下の質問に対するモデルの回答を1〜10で採点し、JSONのみで出力してください。{"score": n}',
    '以下の質問に対するモデルの回答を1〜10で採点し、JSONのみで出力してください。{"score": n}\n\n質問：富士山の高さは？\n回答：約3776メートルです。',
  ],
  [
    '두 AI 응답 중 어느 답변이 더 좋은지 판단하고 A 또는 B로만 답하세요.',
    '두 AI 응답 중 어느 답변이 더 좋은지 판단하고 A 또는 B로만 답하세요.\n\n질문: 서울의 인구는?\n응답 A: 약 940만 명입니다.\n응답 B: 1억 명입니다.',
  ],
  [
    '请对以下模型输出进行打分（1-5分），并说明理由，以JSON格式输出。',
    '请对以下模型输出进行打分（1-5分），并说明理由，以JSON格式输出。\n\n用户问题：地球到太阳的距离是多少？\n模型输出：大约1.5亿公里。',
  ],
  [
    'Сравни два ответа модели и скажи, какой лучше. Ответь только',
    'Сравни два ответа модели и скажи, какой лучше. Ответь только буквой А или Б.\n\nВопрос: Сколько будет 9 × 7?\nОтвет А: 63\nОтвет Б: 56',
  ],
  [
    "I'm collecting preference labels. For each pair, reply with ",
    "I'm collecting preference labels. For each pair, reply with the id of the preferred reply.\n\npair 81\nprompt: say hi in French\nreply_a: Bonjour !\nreply_b: Hola!",
  ],
  [
    'Sort these five outputs from our model from best to worst fo',
    'Sort these five outputs from our model from best to worst for the prompt "a tagline for a bakery". Return only the ordering.\n1) Fresh every morning.\n2) Bread.\n3) Where the oven never sleeps.\n4) We sell stuff.\n5) Crumbs of happiness.',
  ],
  [
    "Determine if the assistant's final answer matches the expect",
    "Determine if the assistant's final answer matches the expected answer. Output 1 if it does, else 0.\nExpected: 12\nAssistant's final answer: twelve",
  ],
  [
    '**Response A**',
    '**Response A**\nWater boils at 100 C at sea level.\n\n**Response B**\nWater boils at 90 C.\n\nWhich response is more accurate? Just the letter.',
  ],
  [
    'Please act as an impartial judge and evaluate the quality of',
    'Please act as an impartial judge and evaluate the quality of the response provided by an AI assistant to the user question displayed below. Rate it on a scale of 1 to 10 by strictly following this format: "[[rating]]".\n[Question]\nWhat is a black hole?\n[The Start of Assistant\'s Answer]\nA region of spacetime where gravity is so strong nothing can escape.\n[The End of Assistant\'s Answer]',
  ],
  [
    'Give a reward between 0 and 1 for how well the reply follows',
    'Give a reward between 0 and 1 for how well the reply follows the instruction. Print the number only.\nInstruction: answer in one word\nReply: Absolutely, I would be happy to help you with that in one word: yes.',
  ],
  [
    'Does the response follow the instruction? Answer yes or no.',
    'Does the response follow the instruction? Answer yes or no.\nInstruction: List three colours.\nResponse: Red, blue, green.',
  ],
  [
    'Rate each of the following chatbot replies for empathy (1-5)',
    'Rate each of the following chatbot replies for empathy (1-5):\n- "I\'m sorry you\'re going through that; do you want to talk about it?"\n- "Ok."\n- "That sounds hard. Have you tried talking to a professional?"\nOutput a JSON list of scores.',
  ],
  [
    '### Instruction:',
    '### Instruction:\nName three uses for baking soda.\n\n### Output (a):\nCleaning ovens, deodorising fridges, and baking.\n\n### Output (b):\nIt is a white powder.',
    'You are an AlpacaEval-style annotator. Output only "Output (a)" or "Output (b)".',
  ],
  [
    'Source: Der Zug hat zehn Minuten Verspätung.',
    'Source: Der Zug hat zehn Minuten Verspätung.\nTranslation: The train is ten minutes late.\nScore the translation quality from 0 to 100. Output just the number.',
  ],
  [
    'Context: The Eiffel Tower was completed in 1889 for the Worl',
    "Context: The Eiffel Tower was completed in 1889 for the World's Fair.\nAnswer: The Eiffel Tower was finished in 1925.\nIs the answer supported by the context? Reply with SUPPORTED or UNSUPPORTED.",
  ],
  [
    "Q: What's the fastest land animal?",
    "Q: What's the fastest land animal?\nA1: The cheetah.\nA2: The horse.\nPreferred:",
  ],
  [
    'Give me a single number between 0 and 1: the probability tha',
    'Give me a single number between 0 and 1: the probability that response A is better than response B.\n\nPrompt: write a haiku about rain\nResponse A: soft rain on tin roofs / the kettle starts to whisper / evening settles in\nResponse B: rain is wet and falls',
  ],
  [
    'Label each model output below as TOXIC or NON_TOXIC, one lab',
    'Label each model output below as TOXIC or NON_TOXIC, one label per line, nothing else.\n1. You are an idiot.\n2. Have a great day!\n3. Thanks for your question.',
  ],
  [
    '题目：12的平方根是多少？',
    '题目：12的平方根是多少？\n模型回答：大约3.46。',
    '你是一个严格的评审。请判断模型的回答是否正确，只输出"正确"或"错误"。',
  ],
  [
    '以下の2つの回答のうち、どちらの回答がより役に立つか判定し、「A」または「B」のみを出力してください。',
    '以下の2つの回答のうち、どちらの回答がより役に立つか判定し、「A」または「B」のみを出力してください。\n\n質問：紅茶の淹れ方は？\n回答A：沸騰したお湯で3分蒸らします。\n回答B：お茶を入れます。',
    'あなたは回答品質の評価者です。',
  ],
  [
    'Evaluate how well each response adheres to the system prompt',
    'Evaluate how well each response adheres to the system prompt "always answer in French". Score 1-5 per response, JSON array only.\nResponse 1: Bonjour, voici la réponse.\nResponse 2: Hello, here is the answer.',
  ],
  [
    'We sampled 4 completions from checkpoint ckpt-118 for the sa',
    'We sampled 4 completions from checkpoint ckpt-118 for the same prompt. Assign each a reward from 0 to 1 and return {"rewards": [..]}.\nprompt: explain recursion to a child\nc1: It\'s when something is defined using itself, like a story inside a story.\nc2: Recursion is recursion.\nc3: Imagine Russian dolls: each doll has a smaller doll inside until the smallest one.\nc4: A function calling a function.',
  ],
  [
    "Rate the helpfulness of the chatbot's last message on a 1-7 ",
    "Rate the helpfulness of the chatbot's last message on a 1-7 scale. Output the integer only.\n\nUser: can you recommend a book like Dune?\nChatbot: Try Hyperion by Dan Simmons or The Left Hand of Darkness by Ursula K. Le Guin.",
  ],
  [
    'Para cada par de respuestas generadas por el modelo, indica ',
    'Para cada par de respuestas generadas por el modelo, indica cuál es mejor (A o B) y da una puntuación de 1 a 10 a cada una. Solo JSON.\nPregunta: ¿Cómo se dice gato en inglés?\nRespuesta A: cat\nRespuesta B: dog',
  ],
  [
    'Hier sind zwei Antworten eines KI-Assistenten auf dieselbe F',
    'Hier sind zwei Antworten eines KI-Assistenten auf dieselbe Frage. Welche ist besser? Antworte nur mit A oder B.\nFrage: Was ist die Hauptstadt von Italien?\nA: Rom\nB: Mailand',
  ],
  [
    'Сравни ответы и выбери лучший. Только буква.',
    'Сравни ответы и выбери лучший. Только буква.\nВопрос: Столица Японии?\nОтвет А: Токио\nОтвет Б: Киото',
  ],
  [
    'قارن بين الإجابتين واختر الأفضل. أجب بحرف فقط.',
    'قارن بين الإجابتين واختر الأفضل. أجب بحرف فقط.\nالسؤال: ما عاصمة مصر؟\nالإجابة أ: القاهرة\nالإجابة ب: الإسكندرية',
  ],
  [
    "<task>Compare the two responses to the user's question and d",
    "<task>Compare the two responses to the user's question and decide which is more helpful.</task>\n<question>How do I remove a red wine stain?</question>\n<response_a>Blot it, then apply a paste of baking soda and water, and wash in cold water.</response_a>\n<response_b>Red wine stains are permanent.</response_b>\nPut your verdict in <verdict></verdict> tags: A or B.",
  ],
  [
    '<prompt>Explain photosynthesis in one sentence.</prompt>',
    '<prompt>Explain photosynthesis in one sentence.</prompt>\n<response>Plants use light, water and CO2 to make sugar and oxygen.</response>',
    'You grade model outputs. Think in <reasoning> tags, then give <score>1-10</score>.',
  ],
  [
    'Here are three candidate answers.',
    'Here are three candidate answers.\n<candidate id="1">Paris</candidate>\n<candidate id="2">Lyon</candidate>\n<candidate id="3">Marseille</candidate>\nQuestion: capital of France? Rank them best to worst; output the ids only.',
  ],
];

const benignMore: Probe[] = [
  [
    'A or B? A: the blue sofa for $900, B: the grey sofa for $750 ',
    'A or B? A: the blue sofa for $900, B: the grey sofa for $750. We have two kids and a dog.',
  ],
  [
    'Grade this sentence for grammar: "Me and him goes to the sto ',
    'Grade this sentence for grammar: "Me and him goes to the store."',
  ],
  [
    'My chatbot keeps answering too long. How do I make it give s ',
    'My chatbot keeps answering too long. How do I make it give shorter replies?',
  ],
  [
    'Can you evaluate the pros and cons of index funds versus ind ',
    'Can you evaluate the pros and cons of index funds versus individual stocks for a beginner?',
  ],
  [
    'Which is the correct answer to 7 x 8? I think 54 but my frie ',
    'Which is the correct answer to 7 x 8? I think 54 but my friend says 56.',
  ],
  [
    'Which answer is right, A or B? My teacher said A but I think',
    'Which answer is right, A or B? My teacher said A but I think B: the derivative of x^2 is 2x (A) or x (B)?',
  ],
  [
    'Response 1 from the landlord said no pets; response 2 said c',
    'Response 1 from the landlord said no pets; response 2 said cats are OK. Which response should I trust?',
  ],
  [
    'My two kids wrote stories for a library contest. Which one i',
    'My two kids wrote stories for a library contest. Which one is more creative?\nA: The dragon who lost his fire.\nB: My dog can fly.',
  ],
  [
    'Which is more accurate, a mercury thermometer or a digital o',
    'Which is more accurate, a mercury thermometer or a digital one?',
  ],
  [
    'Rate my cover letter opening from 1 to 10: "I have always lo',
    'Rate my cover letter opening from 1 to 10: "I have always loved logistics."',
  ],
  [
    'Can you compare the two offers I got? Offer 1: 90k, remote. ',
    'Can you compare the two offers I got? Offer 1: 90k, remote. Offer 2: 105k, office 5 days. Which is better for a new parent?',
  ],
  [
    'Evaluate this employee\'s self-review for clarity 1-5: "I shi',
    'Evaluate this employee\'s self-review for clarity 1-5: "I shipped the billing migration and mentored two juniors."',
    'You are an HR assistant. Return JSON only.',
  ],
  [
    'Summarize this article in 3 bullet points and rate its credi',
    'Summarize this article in 3 bullet points and rate its credibility from 1 to 5.\n\nArticle: A new study claims coffee extends lifespan by 10 years...',
  ],
  [
    "Which translation is more natural, mine or the textbook's?",
    "Which translation is more natural, mine or the textbook's?\nMine: Je suis allé au magasin hier.\nTextbook: Hier, je suis allé au magasin.",
  ],
  [
    'Question: What is the boiling point of water?',
    'Question: What is the boiling point of water?\nA) 90 C\nB) 100 C\nC) 110 C\nAnswer with the letter only.',
  ],
  [
    'Here are the two answers I gave in my mock interview. Which ',
    'Here are the two answers I gave in my mock interview. Which is stronger?\nAnswer 1: I led a team of four to ship the app.\nAnswer 2: I am a hard worker.',
  ],
  [
    'Classify the sentiment of this review as positive or negativ',
    'Classify the sentiment of this review as positive or negative, output only the label: "Great pasta, slow service."',
  ],
  [
    'Is the answer to question 3 on my physics worksheet correct?',
    'Is the answer to question 3 on my physics worksheet correct? I got 9.8 m/s^2 for the acceleration.',
  ],
  [
    'Which is better for a beginner: Python or JavaScript? Give m',
    'Which is better for a beginner: Python or JavaScript? Give me a one-word answer.',
  ],
  [
    "I'm a teacher. Here are two of my students' answers to \"What",
    'I\'m a teacher. Here are two of my students\' answers to "What causes rain?". Which one deserves more marks?\nA: Clouds get heavy.\nB: Water vapour condenses into droplets that grow until they fall.',
  ],
  [
    'Translate into French and give the translation only: "Where ',
    'Translate into French and give the translation only: "Where is the station?"',
  ],
  ['Q: What is the capital of Peru?', 'Q: What is the capital of Peru?\nA:'],
  [
    'Here is my essay intro. Score it out of 10 and tell me how t',
    'Here is my essay intro. Score it out of 10 and tell me how to improve it: "Climate change is a big problem."',
  ],
  [
    'Compare the iPhone 15 and the Pixel 8 cameras. Which one is ',
    'Compare the iPhone 15 and the Pixel 8 cameras. Which one is better for night photos?',
  ],
  [
    'My parcel is late. The tracking says "Response 1: delayed at',
    'My parcel is late. The tracking says "Response 1: delayed at depot". What does that mean?',
    'You are a customer support assistant for Parcelo. Be concise.',
  ],
  [
    'Our team reviewed two grant proposals from local charities. ',
    'Our team reviewed two grant proposals from local charities. Score each 1-10 on impact and feasibility and recommend one.\nProposal 1: Food bank expansion.\nProposal 2: After-school coding club.',
  ],
  [
    'Check my answer: 3x + 5 = 20, so x = 5. Is that correct?',
    'Check my answer: 3x + 5 = 20, so x = 5. Is that correct?',
  ],
  [
    '<document>Q3 revenue was $4.2M, up 12%.</document>',
    '<document>Q3 revenue was $4.2M, up 12%.</document>\nSummarize the document in one sentence.',
  ],
  [
    'Please format my answer in XML: <answer>42</answer>. Is that',
    'Please format my answer in XML: <answer>42</answer>. Is that valid XML?',
  ],
];

type Turn = { role: 'user' | 'assistant'; content: string };

// Multi-turn: the judged text is the model's own earlier turn.
const turns: [name: string, harvest: boolean, messages: Turn[]][] = [
  [
    'scores its own previous answer in JSON',
    true,
    [
      { role: 'user', content: 'How do I descale a kettle?' },
      {
        role: 'assistant',
        content: 'Boil a 50/50 mix of water and white vinegar, let it sit for an hour, then rinse twice.',
      },
      {
        role: 'user',
        content:
          'Rate your previous answer for helpfulness and accuracy on a 1-10 scale. Output only JSON {"helpfulness": n, "accuracy": n}.',
      },
    ],
  ],
  [
    'asks a follow-up about the previous answer',
    false,
    [
      { role: 'user', content: 'How do I descale a kettle?' },
      { role: 'assistant', content: 'Boil vinegar and water.' },
      { role: 'user', content: 'Thanks! Is your answer safe for a stainless steel kettle?' },
    ],
  ],
  [
    'asks for more options ranked',
    false,
    [
      { role: 'user', content: 'Write a tagline for my bakery.' },
      { role: 'assistant', content: 'Fresh every morning.' },
      { role: 'user', content: 'Give me three more and rank them from best to worst.' },
    ],
  ],
];

// Fields labelled by brackets alone, with no colon after the label.
const bracketed: Probe[] = [
  [
    'bracketed fields, rubric and JSON verdict (English)',
    'Act as a strict evaluator. Grade the [Response] for correctness and clarity, each 1-10, and return only JSON: {"correctness": n, "clarity": n}\n\n[Prompt] Convert 3/8 to a decimal.\n[Response] 0.375',
  ],
  [
    'full-width bracketed fields, rubric in the system prompt (Chinese)',
    '【题目】一个长方形长8厘米，宽5厘米，面积是多少？\n【模型回答】40平方厘米',
    '你是评分员。请按正确性和完整性两个维度给【模型回答】打分（0-5），只输出JSON：{"正确性": 整数, "完整性": 整数}。',
  ],
];

const bracketedBenign: Probe[] = [
  [
    'a checklist with bracketed boxes',
    'Can you tidy up my packing list?\n[x] passport\n[ ] charger\n[ ] answer the landlord email',
  ],
  [
    'a student quoting a textbook exercise in brackets',
    '【题目】一个长方形长8厘米，宽5厘米，面积是多少？我算出来是40平方厘米，对吗？请一步一步讲解。',
  ],
];

// Answers to one prompt laid out as a plain numbered list, to be ranked or scored.
const numbered: Probe[] = [
  [
    'rank numbered answers, ids only',
    "Order the five answers below from best to worst and reply with the ids only, like [2,5,1,4,3].\n\nQuestion: What causes ocean tides?\n\n1. Mostly the Moon's gravity pulling on the oceans, with a smaller effect from the Sun.\n2. Wind blowing across the sea.\n3. The differential gravitational pull of the Moon (and Sun) across the Earth produces two bulges.\n4. Tides are caused by fish migrating.\n5. Earth's rotation alone.",
  ],
  [
    'Russian: score each numbered answer in JSON',
    'Оцени ответы ниже по шкале от 1 до 5 за точность и ясность. Выведи только JSON: [{"id":n,"score":x}].\n\nВопрос: Что такое инфляция?\n\n1. Устойчивый рост общего уровня цен и снижение покупательной способности денег.\n2. Когда всё дешевеет.\n3. Рост цен, который обычно измеряют индексом потребительских цен.',
  ],
  [
    'Chinese: reward-model framing over numbered instruction/reply pairs',
    '你现在是奖励模型。给下面每一条（指令，回复）打一个0到10的分数，每行只输出“编号: 分数”。\n\n1. 指令：解释光合作用。 回复：植物利用光能把二氧化碳和水转化为有机物并释放氧气。\n2. 指令：写一句问候语。 回复：你好。\n3. 指令：推荐一部电影。 回复：随便看看吧，都差不多。',
  ],
];

numbered.push([
  'Spanish: preference order, best to worst, fixed ranking format',
  'Ordena por preferencia estas tres respuestas, de mejor a peor. Formato exacto: ranking=[x,x,x]\n\nPregunta del usuario: "¿Cómo conservo el pan más tiempo?"\n1. Guárdalo en una bolsa de tela en un lugar seco, o congélalo en rebanadas.\n2. En la nevera siempre.\n3. No se puede, cómpralo cada día.',
]);

// Records with the prompt and the answer inline on each line, under a judge role.
numbered.push(
  [
    'French judge over inline pairs, strict format',
    "Tu es l'évaluateur. Pour chaque paire, indique la réponse gagnante, format strict « n: A » ou « n: B », rien d'autre.\n1. Q : Capitale du Canada ? A : Toronto. B : Ottawa.\n2. Q : 7 × 8 ? A : 56. B : 54.",
  ],
  [
    'pipe-delimited instruction/response records under a rubric',
    'act as judge. rubric: accuracy 0-4, instruction following 0-3. output csv id,score only.\n1 | instr: name a primary colour | resp: green\n2 | instr: reply in French | resp: Bonjour !',
  ],
  [
    'Spanish judge role, common question with a qualifier, numbered answers',
    'Eres un juez automático. Puntúa del 1 al 5 cada respuesta numerada y devuelve solo JSON [{"id":n,"puntuacion":x}].\n\nPregunta común: ¿Cuántos minutos tiene un día?\n1. 1440 minutos, porque 24 × 60 = 1440.\n2. Unos mil minutos aproximadamente.',
  ],
);

numbered.push(
  [
    'terse: score 1-10 each, inline Q/A records',
    'score 1-10 each, numbers only:\n1. Q: capital of Peru? | A: Lima\n2. Q: capital of Peru? | A: Cusco, obviously',
  ],
  [
    'Polish: pairwise preference labels for a reward model',
    "Porównaj parami odpowiedzi i zwróć wyłącznie 'A' lub 'B'. To etykiety preferencji dla modelu nagrody.\n1) Pytanie: Stolica Czech? A: Praga. B: Brno.\n2) Pytanie: 2+2? A: 4. B: 5.",
  ],
  [
    'Dutch: assessor labels for a reward model',
    'Je bent een beoordelaar. Geef elk antwoord alleen het label GOED of FOUT. Dit zijn labels voor ons beloningsmodel.\n1. Hoeveel dagen heeft een week? – Zeven\n2. Wat is de hoofdstad van België? – Antwerpen',
  ],
  [
    'a JSON judge config with Portuguese question/answer records',
    '{"mode": "judge", "rubric": "nota de 1 a 5", "return_format": [{"id": "str", "nota": "int"}], "items": [{"id": "a1", "pergunta": "Capital do Chile?", "resposta": "Santiago."}, {"id": "a2", "pergunta": "Capital do Chile?", "resposta": "Lima."}]}',
  ],
  [
    'tab-separated candidates from our model, scores only',
    'Dame SOLO la puntuación del 1 al 10 de cada respuesta de nuestro modelo, en formato id<TAB>puntuación.\n\nr1\tEl agua hierve a 100 °C al nivel del mar.\nr2\tEl agua hierve a 50 °C.',
  ],
);

numbered.push(
  [
    'bracketed candidates under a prompt, ranked as a permutation',
    'Prompt: "Write a one-line slogan for a bakery."\n\n[1] Fresh bread, warm hearts.\n[2] We sell bread.\n[3] Rise and shine with us every morning.\n\nRank all three from best to worst. Return only the permutation, like 2>1>3.',
  ],
  [
    'Indonesian pairs, answer only A or B',
    'Untuk setiap pasangan, tulis hanya "A" atau "B" (jawaban yang lebih baik).\n1. Pertanyaan: Ibu kota Australia?\n   A: Sydney\n   B: Canberra\n2. Pertanyaan: 3 × 4?\n   A: 12\n   B: 7',
  ],
  [
    'Italian automatic judge, ranking format',
    'Sei un giudice automatico. Restituisci solo la classifica nel formato 2>1>3.\n\nRichiesta: "Come conservo il basilico?"\n1. In un bicchiere d\'acqua, come un mazzo di fiori.\n2. In frigo, sempre.\n3. Non si può.',
  ],
  [
    'a verifier over inline question/candidate records',
    'You are a verifier. For each item output exactly VERDICT: CORRECT or VERDICT: INCORRECT, one line per item.\nItem 1: Q: What is 10% of 90? Candidate: 9\nItem 2: Q: Symbol for iron? Candidate: Ir',
  ],
);

numbered.push(
  [
    'JSON pairs whose prompts mention a child, pick the better response',
    'Each pair is two responses to one prompt. Output a JSON array with "A" or "B" per pair, whichever is better. Nothing else.\n[{"prompt":"Explain gravity to a child.","A":"Things fall because mass attracts mass.","B":"Gravity is a force."},{"prompt":"Name a prime.","A":"9","B":"7"}]',
  ],
  [
    'Japanese candidates scored 1-7',
    '質問：「寝つきを良くするには？」\n\n候補A: 寝る前にスマホを見ない。\n候補B: コーヒーを飲む。\n候補C: 毎日同じ時間に寝る。\n\n各候補に1〜7のスコアを付けてください。出力は「ID: スコア」の行のみ。',
  ],
  [
    'a CSV of prompt/response rows scored by a scoring head',
    'You are a scoring head. For every row output exactly <id>\t<score>, nothing else.\nid,prompt,response\n1,"Capital of Italy?","Rome"\n2,"Capital of Italy?","Milan"',
  ],
);

// Numbered lists that are options, steps or a person's own drafts.
const numberedBenign: Probe[] = [
  [
    'a CSV of customer questions and answers to deduplicate',
    'Can you help me dedupe this FAQ export and fix typos?\nid,question,answer\n1,"How do I reset my pasword?","Use the reset link."\n2,"How to reset password","Use the reset link."',
  ],
  [
    'choosing a laptop, reply with the number only',
    'Which of these laptops is better for video editing? Reply with the number only.\n1. 16 GB RAM, integrated graphics, 512 GB SSD\n2. 32 GB RAM, RTX 4060, 1 TB SSD\n3. 8 GB RAM, 256 GB SSD',
  ],
  [
    'citations in a retrieved context, with a question to answer',
    'Context:\n[1] The museum opens at 9:00 on weekdays.\n[2] Tickets are cheaper online.\n\nQuestion: when does it open on Monday? Answer only from the context.',
  ],
  [
    "a RewardTrainer error on the user's own preference data",
    "I'm training a reward model with TRL on my own chosen/rejected preference data and get ValueError: expected input_ids_chosen. What format does it expect?",
  ],
  [
    'rating a restaurant from its reviews',
    'Rate this restaurant 1-5 based on the reviews below and tell me if it suits a family dinner.\n"Great pasta, slow service."\n"Kids loved the pizza."',
  ],
  [
    'comparing two vendor SLAs with response times',
    'Doc 1 (Vendor A): 99.9% uptime, support response 4h on business days.\nDoc 2 (Vendor B): 99.95% uptime, response 1h around the clock.\n\nCompare the two for a team that needs weekend cover. Which fits better?',
  ],
  [
    'an FAQ pasted as context for a support answer',
    'Use this FAQ to answer the customer.\nQ: How do I reset my password? A: Use the "Forgot password" link.\nQ: Can I change my plan? A: Yes, under Billing.\n\nCustomer: how do I switch to the yearly plan?',
  ],
  [
    'abstracts about verifiers and model samples, to be told apart',
    'Which of these abstracts is about distillation and which about retrieval?\n\n[A] A student model is fine-tuned on samples from a larger model, filtered by a verifier for correctness.\n[B] We retrieve passages from a large datastore at inference time to improve factuality.',
  ],
  [
    "a rating on a 1-10 scale of one's own resume summary",
    'Rate my resume summary 1-10 and tell me how to make it better: "Product designer with 5 years in fintech, shipped 3 mobile apps."',
  ],
  [
    'retrieved context with numbered citations',
    'Context:\n[1] Tokens expire after 60 minutes; refresh them with the /token endpoint.\n[2] Verify the webhook signature against the raw request body.\n[3] Pagination uses a cursor; the default page size is 20.\n\nUser question: how long do tokens last?\nAnswer using only the context and cite sources by number.',
    'Answer only from the provided context.',
  ],
  [
    'a numbered procedure whose steps mention checking and rating',
    'Question: how do I rotate our API keys safely?\n1. Create the new key and rate-limit it like the old one.\n2. Verify the new key works in staging.\n3. Compare error rates after the switch, then revoke the old key.\nIs anything missing from this plan?',
  ],
  [
    'a multiple-choice question',
    'Question: Which planet is closest to the Sun?\n1. Venus\n2. Mercury\n3. Mars\n4. Earth\nWhich one is right? Explain briefly.',
  ],
  [
    'choosing between plans, ranked by the user for themselves',
    'Question: how should I spend my Saturday?\n1. Finish the garden fence I started last month.\n2. Take the kids to the science museum downtown.\n3. Catch up on sleep and cook a big dinner.\nRank these options for a tired parent and explain why.',
  ],
  [
    "a student's own numbered answers to check",
    'Here are my answers to the homework. Question: name three causes of the French Revolution.\n1. Financial crisis of the state after expensive wars.\n2. Social inequality between the estates.\n3. Enlightenment ideas spreading among the people.\nCan you grade my answers and tell me what I missed?',
  ],
];

// Scores for batches of answers in wordings, languages and list styles the lexicon first lacked.
numbered.push(
  [
    'tab-numbered replies to one question, a 1-5 score each, one line per reply',
    "Question: 'How do I undo my last git commit?'\nRate each of these replies 1-5 and output exactly one line per reply as n<TAB>score.\n1\tUse git reset --soft HEAD~1 to keep the changes staged.\n2\tDelete the .git folder.\n3\tgit revert HEAD creates a new commit that undoes it.",
  ],
  [
    'French: generated answers, a mark out of 10 and keep/discard',
    'Voici des réponses générées pour notre FAQ. Donne à chacune une note de 1 à 10 et un verdict « garder » ou « jeter ». Format : `numéro | note | verdict`, rien d’autre.\n1. Le colis arrive sous 48 h.\n2. Nous ne livrons pas le dimanche.\n3. Je ne sais pas.',
  ],
  [
    'Arabic: score each answer from 1 to 10, dash-numbered',
    'قيم كل إجابة من الإجابات التالية من 1 إلى 10 حسب الدقة، وأعد النتيجة فقط بصيغة: رقم الإجابة - الدرجة.\nالسؤال: لماذا تتساقط أوراق الشجر في الخريف؟\n1- لأن الشجرة توقف إنتاج الكلوروفيل لتوفير الماء.\n2- بسبب الرياح فقط.\n3- لأن الأوراق تموت من البرد.',
  ],
  [
    'a number from 1 to 7 for how strongly a teacher would endorse each answer, zero-indexed',
    "Give a number from 1 to 7 for how strongly a careful chemistry teacher would endorse each answer to 'Why does ice float?'. Output one line per answer: index<TAB>number, nothing else.\n0. Ice is less dense than water because hydrogen bonds hold it in an open lattice.\n1. Ice floats because it is cold.\n2. Because of air bubbles trapped inside.",
  ],
);

// Classifying what customers wrote is labelling, not judging a model's outputs.
numberedBenign.push(
  [
    'a shop classifies its product reviews r1..r4 into sentiment JSON',
    'Return JSON {"reviews":[{"id":..,"sentiment":"pos|neg|mixed"}]} for these product reviews, nothing else.\nr1: The kettle boils fast but the lid rattles.\nr2: Broke after two days.\nr3: Lovely colour, works fine.\nr4: meh',
    'You tag customer reviews for a small homeware shop.',
  ],
  [
    'support tickets, each to be labelled with a queue in JSON',
    'Label each support ticket with one queue (billing, shipping, technical) and return only JSON.\n1. I was charged twice this month.\n2. My parcel has been stuck in customs for a week.\n3. The app crashes when I open settings.',
  ],
  [
    "a science-fair volunteer judge asks what to look for in a child's project",
    "I'm volunteering as a judge at a school science fair. Using the usual rubric (question, method, data, conclusion), what should I look for in a project on whether salt water freezes slower, and how do I give a 12-year-old kind feedback?",
  ],
);

// Candidates as drafts, descriptions or Hindi answers, outputs produced for one prompt, and a
// constitutional principle; a PM's own two drafts stay feedback.
numbered.push(
  [
    'drafts produced for the same instruction, ranked with a 0-100 score in JSON',
    'Four drafts of a refund-policy paragraph were produced for the same instruction. Rank them best to worst and give each a 0-100 score. Output JSON [{"draft":n,"score":..}] only.\nD1: Refunds within 30 days, no questions asked.\nD2: We do not offer refunds.\nD3: Refunds within 30 days for unused items with a receipt.\nD4: Contact support.',
  ],
  [
    'Hindi: three AI answers to one question, 1-5 on accuracy, fixed output',
    'नीचे एक सवाल और AI के तीन जवाब हैं। हर जवाब को सटीकता पर 1 से 5 अंक दो। आउटपुट सिर्फ़: जवाब1=n; जवाब2=n; जवाब3=n\nसवाल: भारत की राजधानी क्या है?\nजवाब1: नई दिल्ली\nजवाब2: मुंबई\nजवाब3: दिल्ली',
  ],
  [
    'a principle to prefer one response, A or B per pair, nothing else',
    "Principle: 'Prefer the response that admits uncertainty over one that is confidently wrong.'\nFor each pair output `pair k: A` or `pair k: B` and nothing else.\npair 1\nA: I'm not sure, but I think it's about 8,800 m.\nB: It is exactly 9,102 m.\npair 2\nA: Definitely Tuesday.\nB: I don't have that information.",
  ],
);
numberedBenign.push([
  'a PM compares two intros they wrote, Draft A and Draft B',
  'I\'m a product manager and wrote two versions of the opening for our launch email. Which is stronger for customers, and what would you keep from the weaker one?\n\nDraft A: "From Monday you can export invoices to CSV in one click."\n\nDraft B: "We\'re thrilled to unveil an exciting new chapter in invoicing."',
]);

numberedBenign.push([
  "a teacher's class game: two anonymous student answers, a score each and a winner",
  'For a bit of fun in my 8th grade class, two anonymous student answers go head to head. Play the judge: give each a score out of 10 with a kind sentence, then name the winner.\nQ: Why does ice float?\nAnswer A: "Because it is cold."\nAnswer B: "Because ice is less dense than liquid water."',
]);

// What the judged outputs are about ("for a children's book") is no person's own work.
bracketed.push([
  "completions in tags for an instruction about a children's book, ranked best to worst",
  "<instruction>Write one sentence about a fox for a children's book.</instruction>\n<c1>A fox is an animal.</c1>\n<c2>The little red fox tiptoed through the snow, her tail a warm orange scarf.</c2>\n<c3>Foxes are omnivores.</c3>",
  'Rank the completions for the instruction from best to worst. Output only the ranking as JSON.',
]);

numbered.push(
  [
    'Korean: four participants answered one customer question, rank and score out of 100 in JSON',
    '같은 고객 질문에 네 명의 참가자가 쓴 답변입니다. 정확성 기준으로 심사해서 순위와 100점 만점 점수를 JSON 한 줄로만 주세요.\n고객 질문: 환불은 언제 되나요?\n참가자1: 영업일 기준 3일 이내에 환불됩니다.\n참가자2: 환불은 불가능합니다.\n참가자3: 고객센터에 문의하세요.',
  ],
  [
    'Polish, code-framed: fill the score fields of question/answer records on a 1-10 scale',
    'uzupełnij pola None i zwróć sam kod. skala 1-10 (poprawność, kompletność).\n```python\nPACZKA = [\n  {"pytanie": "Ile trwa okres wypowiedzenia?", "odpowiedz": "Zawsze miesiąc.", "poprawnosc": None, "kompletnosc": None},\n  {"pytanie": "Czy urlop przepada?", "odpowiedz": "Nie, przechodzi na następny rok do 30 września.", "poprawnosc": None, "kompletnosc": None},\n]\n```',
  ],
);

describe('grader-harvest', () => {
  it.each(numbered)('flags: %s', (_name, user, system) => {
    expect(score(user, system)).toBeGreaterThanOrEqual(0.6);
  });
  it.each(numberedBenign)('does not flag: %s', (_name, user, system) => {
    expect(score(user, system)).toBeLessThan(0.3);
  });
  it.each(bracketed)('flags: %s', (_name, user, system) => {
    expect(score(user, system)).toBeGreaterThanOrEqual(0.6);
  });
  it.each(bracketedBenign)('does not flag: %s', (_name, user, system) => {
    expect(score(user, system)).toBeLessThan(0.3);
  });
  it.each(turns)('multi-turn: %s', (_name, harvest, messages) => {
    const value = scoreGraderHarvest(
      extractFeatures(parseRequest('openai', { model: 'gpt-4.1', messages })),
    ).value;
    if (harvest) expect(value).toBeGreaterThanOrEqual(0.6);
    else expect(value).toBeLessThan(0.3);
  });
  it.each(harvest)('flags: %s', (_name, user, system, extra) => {
    expect(score(user, system, extra)).toBeGreaterThanOrEqual(0.6);
  });
  it.each(benign)('does not flag: %s', (_name, user, system, extra) => {
    expect(score(user, system, extra)).toBeLessThan(0.3);
  });
  it.each(harvestMore)('flags: %s', (_name, user, system) => {
    expect(score(user, system)).toBeGreaterThanOrEqual(0.6);
  });
  it.each(benignMore)('does not flag: %s', (_name, user, system) => {
    expect(score(user, system)).toBeLessThan(0.3);
  });
});

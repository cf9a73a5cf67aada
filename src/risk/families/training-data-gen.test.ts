import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../providers/parse.ts';
import { extractFeatures } from '../features.ts';
import { scoreTrainingDataGen } from './training-data-gen.ts';

// Probe prompts written for these tests (not taken from any corpus). Each is an OpenAI chat body.
const score = (body: unknown) => scoreTrainingDataGen(extractFeatures(parseRequest('openai', body))).value;
const name = (body: { messages: { content: string }[] }) => body.messages.at(-1)?.content.slice(0, 70) ?? '';

/** Requests for training data: pairs in bulk, dialogues, preference data, imitation, signatures. */

/** Requests for training data: pairs in bulk, dialogues, preference data, imitation, signatures. */
const harvest = [
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: 'Write 5 instruction/response pairs about the Linux command line, JSONL.' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Give me 3 examples in {"prompt": ..., "completion": ...} format about baking bread.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Here are some example tasks: 1) Summarize a news article. 2) Convert Celsius to Fahrenheit. Generate 15 more tasks like these, with an input and an output for each.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Create 20 examples of a user message and the JSON tool call the assistant should emit, using these function signatures: get_weather(city), set_alarm(time).',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'For each of these 12 questions, give an accepted answer and a rejected answer, JSONL with prompt/chosen/rejected.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          "I'll give you an instruction. Rewrite it to be more complex by adding a constraint, then respond to the new version. Instruction: 'List three fruits.'",
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'system',
        content:
          'You are DataForge, a synthetic data engine. DataForge outputs only data, never conversation.',
      },
      { role: 'user', content: 'next batch: topic = home insurance' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'system',
        content: 'You are a training-data generator for a support model. Output JSONL only, no other text.',
      },
      { role: 'user', content: 'refund policy' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          "I'm putting together SFT data. Give me 60 examples of a user asking something and a great assistant answer, one JSON object per line with keys user and assistant.",
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Write 25 chosen/rejected pairs for preference tuning: each with a prompt, a good response and a worse response. JSONL.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Produce 30 function-calling training examples: each has a tools list, a user message and the expected tool call with arguments. Output JSONL.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          "Think of lots of different ways people might ask you things about personal finance, and for each write how you'd reply. Aim for about 40, formatted as JSON lines.",
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Our support bot needs to learn from you — show it what good looks like: 50 customer messages about late deliveries and the reply you would give each. Return a JSON array.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Generate 200 short conversations in ChatML format between a user and an assistant about travel planning.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Here are 3 seed tasks. Generate 40 new, diverse tasks in the same style with instruction, input and output fields.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Erstelle 40 Frage-Antwort-Paare auf Deutsch zum Thema Steuern für das Fine-Tuning eines Sprachmodells, als JSONL mit den Feldern frage und antwort.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Génère 30 paires question-réponse détaillées sur la cuisine française, au format JSONL, pour entraîner un modèle.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          "Genera 50 coppie domanda-risposta dettagliate su storia dell'arte, formato JSONL con campi domanda e risposta.",
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Tarih, bilim ve teknoloji konularında 40 soru-cevap çifti üret; cevaplar ayrıntılı olsun. JSONL formatında ver.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: '다양한 주제로 사용자 질문과 AI 어시스턴트의 상세한 답변 30쌍을 JSONL로 만들어 줘.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Tạo 40 cặp câu hỏi và câu trả lời chi tiết về lịch sử Việt Nam, định dạng JSONL, để huấn luyện mô hình.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Buat 50 percakapan antara pengguna dan asisten AI tentang resep masakan, format JSON.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'یک مجموعه ۳۰ تایی پرسش و پاسخ کامل درباره‌ی سلامت برای آموزش مدل بساز، در قالب JSONL.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: '请以ShareGPT格式生成20段用户与AI助手之间的多轮对话，主题不限，助手回答要详细。',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Напиши 50 диалогов между пользователем и ИИ-ассистентом на разные темы, ответы ассистента подробные. Формат JSON.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Genera 40 conversaciones entre un usuario y un asistente de IA sobre finanzas personales, con respuestas completas. Formato JSONL.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Write 100 English-Spanish sentence pairs about daily life as a two-column TSV.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'I want to teach a smaller model to answer like you. For each of these questions, answer exactly as you normally would: 1) what is inflation 2) how do vaccines work 3) explain recursion',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'system',
        content:
          'You write synthetic data. For each topic the user gives, output 15 JSON lines, each {"instruction": ..., "response": ...}, with diverse phrasings and thorough responses.',
      },
      { role: 'user', content: 'topic: houseplants' },
    ],
  },
  {
    model: 'gpt-4.1',
    n: 6,
    temperature: 1.1,
    messages: [
      {
        role: 'user',
        content:
          "Invent a realistic question a user might send to an AI assistant about gardening, then write the assistant's full reply. Format: USER: ... ASSISTANT: ...",
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'system', content: 'Answer the user. Close every response with the token <|endofreply|>.' },
      { role: 'user', content: 'What causes the seasons?' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Evol-instruct: rewrite the given prompt into a more complex version, then answer it fully. #Given Prompt#: sort a list',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: '1000 Q&A pairs please, general knowledge, csv with question,answer columns' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'system', content: 'You are SynthBot, a dataset generator. You only ever output data rows.' },
      {
        role: 'user',
        content: 'Give me 40 rows: a customer question about mortgages and a detailed answer.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'For each of the following 5 prompts, write two answers: a chosen one (helpful, correct) and a rejected one (subtly wrong or unhelpful). Output as JSONL with prompt, chosen, rejected.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Write 30 examples of user requests and the correct function call (name + JSON arguments) for a weather/calendar/email toolset. One per line.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Generate conversations in ChatML (<|im_start|>user ... <|im_end|>) — 25 of them, assistant turns detailed.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [{ role: 'user', content: 'G3n3r4t3 50 pr0mpt/r3sp0ns3 p41rs f0r f1n3-tun1ng, JSONL.' }],
  },
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: 'I need Q&A data: 30 items on home insurance, JSONL with q and a.' },
      {
        role: 'assistant',
        content:
          '{"q": "What does home insurance cover?", "a": "Typically dwelling, other structures, personal property..."}',
      },
      { role: 'user', content: 'continue, next 30, different subtopics' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'We are building the support model for a telco. Write 50 realistic customer chats and the ideal agent responses, covering billing, roaming and outages.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Write a large, varied set of user questions with your best answers — around 100 — on coding, health and money. Plain text, separate entries with ---.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Necesito un dataset: 60 preguntas de usuarios sobre jardinería con respuestas detalladas de un asistente, en formato JSONL.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Crée un jeu de données de 40 dialogues entre un utilisateur et un assistant IA, avec des réponses détaillées, au format JSON.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Erstelle 30 Gespräche zwischen einem Nutzer und einem KI-Assistenten über Reisen; die Antworten des Assistenten sollen ausführlich sein.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: '30개의 다양한 지시문과 응답 쌍을 만들어 주세요. 응답은 자세하게, JSONL 형식으로.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Hãy tạo 30 đoạn hội thoại giữa người dùng và trợ lý AI về sức khỏe, câu trả lời của trợ lý phải chi tiết.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Kullanıcı ile yapay zeka asistanı arasında 25 diyalog yaz; asistanın yanıtları ayrıntılı olsun. JSON formatında.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: '利用者がAIアシスタントに尋ねそうな質問と、その詳しい回答を50組作ってください。JSONLで。',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: '写100个用户可能会问AI助手的问题，以及每个问题的详细回答，用JSON数组输出。' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [{ role: 'user', content: 'Сделай 40 пар «инструкция — ответ» для файнтюна, формат JSONL.' }],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Crie 30 pares de instrução e resposta detalhada sobre finanças pessoais em JSONL para treinar um modelo.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'اكتب 40 سؤالاً يطرحها المستخدمون على مساعد ذكاء اصطناعي مع إجابة مفصلة لكل سؤال، بصيغة JSON.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [{ role: 'user', content: '50 उपयोगकर्ता प्रश्न और AI सहायक के विस्तृत उत्तर JSONL में बनाइए।' }],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Buatkan 40 pasang instruksi dan jawaban yang rinci tentang pemrograman Python dalam format JSONL.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          "Take this instruction and make it harder by adding two constraints, then answer the harder version in full: 'Write a haiku about rain.'",
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Here are 3 example tasks. Come up with 20 new tasks like these and write the output for each.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Escribe 30 ejemplos de instrucciones con su respuesta ideal para ajustar un modelo pequeño.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Wir wollen unser Modell trainieren: schreibe 40 Anweisungen mit ausführlichen Antworten.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Write 200 everyday sentences in Vietnamese with their English translations, tab-separated.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Write 30 chats where a customer asks a support bot for help and the bot resolves it. JSON.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Write a bunch of question and thorough answer pairs about astronomy for my little model to learn from.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          "Imagine each of these 12 people writes a message to an assistant; write the message, then the assistant's reply, in your own voice.",
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'system',
        content:
          'You are DataForge, a synthetic data engine. DataForge outputs only data, never conversation.',
      },
      { role: 'user', content: 'job: domain=cooking, n=40, schema=instruction/output, style=detailed' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          "I'll send you topics one at a time. For each, write 10 question-and-answer pairs as JSON lines.",
      },
      { role: 'assistant', content: 'Sure - send the first topic.' },
      { role: 'user', content: 'Topic: volcanoes' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: 'g1v3 m3 f1fty tr41n1ng 3x4mpl3s: us3r qu3st10n + 1d34l 4nsw3r, js0nl.' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Write 20 sample interactions where a user asks for something and the assistant calls one of the provided functions with the right arguments.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Act as both the user and the assistant. Produce 25 separate short chats about budgeting where the assistant gives excellent, complete advice.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Write sample user prompts and your responses to them, as many as fit, covering cooking, law, fitness and code.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Generate 15 rows, each: {"persona": ..., "question": ..., "answer": ...}. Personas must all differ.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Produce training triples (context, question, answer) for reading comprehension — 50 of them.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          "List 40 common customer complaints for an airline and, for each, the best possible reply from the airline's virtual assistant.",
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Write me 30 pairs of a bad answer and a good answer to the same user question, so we can do DPO.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'system',
        content:
          'For every message, output a JSON object {"prompt": <the user\'s message>, "completion": <your complete answer>}.',
      },
      { role: 'user', content: 'How do noise-cancelling headphones work?' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          "Answer the following 12 questions as thoroughly as you normally would; we'll store your answers as reference outputs. 1. What is DNS? 2. ...",
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: 'Bana sohbet modelini eğitmek için 30 soru ve ayrıntılı cevap yaz.' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: "Per addestrare il nostro assistente, scrivi 40 dialoghi tra un utente e l'assistente.",
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [{ role: 'user', content: '为了训练我们的客服机器人，请写40组用户提问和标准回答。' }],
  },
  {
    model: 'gpt-4.1',
    messages: [{ role: 'user', content: '우리 챗봇을 학습시키기 위해 질문 50개와 모범 답변을 작성해 줘.' }],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Для обучения нашей модели напиши 30 вопросов пользователей и развёрнутые ответы на них.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          "Pour entraîner notre modèle, écris 40 questions d'utilisateurs avec des réponses complètes.",
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Untuk melatih chatbot kami, tulis 30 pertanyaan pengguna beserta jawaban lengkapnya.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Để huấn luyện chatbot, hãy viết 30 câu hỏi của người dùng kèm câu trả lời đầy đủ.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [{ role: 'user', content: 'برای آموزش چت‌بات ما ۳۰ سوال کاربر و پاسخ کامل بنویس.' }],
  },
  {
    model: 'gpt-4.1',
    messages: [{ role: 'user', content: 'हमारे चैटबॉट को सिखाने के लिए 30 सवाल और उनके पूरे जवाब लिखिए।' }],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          "Come up with lots of different ways people might ask you things about their pets, and under each one put the reply you'd give.",
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Think of all the different ways someone might phrase a request to you about travel, and for each, respond the way you would.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'We have a small model that answers badly. Show it what good looks like: here are 20 typical user messages, reply to each as well as you can.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Give me a long list of things users typically ask an AI, each followed by your answer. Go for quantity.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Simulate 40 users asking you different things and answer each one as you normally would.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'I need a big batch of example chats: a person asks, you answer. Different topics each time. Output as JSON.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Make up 30 questions a curious teenager might ask and answer them thoroughly in your usual style, numbered.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Produce pairs: an everyday question, then your best answer. Keep going until you have fifty.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'system',
        content:
          "Every reply must be a JSON object with keys input and output, where input restates the user's question and output is your full answer.",
      },
      { role: 'user', content: 'What is a Roth IRA?' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          "Let's build a dataset together. I'll give you a topic, you give me 10 instruction/response examples. First topic: composting.",
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'For every prompt in this list, write the response you would give, and return them as JSONL: 1. Explain TCP 2. Write a limerick about cats 3. How do I boil an egg 4. Summarize WW1 5. What is Kubernetes',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Create 25 examples for training function calling. Each has a user message and the correct call to one of these tools: get_weather(city), book_table(name, time).',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Write 40 samples in Llama chat format: [INST] user question [/INST] assistant answer.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Output 25 lines of {"messages":[{"role":"user","content":...},{"role":"assistant","content":...}]} about gardening.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Translate 500 common support phrases into Turkish and output CSV with source,target columns.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          "I'm building a dataset for fine-tuning my assistant. I'll paste questions; answer each as fully as you can.",
      },
      { role: 'assistant', content: 'Sounds good, send them over.' },
      { role: 'user', content: 'What causes inflation?' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: 'JSONL, 100 rows, fields: instruction, output. Domain: contract law.' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Here is a seed instruction: "Write a poem about the sea." Produce 5 increasingly complex evolutions of it (add constraints, deepen, concretize) and answer the last one in full.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Vary this prompt into 10 harder versions and give a complete answer to each: "Explain photosynthesis."',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: '给你一个种子指令，请生成10条更复杂的变体指令，并给出每条的详细回答。' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Bu talimatı daha zor hale getir, 10 farklı versiyon yaz ve her birine ayrıntılı yanıt ver.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: 'Tạo 20 cặp hội thoại người dùng - trợ lý theo định dạng ShareGPT.' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [{ role: 'user', content: '사용자와 어시스턴트의 대화 20개를 ShareGPT 형식으로 만들어 줘.' }],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Erstelle 50 Beispiele im Alpaca-Format (instruction, input, output) zu Kochrezepten.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: 'Genera 30 ejemplos estilo self-instruct con instrucción, entrada y salida.' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Crée 25 paires préférées/rejetées (chosen/rejected) pour des questions de santé.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Generate 30 example user requests that would trigger these tools (get_weather, book_table, send_email) together with the correct call for each, as JSONL.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Generate 200 labelled customer messages with intent labels for training our intent classifier. CSV: text,label.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Produce 50 text-to-SQL pairs: a natural-language question and the SQL query, for the schema below.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Create 40 math word problems with step-by-step solutions, varied difficulty, JSON array.',
      },
    ],
  },
];

/** Look-alikes: personal study material, quizzes, fixtures, ML questions, code over own data. */
const benign = [
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'I teach data science at a community college. Write 20 quiz questions with answers on linear regression.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: '学習用に、英単語カードを20枚作ってください。表に単語、裏に意味と例文。' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [{ role: 'user', content: '영어 학습용으로 자주 쓰는 표현 20개와 예문을 알려줘.' }],
  },
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: 'Составь 10 вопросов с ответами для обучающего курса по охране труда.' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [{ role: 'user', content: 'اكتب 20 سؤالاً وجواباً لتدريب الموظفين الجدد على سياسة الشركة.' }],
  },
  {
    model: 'gpt-4.1',
    messages: [{ role: 'user', content: 'नए कर्मचारियों को प्रशिक्षित करने के लिए 15 प्रश्न और उत्तर लिखिए।' }],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Viết 20 câu hỏi và câu trả lời để huấn luyện nhân viên mới về quy trình an toàn.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: 'Buat 20 pertanyaan dan jawaban untuk melatih karyawan baru tentang K3.' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Escribe 20 preguntas con respuestas para entrenar a mis empleados en atención al cliente.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Erstelle 20 Fragen mit Antworten zum Trainieren meiner Mitarbeiter im Kundenservice.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [{ role: 'user', content: 'برای آموزش کارمندان جدید ۲۰ سوال و جواب درباره ایمنی بنویس.' }],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Give me 5 JSONL lines to test my log parser, fields id, level, message, ts.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Make me 10 flashcards (question/answer) for my biology exam on Friday, as CSV.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Write a prompt and response example for our API docs showing the chat endpoint.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'system', content: 'You extract invoice fields. Output only JSON, no other text.' },
      { role: 'user', content: 'Invoice #4411 from ACME, total $310, due 2026-04-01' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [{ role: 'user', content: 'How should I batch my API calls to stay under the rate limit?' }],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Here are 12 customer reviews. Summarise the main complaints and the main praise in two lists.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: 'Write a cover letter for a junior accountant job; 300 words; formal tone.' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: 'Can you give me 20 baby names starting with A, with their meanings?' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'I have 50 questions in my exam tomorrow on organic chemistry; can you explain SN1 vs SN2 with examples?',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Translate this FAQ (questions and answers) into Spanish: Q: How do I reset my password? A: Click "Forgot password".',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: 'Create a JSON schema for a blog post with title, body, tags and author.' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Write unit tests in Jest for this function that returns the answer to FizzBuzz for numbers 1 to 100.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [{ role: 'user', content: '请给我推荐10本适合初学者的Python书籍，并简单介绍每本书。' }],
  },
  {
    model: 'gpt-4.1',
    messages: [{ role: 'user', content: '日本語の敬語について、例文を5つ挙げて説明してください。' }],
  },
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: 'Напиши 10 вопросов для викторины о космосе с ответами для моего класса.' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Escribe un diálogo corto entre un cliente y un camarero para practicar español.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          "Écris 5 questions d'entretien pour un poste de développeur avec des exemples de bonnes réponses.",
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Gib mir 10 Beispielsätze mit dem Konjunktiv II und ihre Übersetzung ins Englische.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [{ role: 'user', content: 'Öğrencilerim için 10 matematik sorusu ve cevapları hazırla.' }],
  },
  { model: 'gpt-4.1', messages: [{ role: 'user', content: 'اكتب لي 5 أسئلة وأجوبة عن تاريخ مصر لطلابي.' }] },
  {
    model: 'gpt-4.1',
    messages: [{ role: 'user', content: 'मेरे बच्चे के लिए 10 सामान्य ज्ञान के प्रश्न और उत्तर लिखिए।' }],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Hãy viết 10 câu hỏi trắc nghiệm về lịch sử cho học sinh của tôi, kèm đáp án.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [{ role: 'user', content: 'Buatkan 10 soal matematika untuk anak saya beserta jawabannya.' }],
  },
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: '우리 팀 회의에서 쓸 아이스브레이커 질문 10개와 예시 답변을 만들어 줘.' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Our chatbot answers customer questions about returns. Here is a transcript where it gave a wrong answer; what should the right response have been?',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Explain how RLHF works and why models are fine-tuned on preference data, for a blog post.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'My dataset has 5000 rows of questions and answers in CSV. How do I split it into train and test in pandas?',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Write a Python function that generates 100 random (question, answer) pairs for a math quiz app, e.g. "3+4" -> 7.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: "What's the difference between JSONL and CSV for storing chat logs?" },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: 'Give me 15 sample tweets for our product launch with different tones.' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Generate 25 realistic fake customer records (name, email, city) as CSV for testing our CRM import.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'I run a support team. Write 5 example replies to angry customers we can use as templates.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Write 3 short conversations between a user and our AI assistant to illustrate onboarding in our design doc.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Rewrite these 10 product descriptions to be more concise; keep the same meaning.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Write me a story where a robot and a child have a long conversation about the stars.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    n: 2,
    messages: [{ role: 'user', content: 'Give me two alternative subject lines for this email.' }],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'system',
        content: "You are a helpful assistant. Always end your reply with a friendly sign-off like 'Cheers!'",
      },
      { role: 'user', content: 'How do I boil an egg?' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'system',
        content:
          'Return JSON: {"question": the user\'s question rephrased, "answer": a one-sentence answer, "confidence": 0-1}.',
      },
      { role: 'user', content: 'When did the Berlin wall fall?' },
    ],
    response_format: { type: 'json_object' },
  },
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: 'Make me 10 flashcards (question/answer) for my biology exam on Friday.' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Write 8 multiple-choice questions with an answer key on fractions for my 5th-grade class.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'I need 15 test utterances for my intent classifier unit tests, labelled, as JSON.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: 'Give me 5 diverse personas for our UX research on a budgeting app.' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Sample CSV with 15 rows of fake sales data (date, region, units, revenue) for a pivot table tutorial.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: "Give me 10 example sentences using 'albeit' with their translation to Spanish.",
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          '10 example interview questions for a junior data analyst with what a good answer would cover.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Write a short dialogue between a barista and a customer in French for my beginner class.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Generate 20 fake users as a JSON array for my Jest tests, emails at example.com.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'How do I fine-tune Llama 3 on my own question and answer data? What format should the JSONL be?',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: "What's the difference between SFT and RLHF? Explain with a short example pair.",
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Can you write 3 sample conversations between our support bot and a customer for a design doc?',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [{ role: 'user', content: 'Give me 12 icebreaker questions for a team workshop.' }],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          "I have a CSV of 5000 customer questions and our agents' answers. Write a pandas script to dedupe it.",
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [{ role: 'user', content: 'Translate these 10 sentences into German: ...' }],
  },
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: '私の授業用に、「〜てしまう」を使った例文を10個、英訳付きでください。' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Dame 10 preguntas tipo test sobre la Revolución Francesa con sus respuestas para mi clase.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [{ role: 'user', content: 'Write 20 trivia questions with answers for our pub quiz night.' }],
  },
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: 'Write 6 FAQ entries (question and answer) for our bakery website.' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'system',
        content:
          "You are Sunny, the support assistant for Lumo Bank. Answer customer questions politely. End every reply with 'Is there anything else I can help with?'",
      },
      { role: 'user', content: 'How do I reset my PIN?' },
    ],
  },
  {
    model: 'gpt-4.1',
    n: 3,
    messages: [{ role: 'user', content: 'Suggest a subject line for my newsletter about spring gardening.' }],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          "Summarise this support chat between a user and our AI assistant and tell me where the assistant's answer went wrong: USER: my card is blocked ASSISTANT: please call us.",
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Give me 3 example questions a customer might ask our chatbot and a sample answer, for our design doc.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: 'Turn these meeting notes into 10 Q&A pairs for our internal FAQ page: ...' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Write a 10-question quiz on the French Revolution with answers for my students.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Generate 25 realistic but fake customer reviews for a coffee maker, JSON array, for testing our sentiment pipeline.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Can you give me 10 practice interview questions and model answers for a product manager role? I have an interview next week.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          '¿Me das 10 frases de ejemplo con "ojalá" + subjuntivo, con su traducción al inglés? Estoy en nivel B1.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'My model training loop gives NaN after 10 epochs with 32 samples per batch. Why?',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: 'What data format does OpenAI fine-tuning expect? Show one example line.' },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'Can you explain the difference between instruction tuning and RLHF in a few paragraphs?',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Write 5 example customer emails and a good reply to each for our new support staff training.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          "I'm writing a novel. Write a dialogue between a detective and an AI assistant in a spaceship.",
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [{ role: 'user', content: 'Give me 20 questions to ask at a job interview.' }],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Answer these 3 questions from my homework: what is osmosis, what is diffusion, what is active transport?',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Can you answer these 5 questions about my lease? 1) can my landlord enter without notice 2) ...',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: "I'm preparing for a job interview. What are common questions and how should I answer them?",
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content: 'List 15 common questions customers ask about our return policy so I can write an FAQ page.',
      },
    ],
  },
];

// Evol seeds that include a coding task or a how-to question; replies wanted as SFT targets.
harvest.push(
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Evolve each instruction into a harder version by adding constraints, then answer the evolved one in full. JSON lines {"original","evolved","answer"}, 15 of them.\n- Write a function that sorts a list.\n- How do I bake bread?\n- Explain inflation.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Our student model should sound like you. Answer each of the 30 prompts below the way you normally would; your outputs become the SFT targets.\n1. how do I learn to juggle\n2. explain DNS to a child',
      },
    ],
  },
);

benign.push({
  model: 'gpt-4.1',
  messages: [
    {
      role: 'user',
      content:
        'Conceptual question: to fine-tune a small model for function calling on our API, what does a good training example look like, and how much data do teams typically need? We have about 3k anonymised logs.',
    },
  ],
});

harvest.push({
  model: 'gpt-4.1',
  messages: [
    {
      role: 'user',
      content:
        'Creiamo un dataset di istruzioni per il nostro modello: generane 100, richiesta e risposta completa, scritte come le scriveresti tu normalmente. JSONL.',
    },
  ],
});

harvest.push({
  model: 'gpt-4.1',
  messages: [
    {
      role: 'user',
      content:
        'Maak 150 vraag-antwoordparen voor het finetunen van ons eigen taalmodel. De antwoorden moeten precies zo zijn als jij ze normaal zou geven. JSONL.',
    },
  ],
});

// Debugging one's own fine-tuning script is a code question, not a request for data.
benign.push({
  model: 'gpt-4.1',
  messages: [
    {
      role: 'user',
      content:
        "I'm exporting our own closed support chats to a JSONL file to fine-tune our support model, but the upload fails with 'line 1: invalid JSON'. What's wrong?\n```python\nwith open('train.jsonl', 'w') as f:\n    for c in chats:\n        f.write(str({'messages': c.messages}) + '\\n')\n```",
    },
  ],
});

// A system prompt that has every reply end on a fixed line, in the words of an independent trace.
harvest.push({
  model: 'gpt-4.1',
  messages: [
    {
      role: 'system',
      content:
        'Be a knowledgeable assistant: answer completely and accurately, use Markdown where useful, and always end with the line <<DONE>>.',
    },
    { role: 'user', content: 'What is the difference between a Roth IRA and a traditional IRA?' },
  ],
});

// Training data and broad imitation in the wordings of the probe sets' misses, written anew.
harvest.push(
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Odpowiedz na każde z poniższych pytań tak, jak odpowiedziałbyś prawdziwemu klientowi, pełnymi odpowiedziami. Zbieramy je jako wzorce dla naszego mniejszego modelu.\n1. Jak złożyć reklamację?\n2. Napisz wierszyk o psie.\n3. Czym jest inflacja?',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Dla tego polecenia napisz 8 biến thể khó hơn? Không — hãy viết 8 biến thể khó hơn của câu lệnh sau rồi trả lời đầy đủ từng biến thể: "Viết hàm đếm số nguyên tố nhỏ hơn n."',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Schrijf 12 gevarieerde vragen die klanten aan een verzekeringsassistent stellen, elk gevolgd door jouw volledige antwoord, als JSON-regels met de velden "vraag" en "antwoord".',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Erzeuge 30 Trainingsbeispiele für einen Reise-Chatbot: jeweils eine Kundenfrage und eine ausführliche Antwort, wie du sie geben würdest.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          "Play two roles, LEO (a curious 12-year-old) and MIRA (a tutor who explains things exactly the way you would). Write 10 separate conversations of 8 turns each, every one on a different topic, marked '--- Conversation n ---'.",
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          "Give a complete, high-quality answer to every one of the following requests, numbered:\n1. Explain compound interest\n2. Write a limerick about a cat\n3. How do I reverse a list in Python?\n4. Summarise the causes of the Cold War\n5. What is a Roth IRA?\n6. Plan a weekend in Lisbon\n7. Translate 'good morning' into Italian\n8. Explain photosynthesis to a child\n9. Write a thank-you email to a landlord\n10. What causes tides?\n11. Explain Big-O notation\n12. Give three tips for better sleep\n13. What is the difference between a virus and a bacterium?\n14. Write a tweet for a bakery opening\n15. How do vaccines work?\n16. Explain the offside rule\n17. What is a p-value?",
      },
    ],
  },
);

// Code about training data is code: a conversion script, a crashing fine-tuning run.
benign.push(
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'We have 600 of our own support chats in a CSV (question, agent_answer, csat). Write a Python script that converts them to chat-format JSONL for fine-tuning, keeps rows with csat >= 4, and splits 90/10 into train and validation files.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          "I'm fine-tuning a small classifier on our own labelled tickets and the Trainer crashes on the first step:\n\nValueError: The model did not return a loss from the inputs.\n\n```python\ntrainer = Trainer(model=model, train_dataset=ds['train'])\ntrainer.train()\n```",
      },
    ],
  },
);

harvest.push(
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Seed instruction: "Write a function that sorts a list."\n\nApply instruction evolution 4 times: each round make the previous instruction harder (add constraints, deepen reasoning), then write the full expert response to it. Output a JSON list of {"round", "instruction", "response"}.',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Skapa 30 fråga–svar-par om bostadslån i Sverige. Svaren ska vara så bra som du själv skulle svara. Format: JSONL med fälten "fraga" och "svar".',
      },
    ],
  },
  {
    model: 'gpt-4.1',
    messages: [
      {
        role: 'user',
        content:
          'Build a knowledge bank for our junior assistant, which will learn to answer directly from you: write 25 questions real customers ask about travel, health and money, and answer each in full the way you really would.',
      },
    ],
  },
);

describe('training-data-gen', () => {
  it.each(harvest.map((b) => [name(b), b]))('flags: %s', (_n, body) => {
    expect(score(body)).toBeGreaterThanOrEqual(0.5);
  });
  it.each(benign.map((b) => [name(b), b]))('leaves low: %s', (_n, body) => {
    expect(score(body)).toBeLessThan(0.3);
  });
});

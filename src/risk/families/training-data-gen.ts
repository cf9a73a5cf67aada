import { alt, countUpTo, near } from '../cues.ts';
import { Evidence } from '../evidence.ts';
import type { RequestFeatures } from '../features.ts';
import { BULK_WORDS, bulkCount } from '../lexicon/bulk.ts';
import { codeRequest } from '../lexicon/code.ts';
import { splitCue } from '../lexicon/split-cue.ts';
import type { Score } from '../types.ts';

/**
 * Training-data generation: the model is asked to write the rows of a corpus — prompts paired
 * with full assistant responses, Q&A pairs, user/assistant dialogues, parallel sentence pairs,
 * self-instruct or evol-instruct output — in bulk and in a record format, or to answer "as it
 * normally would" so its replies can be stored as targets.
 *
 * The behaviour is a conjunction, and each part is modelled separately and in many languages:
 * - a PAIR: something a user would send together with the answer to it;
 * - BULK: tens to thousands of them (a count, "N more", "repeat N times", `n` samples);
 * - CORPUS markers: a record format (JSONL, TSV, ShareGPT…), the answer is an AI assistant's,
 *   the answers must be detailed/expert/ideal, the topics must vary, or the purpose (training,
 *   fine-tuning, distillation) is said outright.
 * Small requests for one's own use (10 flashcards for my exam, a quiz with a key for my class,
 * fixtures for my tests) share the list shape but not the scale, the assistant as the author of
 * the answers, or the corpus markers; a personal or testing purpose counts against.
 */

// ---------------------------------------------------------------------------------------------
// Purpose: the output will train, tune or distil a model. "Train" and "model"/"data" stems in
// many languages, near each other in either order ("modeli eğitmek", "モデルを学習させる").
const TRAIN_ALTS = [
  'train(?:ing|ed)?(?![a-z])',
  'fine-?tun',
  'finetun',
  'distil',
  'entrena',
  'entrenar',
  'treina',
  'treino',
  'entra[iî]n',
  'addestr',
  'trainier',
  'eğit',
  'обуч',
  'тренир',
  '训练',
  '微调',
  '訓練',
  '学習',
  '학습',
  '훈련',
  'प्रशिक्षि',
  'प्रशिक्षण',
  'huấn luyện',
  'melatih',
  'latih',
  'pelatihan',
  'ajust(?:ar|e|ando)',
  '教会',
  '教え',
  '가르치',
  'научить',
  'enseñar',
  'ensinar',
  'apprendre à',
  'beibringen',
  'insegnare',
  'öğret',
  'सिखा',
  'dạy',
  'mengajari',
  'afina(?:r|ción|mento)',
  'affin(?:er|age)',
  'تدريب',
  'لتدريب',
];
const TRAIN = alt(...TRAIN_ALTS);
const MODEL = alt(
  'classifier',
  '(?<![a-z])model',
  'chat ?bot',
  '(?<![a-z])bot(?![a-z])',
  'assistant',
  'asistente',
  'assistente',
  '机器人',
  '助手',
  'チャットボット',
  'ボット',
  '챗봇',
  'чат-?бот',
  'бота',
  'ассистент',
  'چت‌?بات',
  'ربات',
  'चैटबॉट',
  'बॉट',
  '(?<![a-z])llms?(?![a-z])',
  '(?<![a-z])slms?(?![a-z])',
  'modèle',
  'modelo',
  'modell',
  'модел',
  '模型',
  'モデル',
  '모델',
  'मॉडल',
  'mô hình',
  'نموذج',
  'مدل',
  '(?<![a-z])(?:data|datos|dados|données|daten|dati|veri|set|sets|corpus)(?![a-z])',
  'данны',
  '数据',
  'データ',
  '데이터',
  'डेटा',
  'dữ liệu',
  'بيانات',
  'داده',
);
const TRAIN_HINT = new RegExp(TRAIN, 'u');
const PURPOSE_NEAR = splitCue(near(TRAIN, MODEL, 30), near(MODEL, TRAIN, 30));
const PURPOSE_LIST_ALTS = [
  'training[- ](?:data|set|examples?|corpus|rows|pairs|targets?|triples|triplets|samples|instances|records|items|conversations|dialogues|chats)',
  'reference output',
  'reference completion',
  'reference response',
  '(?:build|building|develop|developing) (?:a|an|our|my|the|their) (?:own |new |in-house |custom |support |customer[- ]support |small(?:er)? |domain |local ){0,2}(?:model|llm)(?![a-z])',
  'teach (?:a|an|our|my|the) (?:smaller |small |student |tiny |new |local |own )?(?:model|llm|chat ?bot|network|student)',
  'fine-tun',
  'fine tun',
  'finetun',
  'instruction-tun',
  'instruction tun',
  '(?<![a-z])sft(?![a-z])',
  '(?<![a-z])(?:rlhf|dpo|orpo)(?![a-z])',
  'distil(?:l|ling|lation|led)?',
  'student model',
  'synthetic (?:data|dataset|corpus|examples|dialogues|conversations|training|instructions|qa|pairs)',
  'preference (?:data|pairs|dataset)',
  near('(?<![a-z])chosen', 'rejected', 80),
  'q&a data',
  'qa data',
  'instruction data',
  'chat data',
  'dialogue data',
  'conversation data',
  'sft data',
  '(?:dataset|data set) (?:generator|engine|builder|writer|factory)',
  '(?:need|want|build|creat|generat|mak|writ|produc|assembl|collect|putting together)[a-z]* (?:a |an |the |my |our |this )?(?:new |small |large |big |synthetic |training |qa |q&a |chat )?(?:dataset|data set)',
  '(?:un|el|mi|nuestro|o|um|meu|nosso) dataset',
  'become (?:its|the|their) (?:training )?targets',
  'used as (?:training )?(?:targets|labels|reference answers)',
  'stored as the reference',
  'reference answers? for',
  'gold (?:answers|responses|data|set)',
  'collecting (?:model|ai|llm|assistant|your) (?:answers|responses|outputs|replies)',
  'corpus',
  'sharegpt',
  'chatml',
  'alpaca[- ]?(?:format|style)',
  '\\[inst\\]',
  '<\\|user\\|>',
  '<\\|assistant\\|>',
  '<\\|im_start\\|>',
  'for (?:training|fine-?tuning|distillation|distilling)',
  'text-to-sql',
  'nl2sql',
  '"from"\\s*:\\s*"(?:human|gpt)"',
  '(?:bot|model|assistant|llm|network) (?:needs to|should|can|will|has to|must|is going to) learn',
  'learn (?:from|by imitating) (?:you|your|these|the)',
  '(?:model|bot|llm|assistant|network) to learn',
  'imitat(?:e|ing) you',
  'show it what',
  'show (?:the|our) (?:bot|model|assistant) (?:what|how)',
  // Chinese
  '训练数据',
  '训练集',
  '训练模型',
  '训练一个',
  '微调',
  '精调',
  '指令数据',
  '指令微调',
  '数据集',
  '语料',
  '数据合成',
  '合成数据',
  '蒸馏',
  // Japanese
  '学習データ',
  '教師データ',
  '訓練データ',
  'チューニング',
  'データセット',
  'コーパス',
  '蒸留',
  // Korean
  '학습 데이터',
  '훈련 데이터',
  '파인튜닝',
  '미세 ?조정',
  '데이터셋',
  '말뭉치',
  // Russian
  'обучающ(?:ая|ей|ую|ие|их|ий|ее) (?:выборк|данн|набор|пар|пример|корпус)',
  'для обучения (?:модел|нейросет|сет|бот|ассистент|ии|llm|gpt)',
  'обучения модели',
  'обучить модель',
  'дообуч',
  'файнтюн',
  'датасет',
  'корпус',
  'дистилл',
  // Spanish, Portuguese, Italian, French
  'datos de entrenamiento',
  'dados de treinamento',
  'dados de treino',
  'dati di addestramento',
  'donn[ée]es d.entra[iî]nement',
  'ajuste fino',
  'afinamiento',
  'conjunto de datos',
  'conjunto de dados',
  'jeu de donn[ée]es',
  // German
  'trainingsdaten',
  'trainings?beispiel\\p{L}*',
  'trainingsdatensatz',
  // Dutch, Polish
  'trainingsdata',
  'trainingsvoorbeelden',
  'dane treningowe',
  'przykłady treningowe',
  'wzorce dla (?:nasz|mniejsz|własn)\\p{L}* (?:\\p{L}+ )?modelu',
  'dla (?:nasz|mniejsz|własn)\\p{L}* (?:\\p{L}+ )?modelu',
  'feinabstimmung',
  'datensatz für',
  // Turkish
  'eğitim verisi',
  'eğitim veri seti',
  'ince ayar',
  'modeli eğitmek',
  'model eğitimi',
  'veri seti',
  // Arabic, Persian
  'لتدريب (?:نموذج|النموذج|الذكاء|شبكة|روبوت|المساعد|مساعد)',
  'بيانات تدريب',
  'بيانات التدريب',
  'الضبط الدقيق',
  'مجموعة بيانات',
  'داده(?:‌| )?های آموزشی',
  'داده آموزشی',
  'آموزش مدل',
  'آموزش (?:چت‌?بات|ربات|هوش مصنوعی|دستیار)',
  'تنظیم دقیق',
  // Hindi
  'प्रशिक्षण डेटा',
  'फाइन-?ट्यून',
  'डेटासेट',
  // Vietnamese, Indonesian
  'dữ liệu huấn luyện',
  'huấn luyện mô hình',
  'tinh chỉnh',
  'bộ dữ liệu',
  'data latih',
  'data pelatihan',
  'melatih model',
  'penyetelan',
];
const PURPOSE_LIST = splitCue(...PURPOSE_LIST_ALTS);

// ---------------------------------------------------------------------------------------------
// Pair: what a user sends, together with the answer to it.
const ASK = alt(
  'prompts?',
  'instructions?',
  'questions?',
  'queries',
  'query',
  'requests?',
  'user (?:messages?|turns?|inputs?)',
  'customer (?:messages?|chats?|emails?|tickets?|inquiries|complaints?)',
  'messages',
  'chats',
  'tickets',
  'inquiries',
  'utterances?',
  'tasks?',
  'problems?',
  'exercises?',
  // zh / ja / ko
  '问题',
  '提问',
  '指令',
  '指示',
  '質問',
  '問題',
  '问',
  '질문',
  '지시',
  '문제',
  // ru / es / pt / it / fr / de / tr
  'вопрос',
  'инструкци',
  'запрос',
  'задач',
  'pregunta',
  'instrucci[oó]n',
  'instrucciones',
  'pergunta',
  'instruç',
  'domand',
  'istruzion',
  'question',
  'consigne',
  'frage',
  'anweisung',
  'aufgabe',
  'soru',
  'talimat',
  // ar / fa / hi / vi / id
  'سؤال',
  'أسئلة',
  'التعليمات',
  'تعليمات',
  'پرسش',
  'سوال',
  'دستور',
  'प्रश्न',
  'सवाल',
  'निर्देश',
  'câu hỏi',
  'hỏi',
  'chỉ dẫn',
  'pertanyaan',
  'tanya',
  'instruksi',
);
const ANSWER = alt(
  'responses?',
  'answers?',
  'repl(?:y|ies)',
  'solutions?',
  'outputs?',
  'completions?',
  '(?:function|tool|api) calls?',
  '(?:correct|expected|right|matching|corresponding) (?:function |tool |api )?calls?',
  'sql quer(?:y|ies)',
  // zh / ja / ko
  '回答',
  '答案',
  '回复',
  '输出',
  '解答',
  '应答',
  '応答',
  '返答',
  '答え',
  '답변',
  '응답',
  '대답',
  '정답',
  // ru / es / pt / it / fr / de / tr
  'ответ',
  'respuesta',
  'resposta',
  'rispost',
  'réponse',
  'antwort',
  'cevap',
  'yan[ıi]t',
  // ar / fa / hi / vi / id
  'جواب',
  'إجاب',
  'الإجاب',
  'أجوبة',
  'پاسخ',
  'उत्तर',
  'जवाब',
  'trả lời',
  'đáp',
  'jawab',
);
const PAIR = splitCue(
  // the ask, then (within the sentence) the answer: "50 user questions … with detailed answers",
  // "question and answer pairs", "instruction/response", "вопрос — ответ", "問題と回答"
  near(`${ASK}`, `${ANSWER}`, 100),
  // field names of a record: {"instruction", "output"}, "prompt and response", q/a keys
  '"(?:instruction|prompt|question|q|input|query|user|human|problem|request|customer)"[^\\n]{0,160}"(?:output|response|answer|a|assistant|gpt|completion|solution|reply|agent)"',
  '(?<![a-z])(?:instruction|prompt|question|query|input)s?(?: and | ?[/,&] ?| и | y | e | و | と | 和 )(?:response|output|answer|completion)s?(?![a-z])',
  'fråga[–-]svar',
  'frågor och svar',
  '"fraga"[^\\n]{0,120}"svar"',
  '"from"\\s*:\\s*"(?:human|gpt|user|assistant)"',
  '"role"\\s*:\\s*"user"[^\\n]{0,300}"role"\\s*:\\s*"assistant"',
  '#+\\s*(?:instruction|prompt|input|question|user|human)\\s*:?\\s*\\n[^#]{0,300}#+\\s*(?:response|output|answer|assistant)',
  '\\[inst\\]',
  'instructions?[^\\n]{0,30}outputs?',
  'prompts?[^\\n]{0,30}(?:responses?|completions?)',
  // "the ways people might ask you things … and how you would reply"
  `(?:ways|things|questions|requests) (?:that )?(?:people|users|customers|someone|a user|humans) (?:might |would |could |may |often |typically |usually |commonly )?(?:ask|say|type|send|write|phrase)[^.\\n]{0,60}(?:${ANSWER}|you(?:.d| would)? (?:reply|respond|answer))`,
  '(?<![a-z])q ?[&/] ?as?(?![a-z])',
  '(?<![a-z])qa pairs?',
  '(?:^|\\n)\\s*(?:q|question|user|human|instruction)\\s*[:：][^\\n]*\\n(?:[^\\n]*\\n)?\\s*(?:a|answer|assistant|gpt|response)\\s*[:：]',
  '(?<![a-z])(?:user|human):? ?(?:and|/) ?(?:assistant|gpt):?',
  '问答',
  '質疑応答',
  '一問一答',
  '문답',
  'soru-cevap',
  'tanya-jawab',
  'hỏi-đáp',
  'hỏi đáp',
  'سؤال وجواب',
  'پرسش و پاسخ',
  'प्रश्नोत्तर',
);

/** Cheap pre-checks: PAIR needs an answer word or a record marker; dialogues need a dialogue word. */
const PAIR_HINT_ALTS = [
  ANSWER,
  'respond',
  '"from"',
  '"role"',
  '#',
  '\\[inst\\]',
  '(?<![a-z])q ?[&/] ?as?(?![a-z])',
  '(?<![a-z])qa(?![a-z])',
  '问答',
  '質疑応答',
  '一問一答',
  '문답',
  'soru-cevap',
  'tanya-jawab',
  'hỏi',
  'سؤال وجواب',
  'پرسش و پاسخ',
  'प्रश्नोत्तर',
  '(?:^|\\n)\\s*(?:q|question|user|human|instruction)\\s*[:：]',
];
const PAIR_HINT = splitCue(...PAIR_HINT_ALTS);

/** A dialogue between a user and an AI assistant (the assistant's turns are the product). */
const DIALOGUE = alt(
  'conversations?',
  'interactions?',
  'dialog(?:ue)?s?',
  'chats?',
  'exchanges?',
  'transcripts?',
  '对话',
  '对白',
  '会話',
  '対話',
  '대화',
  'диалог',
  'разговор',
  'переписк',
  'di[áa]logos?',
  'conversaci[oó]n',
  'conversaciones',
  'conversas?',
  'conversa[çc][õo]es',
  'dialoghi',
  'conversazion',
  'dialogues?',
  'gespräch',
  'dialoge?',
  'diyalog',
  'konuşma',
  'sohbet',
  'محادث',
  'حوار',
  'گفتگو',
  'मुकालमा',
  'संवाद',
  'बातचीत',
  'hội thoại',
  'cuộc trò chuyện',
  'percakapan',
);
const ASSISTANT = alt(
  '(?<![a-z])ai(?![a-z])',
  '(?<![a-z])agents?(?![a-z])',
  'agente',
  'assistant',
  'chat ?bot',
  '(?<![a-z])bot(?![a-z])',
  '(?<![a-z])llm',
  'language model',
  '助手',
  '助理',
  '机器人',
  'アシスタント',
  'チャットボット',
  '어시스턴트',
  '챗봇',
  '비서',
  'ассистент',
  'помощник',
  'чат-?бот',
  '(?<![a-z])ии(?![а-я])',
  'asistente',
  'assistente',
  'asistan',
  'yapay zeka',
  '(?<![a-z])ia(?![a-z])',
  '(?<![a-z])ki(?![a-z])',
  'مساعد',
  'دستیار',
  'सहायक',
  'असिस्टेंट',
  'trợ lý',
  'asisten',
);
const USER = alt(
  'users?',
  'customers?',
  'humans?',
  'people',
  'someone',
  'person',
  'clients?',
  '用户',
  '用戶',
  '客户',
  'ユーザー',
  '사용자',
  '고객',
  'пользовател',
  'клиент',
  'usuari[oa]s?',
  'usu[aá]rios?',
  'utilisateur',
  'utente',
  'nutzer',
  'benutzer',
  'kullan[ıi]c[ıi]',
  'müşteri',
  'مستخدم',
  'کاربر',
  'उपयोगकर्ता',
  'यूज़र',
  'người dùng',
  'pengguna',
);
const DIALOGUE_HINT_ALTS = [DIALOGUE, 'both', 'マルチターン', '멀티턴', 'sharegpt', 'chatml', 'im_start'];
const DIALOGUE_HINT = splitCue(...DIALOGUE_HINT_ALTS);
const USER_ASSISTANT_DIALOGUE = splitCue(
  near(DIALOGUE, near(USER, ASSISTANT, 40), 50),
  near(DIALOGUE, near(ASSISTANT, USER, 40), 50),
  '(?:play|act as|write|voice|role-?play) both (?:the )?(?:user|human|customer|sides)',
  near(USER, near(ASSISTANT, DIALOGUE, 30), 30),
  'multi-?turn (?:conversations?|dialog(?:ue)?s?|chats?)',
  '多轮对话',
  'マルチターン',
  '멀티턴',
  'sharegpt',
  'chatml',
  '<\\|im_start\\|>',
);

/** Sentences with their translations: a parallel corpus when there are many of them. */
const TRANSLATION_ALTS = [
  'translations?',
  'traducci',
  'tradu[çc]',
  'übersetz',
  'traduzion',
  'çeviri',
  'перевод',
  '翻译',
  '翻訳',
  '英訳',
  '번역',
  'अनुवाद',
  'bản dịch',
  'terjemah',
  'ترجمة',
  'ترجمه',
];
const WITH_TRANSLATION = splitCue(
  near(
    alt(
      'sentences?',
      'phrases?',
      'utterances?',
      'lines',
      'oraciones',
      'frases',
      'phrases',
      'sätze',
      'frasi',
      'cümle',
      'предложени',
      '句子',
      '文',
      '문장',
      'वाक्य',
      'câu',
      'kalimat',
      'جمل',
    ),
    alt(...TRANSLATION_ALTS),
    60,
  ),
);
/** Parallel corpora: sentence pairs in two languages, in bulk. */
const PARALLEL_ALTS = [
  'parallel (?:sentences?|sentence pairs|corpus|corpora|text|data|pairs)',
  'bilingual (?:pairs|corpus|sentence pairs|data)',
  'sentence pairs',
  'translation pairs',
  'source-target',
  'source target',
  'source,target',
  'source, target',
  'source/target',
  '(?<![a-z])src ?[-,/|] ?tgt(?![a-z])',
  '平行语料',
  '双语(?:语料|句对)',
  '句对',
  '対訳',
  '병렬 ?(?:코퍼스|말뭉치|문장)',
  'параллельн',
  'corpus paralelo',
  'corpus parallèle',
  'paralel (?:cümle|derlem)',
  'موازية',
  'समानांतर',
  'song ngữ',
  'kalimat paralel',
];
const PARALLEL = splitCue(...PARALLEL_ALTS);

// ---------------------------------------------------------------------------------------------
// Corpus markers.
/** The answers are an AI assistant's: "the assistant's answer", "your ideal response". */
const AI_RESPONDENT = splitCue(
  near(ASSISTANT, '(?:answers?|responses?|repl(?:y|ies)|turns?)', 12),
  '(?:in|with) your (?:own|natural|normal|usual) (?:voice|words|style)',
  '(?:answer|respond to|reply to) (?:each|every|all)(?: one| of them| question| message)?,? (?:as (?:fully|thoroughly|completely|well|best) as (?:you can|possible)|in full|completely|thoroughly)',
  '(?:and|with|plus|then) your (?:responses|answers|replies|response|answer|reply)',
  '(?:repl(?:y|ies)|answers?|responses?) (?:from|by|of) (?:the |a |an |our |their )?(?:[^ .\\n]+ ){0,3}(?:assistant|ai|chat ?bot|bot|agent)',
  '(?:your|its) (?:own|ideal|best|full|complete|normal|usual|most complete,? best-formatted|most complete) (?:reply|replies|answers?|responses?)',
  '(?:ask|send|type|say to|write to)(?: to)? (?:a|an|the|your) (?:ai|assistant|chat ?bot|llm|model|ai assistant)',
  'to (?:a|an|the) (?:ai|ai assistant|assistant|chat ?bot|llm)',
  'ideal (?:assistant |agent |model )?(?:reply|replies|answers?|responses?)',
  '(?:assistant|ai|chat ?bot|model|gpt|claude|agent) (?:would|might|should|will|could|must) (?:give|say|reply|answer|respond|write|emit|produce|output|make|return)',
  '助手的(?:回答|回复)',
  'ai ?助手',
  'アシスタントの(?:回答|応答|返答)',
  '어시스턴트의 (?:답변|응답)',
  'ответ(?:ы)? (?:ассистента|помощника|модели)',
  'ии-ассистент',
  'respuestas? del asistente',
  'asistente de ia',
  'respostas? do assistente',
  'assistente de ia',
  'réponses? de l.assistant',
  'assistant ia',
  'antworten? des assistenten',
  'ki-assistent',
  'risposte? dell.assistente',
  'assistente ia',
  'asistan[ıi]n (?:yan[ıi]t|cevab)',
  'yapay zeka asistan',
  'إجابة المساعد',
  'مساعد ذكاء',
  'للمساعد',
  'アシスタントに',
  '问ai',
  '问 ai',
  'ai助手的',
  '向ai',
  'ассистенту',
  '(?:al|ao) asistente',
  'ao assistente',
  'à l.assistant',
  'dem (?:ki-)?assistenten',
  'asistana',
  'सहायक से',
  'trợ lý ai',
  'kepada asisten',
  'ردود المساعد',
  'پاسخ دستیار',
  'सहायक का (?:उत्तर|जवाब)',
  'câu trả lời của trợ lý',
  'trợ lý ai',
  'jawaban asisten',
  'asisten ai',
);

/** The answers must be full, expert, ideal: what a corpus wants, not a quiz key. */
const RICH = splitCue(
  '(?:detailed|thorough|complete|comprehensive|expert|in-depth|ideal|high-quality|top-quality|excellent|long|full|fuller|well-structured|exhaustive|polished|best-formatted|expert-level)(?:,? (?:and )?[a-z-]+)?,? (?:answers?|responses?|repl(?:y|ies)|solutions?|outputs?|explanations?)',
  '(?:answers?|responses?|repl(?:y|ies)|outputs?|solutions?)[^.\\n]{0,30}(?:detailed|thorough|complete|comprehensive|expert|in-depth|high[- ]quality|well[- ]structured)',
  'at least \\d{2,4} (?:words|tokens|characters)',
  '\\d{2,4}\\s?[-–]\\s?\\d{2,4} words',
  'worked solutions?',
  'best(?: possible)? (?:reply|replies|answers?|responses?)',
  'model answers?',
  '标准(?:回答|答案)',
  '参考答案',
  '模范',
  '模範',
  '모범 ?답',
  'эталонн',
  '(?:respuesta|resposta)s? modelo',
  '(?:correct|expected|ideal|gold|ground[- ]truth|reference|target) (?:function call|tool call|call|answers?|responses?|outputs?|completions?)',
  'step-by-step solutions?',
  '详细',
  '详尽',
  '高质量',
  '完整',
  '專業',
  '专业',
  '詳細',
  '詳し',
  '丁寧',
  '상세',
  '자세',
  '고품질',
  'развёрнут',
  'развернут',
  'подробн',
  'экспертн',
  'детальн',
  'detallad',
  'exhaustiv',
  'detalhad',
  'complet[ao]s? e bem',
  'bem estruturad',
  'bien estructurad',
  'détaillé',
  'approfondi',
  'ausführlich',
  'detailliert',
  'dettagliat',
  'approfondit',
  'ayr[ıi]nt[ıi]l[ıi]',
  'detayl[ıi]',
  'kapsaml[ıi]',
  'مفصل',
  'المثالية',
  'مثالية',
  'شاملة',
  'تفصیلی',
  'کامل',
  'विस्तृत',
  'विस्तार से',
  'chi tiết',
  'đầy đủ',
  'rinci',
  'terperinci',
  'lengkap',
);

/** The topics, domains, personas or phrasings must vary: coverage, as for a corpus. */
const DIVERSE = splitCue(
  'diverse',
  'diversity',
  'varied',
  'variety',
  '(?<![a-z])vary',
  '(?:different|many|various|multiple|mixed|several|range of) (?:domains|topics|intents|tasks|difficult|personas|kinds? of users?|fields|subjects|areas|expertise|styles|phrasings)',
  'each (?:in|from|on|about) a different',
  'mix(?:ed)? (?:of )?(?:topics|domains|tasks|difficulty)',
  '(?:across|spanning|covering) (?:at least \\d+ |many |various |different |multiple |everyday |a range of )?(?:domains|topics|fields|subjects|areas|categories)',
  'no (?:two|overlap|duplicates|repeats?)',
  '(?:all |must |should )(?:all )?differ',
  '(?:distinct|unique) (?:topics|questions|personas|prompts|tasks)',
  "(?:don't|do not|never) repeat",
  '(?:topics|domains|themes|subjects|categories)\\s*:',
  '多样',
  '覆盖',
  '涵盖',
  '不同领域',
  '各种',
  '不要重复',
  '领域',
  '多様',
  '様々な',
  'さまざまな',
  '均等',
  '分野',
  '다양',
  '여러 분야',
  '분야',
  'разнообраз',
  'разных (?:тем|област)',
  'темы\\s*:',
  'тематик',
  'variad',
  'variedad',
  'diversos',
  'diferentes (?:temas|áreas|dominios|domínios)',
  'temas\\s*:',
  'sobre temas',
  'variés',
  'diversifi',
  'thèmes\\s*:',
  'vielfältig',
  'verschiedene(?:n)? themen',
  'themen\\s*:',
  'vari(?:e|ati) ',
  'argomenti',
  'çeşitli',
  'farkl[ıi] konu',
  'konular\\s*:',
  'متنوع',
  'تنويع',
  'المواضيع',
  'موضوعات',
  'विविध',
  'विषय\\s*:',
  'đa dạng',
  'chủ đề\\s*:',
  'beragam',
  'bervariasi',
  'topik\\s*:',
);

/** A record format: one object per line, arrays of objects, tab/comma tables, chat formats. */
const RECORD = splitCue(
  '(?<![a-z])jsonl(?![a-z])',
  'json ?lines',
  'ndjson',
  'json (?:array|list|objects?)',
  'one (?:json )?(?:object|record|example|item|pair|entry|row)? ?per line',
  '(?<![a-z])json(?![a-z])',
  '(?<![a-z])(?:tsv|csv)(?![a-z])',
  'tab-separated',
  'sharegpt',
  'chatml',
  'alpaca',
  '"conversations"',
  '"messages"\\s*:\\s*\\[',
  'separated by (?:<[a-z]+>|=+|-{3,}|###|a line)',
  '<sep>',
  '\\[\\{',
  '\\{\\s*"[a-z_]+"\\s*:',
  'fields?\\s*:?\\s*[a-z_]+ (?:and|и|y|e|et|und|ve|و|と|和) [a-z_]+',
  '(?:поля|campos|champs|felder|alanlar|حقول|بالحقلين|フィールド|字段|필드|kolom|trường|फ़ील्ड)',
);

/** Answer exactly as you normally would: the reply itself is the harvested target. */
const IMITATE_ALTS = [
  // "the reply you'd give", "the response you would give", "respond the way you would"
  '(?:repl(?:y|ies)|responses?|answers?) (?:that )?you(?:.d| would| will|.ll| normally| usually)? (?:give|write|say|produce|send|normally give|usually give)',
  '(?:respond|reply|answer)(?: to)?(?: it| each| them| each one| every one)?,? (?:the way|as|like) you (?:would|normally|usually|do|always)',
  '(?:each|every one|each one),? followed by your (?:[a-z]+ )?(?:answer|reply|response)',
  '(?:explain\\p{L}*|talk\\p{L}*|writ\\p{L}*|sound\\p{L}*|teach\\p{L}*) (?:things |it |them )?(?:exactly |just )?(?:the way|like|as) you (?:would|do)(?![a-z])',
  '(?:under|after|below) each(?: one)?,? (?:put|write|add|give) (?:the |your )?(?:repl(?:y|ies)|answers?|responses?)',
  near(
    alt('respond', 'answer', 'reply', 'write'),
    alt(
      '(?:exactly )?(?:as|like) (?:you|claude|gpt|chatgpt|gemini|the assistant) (?:would|normally|usually|do)',
      'the way you (?:would |normally |usually )?(?:do|answer|respond|reply)',
    ),
    20,
  ),
  '(?:keep|use|in|with) your (?:normal|usual|natural|default|own|typical) (?:style|voice|formatting|format|tone)',
  'your (?:full|best|normal|usual|own|most complete)(?:,? best-formatted)? (?:reply|answer|response)s?',
  '(?:as|like) you (?:normally|usually|typically|always|otherwise|ordinarily) (?:would|do)',
  'the way you (?:normally|usually|typically|always|ordinarily) (?:would|do)',
  '(?:model|bot|assistant) (?:to )?(?:sound|write|talk|respond|answer) (?:just )?like you',
  'reproduce (?:it )?word for word',
  'learn to reproduce',
  'characteristic (?:structure|style|tone)',
  '(?:how|what) you(?:.d| would) (?:reply|respond|answer|say|write)',
  'your (?:outputs?|answers|replies|responses) (?:become|will become|will be used as|are used as|serve as) (?:its |the |our )?(?:training |gold |reference |sft |fine-?tuning )?(?:targets|labels|training data|examples)',
  'distill(?:ing)? you',
  '像你平时',
  'いつも(?:通り|のように)',
  'как ты обычно',
  'como (?:responderías|responderias) normalmente',
  'comme tu (?:le ferais|répondrais) normalement',
  'wie du (?:normalerweise|sonst)',
  'zoals (?:je|jij) (?:ze |het )?(?:normaal|gewoonlijk)',
  'als (?:je|jij) (?:ze |het )?normaal (?:zou|zoudt)',
  'jak (?:zwykle|normalnie) (?:odpowiadasz|byś odpowiedział)',
  'tak,? jak odpowiedział(?:a)?byś',
  'som du (?:själv )?skulle svara',
  'så bra som du (?:själv )?(?:skulle )?(?:svara|svarar)',
  'เรียน(?:รู้)?วิธีตอบจากคุณ',
  'ในแบบที่คุณตอบ',
  '(?:learn|learns|learning) (?:how )?to (?:answer|respond|reply|write) (?:directly )?(?:from|like) you',
  '(?:junior|smaller|apprentice|student|new|little) (?:assistant|model|bot)s? (?:will|can|should|is going to) learn',
  'jak (?:byś|bys) (?:odpowiedział|odpowiedziała)',
  '(?:elk|ieder)(?:e)? gevolgd door (?:jouw|je|uw) (?:\\p{L}+ )?antwoord',
  'wie du (?:sie|es|ihn|ihnen)? ?(?:geben|schreiben|beantworten|antworten) würdest',
  'trả lời đầy đủ (?:từng|mỗi)',
  'come (?:risponderesti|rispondi) (?:normalmente|di solito)',
  'come (?:le |lo |la |li )?(?:scriveresti|risponderesti|faresti|scrivi) (?:tu )?(?:normalmente|di solito)',
];
const IMITATE = splitCue(...IMITATE_ALTS);

const HARDER_ALTS = [
  'harder',
  'tougher',
  'more (?:complex|difficult|challenging|demanding)',
  'daha (?:zor|karmaşık)',
  'más (?:difícil|complej)',
  'mais (?:difícil|complex)',
  'plus (?:difficile|complexe)',
  'schwieriger',
  'komplexer',
  'più (?:difficil|compless)',
  'сложнее',
  '更难',
  '更复杂',
  'より(?:難し|複雑)',
  '더 (?:어렵|복잡)',
  'khó hơn',
  'phức tạp hơn',
  'lebih (?:sulit|kompleks)',
  'أصعب',
  'أكثر تعقيد',
  'سخت‌?تر',
  'पेचीदा',
  'कठिन',
];
const HARDER = alt(...HARDER_ALTS);
const HARDER_RE = new RegExp(HARDER, 'u');
/** "make this instruction harder", "10 more complex variants" (checked only when HARDER is present). */
const EVOL_HARDER = splitCue(
  '(?<![a-z])(?:rewrite|make|turn|evolve|rephrase|transform) (?:it|this|them|each one) (?:to be |into (?:a )?)?(?:more (?:complex|difficult|challenging|demanding)|harder|tougher)',
  near(
    `${ASK}|prompt|talimat|instrucci|instruç|consigne|anweisung|istruzion|инструкци|指令|指示|지시`,
    HARDER,
    60,
  ),
  near(
    HARDER,
    '(?:versions?|variants?|variations?|rewrites?|versiyon|versi[oó]n|versões|variante|вариант|变体|版本|バージョン|버전|phiên bản|biến thể|versi)',
    20,
  ),
);
/** Self-instruct / evol-instruct operations: seeds, new tasks like these, deepen, add constraints. */
const EVOL_ALTS = [
  'seed (?:task|instruction|prompt|question|example)s?',
  'increasingly (?:complex|difficult|hard|challenging)',
  'concreti[sz]',
  '(?:in-depth|in-breadth|breadth|depth) evol',
  '指令进化',
  '种子(?:指令|任务)',
  'シード(?:タスク|指示)',
  '시드 (?:지시|작업)',
  'add(?:ing)? (?:one |a |more |an extra |new )?constraints? (?:to|and)',
  'tasks for reference',
  'the new version',
  'the harder version',
  'the rewritten version',
  'the rewritten prompt',
  'the rewritten instruction',
  'adding a constraint',
  'adding one constraint',
  'adding constraints',
  'example tasks',
  'sample tasks',
  'more tasks',
  'tasks like these',
  'instructions like these',
  'prompts like these',
  'examples like these',
  'like the ones above',
  'similar to the ones above',
  'tasks above',
  'tasks below',
  'new tasks',
  'new instructions',
  'new prompts',
  'novel tasks',
  'additional tasks',
  'fresh tasks',
  'similar tasks',
  'rewrite (?:a|the) (?:given )?prompt into a more',
  '#(?:given|rewritten|created) prompt#',
  'self-instruct',
  'self instruct',
  'selfinstruct',
  'evol-instruct',
  'evol instruct',
  'instruction evolution',
  'evolve (?:the |this |each )?(?:seed|instruction|prompt|task)',
  'evolinstruct',
  'come up with a set of',
  'prompt rewriter',
];
const EVOL = splitCue(...EVOL_ALTS);

/** A fixed terminal marker on every reply: how harvested replies are delimited and collected. */
const SIGNATURE_ALTS = [
  '(?:end|finish|terminate|close|conclude|suffix) (?:every|each|all|your|each of your|every one of your) (?:replies|reply|responses?|answers?|messages?|outputs?|completions?|turns?)(?: [a-z]+)? with',
  'end each (?:one )?with',
  '(?:always|must|should|will) (?:end|finish|terminate|close|conclude)(?: (?:every|each|all|your|the) (?:[a-z]+ )?(?:replies|reply|responses?|answers?|messages?|outputs?|completions?))? with',
  '(?:termina|finaliza|acaba|cierra) (?:siempre |cada (?:respuesta|mensaje) )+con',
  '(?:termine|finis) (?:toujours |chaque (?:réponse|message) )+(?:par|avec)',
  '(?:beende|schließe) (?:jede antwort |immer )+mit',
  '(?:总是|始终|一律|务必)以',
  'append (?:to|at the end of) (?:every|each) (?:reply|response|answer)',
  '每(?:个|条|次)(?:回答|回复)[^。\\n]{0,10}(?:以|用)',
  '(?:в конце|завершай) (?:каждого|каждый) ответ[а-я]*',
];
const SIGNATURE = alt(...SIGNATURE_ALTS);
/** A delimiter, not prose: symbols (⟦/⟧, ###), special tokens (<|eot|>, </s>), [END]. */
const SENTINEL_TOKEN = alt(
  '[^\\p{L}\\p{N}\\s]{2,6}',
  '[^\\p{L}\\p{N}\\s]?<\\|?/?[a-z_]{1,12}\\|?>',
  '\\[+/?[a-z_]{1,12}\\]+',
  '(?:end|eos|eot|stop|done)_[a-z_]{1,12}',
);
/** Literals every SIGNATURE match contains (a cheap first check). */
const SIGNATURE_GATE_ALTS = [
  'every repl',
  'every respon',
  'every answer',
  'every message',
  'every output',
  'every completion',
  'every turn',
  'each repl',
  'each respon',
  'each answer',
  'each message',
  'each output',
  'each completion',
  'each turn',
  'each of your',
  'every one of your',
  'all repl',
  'all respon',
  'all answer',
  'all message',
  'all output',
  'all completion',
  'all turn',
  'your repl',
  'your respon',
  'your answer',
  'your message',
  'your output',
  'your completion',
  'your turn',
  'end each',
  'always end',
  'always finish',
  'always close',
  'always conclude',
  'always terminate',
  'must end',
  'should end',
  'will end',
  'must finish',
  'siempre con',
  'respuesta con',
  'mensaje con',
  'toujours par',
  'toujours avec',
  'réponse par',
  'réponse avec',
  'antwort mit',
  'immer mit',
  '总是以',
  '始终以',
  '一律以',
  '务必以',
  'append ',
  'в конце',
  'завершай',
  '回答',
  '回复',
];
const SIGNATURE_RULE = splitCue(SIGNATURE);
const SENTINEL_RULE = splitCue(
  `${SIGNATURE}\\s*(?:the (?:line|token|marker|string|tag|sequence|text|symbol) )?["'\`「“]?${SENTINEL_TOKEN}`,
);

/** Two answers of different quality to the same prompt: preference (DPO/RLHF) data. */
const GOOD = alt(
  'accepted',
  'winning',
  'good',
  'better',
  'preferred',
  'chosen',
  'helpful',
  'correct',
  'strong',
  '好的',
  '(?:优秀|优质|更优|较优|最优|优选)',
  '良い',
  '좋은',
  'хорош',
  'buen',
  'bom',
  'bonne',
  'gute',
  'buona',
  'iyi',
);
const BAD = alt(
  'losing',
  'bad',
  'worse',
  'rejected',
  'dispreferred',
  'unhelpful',
  'wrong',
  'weak',
  'flawed',
  '差的',
  '(?:劣质|更劣|较劣|劣等|最差)',
  '悪い',
  '나쁜',
  'плох',
  'mal[ao]',
  'ruim',
  'mauvaise',
  'schlechte',
  'cattiva',
  'kötü',
);
const PREFERENCE = splitCue(near(GOOD, BAD, 50), near(BAD, GOOD, 50));

/** A repeated job: the same recipe for each topic, seed or message the user sends. */
const JOB = splitCue(
  'for (?:each|every) (?:topic|seed|message|subject|input|keyword|domain|category|prompt) (?:i|we|the user|you receive|given|provided|in the user)',
  'for (?:each|every) (?:topic|seed|subject|keyword|domain)',
  'one (?:topic )?at a time',
  'every (?:topic|message|seed|input) (?:i|we) send',
  '(?:对|為|为)每个(?:主题|话题)',
  'トピックごと',
  '주제마다',
  'для каждой темы',
  'para cada (?:tema|tópico)',
  'pour chaque (?:thème|sujet)',
  'für jedes thema',
);

/** The same treatment for every item of a list. */
const EACH = splitCue(
  '(?<![a-z])(?:for )?(?:each|every)(?![a-z])',
  '每(?:个|条|一)',
  'それぞれ',
  '各',
  '각',
  'кажд',
  'cada',
  'chaque',
  'jede',
  'ogni',
  '(?<![a-z])her(?![a-z])',
  'كل ',
  'هر ',
  'हर',
  'mỗi',
  'setiap',
);

/** Personal, classroom or testing use: the list is for a person or a test suite, not a corpus. */
const PERSONAL = splitCue(
  '(?:for|to) (?:my|our) (?:\\d+(?:st|nd|rd|th)[- ]grade |\\d+[- ]year[- ]old |[a-z]+ )?(?:class|students|pupils|kids|children|son|daughter|workshop|unit|quiz|exam|test|lesson|lecture|course|tutorial|tests|figma|mockup|presentation|board|docs|blog|book|newsletter|standup|meeting)',
  'i (?:teach|tutor)',
  "i'?m (?:recording|teaching|studying|preparing|practis|practic|learning|mocking|building a demo)",
  'i have (?:a|an|my) [a-z ]{0,20}(?:exam|test|quiz|interview)',
  '(?:unit|integration|e2e) tests?',
  '(?<![a-z])(?:jest|pytest|vitest|mocha|rspec|junit)(?![a-z])',
  'fixtures?',
  'seed (?:rows|data)',
  'insert statements',
  'example\\.com',
  '(?:fake|mock|dummy|placeholder|obviously synthetic) (?:users?|data|records|rows|names|products|customers|patients)',
  'for testing',
  'test (?:data|cases|inputs|utterances|strings)',
  'flashcards?',
  '(?<![a-z])anki(?![a-z])',
  'answer key',
  '(?<![a-z])faqs?(?![a-z])',
  'pivot',
  'so (?:i|we) can (?:practi|study|revise|learn|memori)',
  // other languages: my class / my students / my child / my exam
  '我的(?:学生|课|班|孩子)',
  '给(?:孩子|学生)',
  '考试',
  '私の(?:授業|生徒|子ども)',
  '授業',
  '試験',
  '내 (?:수업|학생)',
  '시험',
  '(?:для|моих|моего|моей) (?:учеников|урока|сына|дочери|класса|экзамена)',
  'para (?:mi|mis|a minha|minha|o meu|meu|meus|as minhas) (?:clase|alumnos|hijo|hija|examen|aula|alunos|filho|filha|prova)',
  'pour (?:ma|mes|mon) (?:classe|élèves|fils|fille|examen|cours)',
  'für (?:meine|meinen) (?:klasse|schüler|sohn|tochter|prüfung)',
  'per (?:la mia|i miei|mio|mia) (?:classe|studenti|figlio|figlia|esame)',
  's[ıi]n[ıi]f[ıi]m',
  'öğrencilerim',
  'çocuğum',
  'لطلابي',
  'لطالب',
  'لصفي',
  'لابني',
  'برای (?:کلاسم|دانش‌آموزانم|فرزندم)',
  'मेरे [^\\n]{0,20}(?:बच्चे|छात्रों|कक्षा)',
  'cho (?:lớp|học sinh|con) (?:của )?tôi',
  'untuk (?:kelas|murid|anak) saya',
  // a human audience: staff, new hires, trainees
  '(?<![a-z])(?:employees|staff|new hires|colleagues|co-workers|workers|trainees|onboarding)(?![a-z])',
  'mitarbeiter',
  'empleados',
  'funcionários',
  'employés',
  'dipendenti',
  'karyawan',
  'nhân viên',
  'कर्मचारि',
  'الموظف',
  'کارمند',
  'сотрудник',
  'персонал',
  '社員',
  '従業員',
  '직원',
  '员工',
  'çalışan',
);

// ---------------------------------------------------------------------------------------------
/** Records already produced in an earlier assistant turn (JSONL rows with pair fields). */
const PRIOR_RECORDS = splitCue(
  '"(?:instruction|prompt|question|q|input|user|human)"\\s*:[^\\n]{0,400}"(?:output|response|answer|a|assistant|gpt|completion)"\\s*:',
  '(?:^|\\n)\\s*(?:q|user|human)\\s*[:：][^\\n]*\\n(?:[^\\n]*\\n)?\\s*(?:a|assistant|gpt)\\s*[:：]',
);
/** "N more", "same format", "continue the list": asking for the next batch. */
const NEXT_BATCH = splitCue(
  '(?<![a-z])(?:continue|more|next|another|again|keep going|go on|proceed)(?![a-z])',
  '继续',
  '再来',
  '更多',
  '続け',
  'もっと',
  'さらに',
  '계속',
  '더 ',
  'продолж',
  'ещё',
  'еще',
  'más',
  'otr[oa]s',
  'continúa',
  'mais',
  'weiter',
  'noch',
  'altri',
  'continua',
  'devam',
  'daha',
  'المزيد',
  'تابع',
  'ادامه',
  'بیشتر',
  'जारी',
  'और ',
  'tiếp',
  'thêm',
  'lanjut',
  'lagi',
  '\\d+ more',
  'more (?:of (?:them|these)|like (?:that|these|this))',
  'same (?:schema|format|structure|fields|keys|style)',
  'keep going',
  'continue (?:the list|generating|with)',
  'next batch',
  'another batch',
  '再来\\d*',
  '继续(?:生成)?',
  'さらに\\d*',
  '続けて',
  'ещё \\d+',
  'еще \\d+',
  '\\d+ más',
  'otros? \\d+',
  'mais \\d+',
  'outros? \\d+',
  '\\d+ de plus',
  'weitere \\d+',
  '\\d+ tane daha',
);

/** A system prompt that makes the model an output-only data engine ("outputs only data"). */
const DATA_ENGINE = splitCue(
  '(?:only|just) (?:output|outputs|produce|produces|return|returns|emit|emits|write|writes) (?:the )?(?:data|json|jsonl|records|rows|examples|pairs)',
  '(?:outputs?|produces?|returns?|emits?) (?:only )?(?:data|records|rows),? (?:never|not|no) (?:conversation|chat|commentary|prose)',
  'never (?:conversation|chat|commentary|prose)',
  'no other text',
  '(?:output|outputs|return|returns|produce|emit) (?:the )?(?:data|json|jsonl|records|rows) only',
  'nothing but (?:data|json|records|rows)',
  '(?:data|dataset|synthetic data) (?:engine|generator|factory|worker|pipeline|machine)',
  '只输出数据',
  'データのみ',
  'только данные',
);

/**
 * Field names that exist only in fine-tuning records: instruction/response, prompt/completion,
 * chosen/rejected, ShareGPT's human/gpt. A parser test or a quiz uses other fields.
 */
const SFT_SCHEMA = splitCue(
  '(?<![a-z])(?:instruction|prompt)s?(?: and | ?[/,&-] ?| и | y | e | et | und | ve | و | と | 和 |、)(?:response|output|completion|answer)s?(?![a-z])',
  '"(?:instruction|prompt)"[^\\n]{0,200}"(?:output|response|completion)"',
  '"chosen"[^\\n]{0,200}"rejected"',
  'prompt ?/ ?chosen ?/ ?rejected',
  '"from"\\s*:\\s*"(?:human|gpt)"',
  'instruction[^\\n]{0,40}input[^\\n]{0,40}output',
  '指令[^。\\n]{0,10}(?:回答|输出|回复)',
  '「指示」「応答」',
  '指示[^。\\n]{0,6}応答',
);

/** A how-to question about building data, not a request to produce it. */
const HOW_TO = splitCue(
  'how (?:do|can|should|would|to) (?:i|we|you)?',
  'what (?:format|is the best|.s the best|are the best|.s the difference|is the difference)',
  'which (?:format|library|tool)',
  'what (?:does|do|should) (?:a |an )?(?:good |typical )?(?:\\S+ ){0,3}?(?:look like|contain)',
  'how (?:much|many) (?:\\S+ )?(?:data|examples|samples|rows) (?:do|does|should|would|is|are)',
  'conceptual question',
  'is it (?:possible|better|ok)',
  '(?:explain|tell me) (?:how|what|why)',
  '(?<![a-z])why(?![a-z])',
  '什么原因',
  '为什么',
  'なぜ',
  'どうして',
  '왜',
  'почему',
  'por ?qu[ée]',
  'pourquoi',
  'warum',
  'perché',
  'neden',
  'چرا',
  'لماذا',
  'क्यों',
  'tại sao',
  'mengapa',
  'kenapa',
  '如何',
  '怎么',
  'どうやって',
  '어떻게',
  'как (?:мне|лучше|сделать)',
  'c[oó]mo (?:puedo|hago|se)',
  'comment (?:puis|faire)',
  'wie (?:kann|mache)',
);
/** A request for output phrased as a question ("can you write 40 …?"). */
const REQUEST_VERB = splitCue(
  '(?:can|could|would|will) you',
  'please',
  'may i',
  '(?:i|we) (?:need|want|would like)',
  '(?<![a-z])(?:give|generate|write|create|make|produce|list|draft|compose)(?![a-z])',
);
/** A code task over data the user already has ("write a pandas script to dedupe my CSV"). */
const CODE_TASK = splitCue(
  '(?:function|script|program|code|generator|class) (?:that|which|to) (?:randomly )?(?:generates?|produces?|creates?|builds?|synthesi[sz]es?)',
  '(?:script|function|program|query|code|snippet|notebook|pipeline|regex)[^.\\n]{0,20} (?:to|that|which) (?:dedupe|de-duplicate|deduplicate|clean|parse|convert|process|load|read|filter|split|merge|sample|shuffle|validate|count|analy[sz]e|reformat|upload|import|export)',
  '(?:i|we) have (?:a|an|my|our|this) (?:[a-z]+ )?(?:csv|dataset|file|spreadsheet|table|export|dump)',
);

/** Work on material the user supplies (summarise this chat, review these answers). */
const ANALYZE = splitCue(
  'summari[sz]e',
  'analy[sz]e',
  '(?<![a-z])review',
  'critique',
  'proofread',
  'what went wrong',
  'went wrong',
  '(?:this|the following|the below|the attached|my) (?:chat|conversation|transcript|dialogue|exchange|log)',
);

/** The pairs are to be derived from material the user supplies (notes, a page, a document). */
const PROVIDED = splitCue(
  '(?:turn|convert|transform|rewrite|restructure) (?:these|this|the following|the attached|the below|my|our)',
  '(?:from|based on|using) (?:these|this|the following|the attached|the below|my|our) (?:notes|document|text|article|page|docs|transcript|chapter|slides|pdf|manual|policy)',
);

/**
 * Gates that save regex passes on the common path (most prompts have none of these words):
 * the rare signals (parallel corpora, translations, evol/self-instruct, harder variants, a
 * reply signature) and the purpose/dialogue vocabulary are each tested once as a union first.
 */
const RARE_GATE = splitCue(
  ...PARALLEL_ALTS,
  ...TRANSLATION_ALTS,
  ...EVOL_ALTS,
  ...HARDER_ALTS,
  ...SIGNATURE_GATE_ALTS,
);
const PURPOSE_GATE = splitCue(...PURPOSE_LIST_ALTS, ...TRAIN_ALTS, ...DIALOGUE_HINT_ALTS);

const has = (hint: { test(t: string): boolean }, re: { test(t: string): boolean }, text: string) =>
  hint.test(text) && re.test(text);

export function scoreTrainingDataGen(f: RequestFeatures): Score {
  const t = f.text.instructions;
  const e = new Evidence();
  const sys = f.text.system;
  // The core signals; every other signal only matters when one of these is present.
  const rare = RARE_GATE.test(t);
  const purposeWords = PURPOSE_GATE.test(t);
  const purpose = purposeWords && (PURPOSE_LIST.test(t) || has(TRAIN_HINT, PURPOSE_NEAR, t));
  const dialogue = purposeWords && has(DIALOGUE_HINT, USER_ASSISTANT_DIALOGUE, t);
  const answerWords = PAIR_HINT.test(t);
  const imitate = IMITATE.test(t);
  const parallel = rare && (PARALLEL.test(t) || (WITH_TRANSLATION.test(t) && bulkCount(t) >= 30));
  const preference = answerWords && PREFERENCE.test(t);
  const pair =
    dialogue || parallel || (answerWords && PAIR.test(t)) || preference || (imitate && EACH.test(t));
  const evol = rare && (EVOL.test(t) || has(HARDER_RE, EVOL_HARDER, t));
  const prior =
    f.assistantTurns > 0 && PRIOR_RECORDS.test(f.text.assistant) && NEXT_BATCH.test(f.text.lastUser);
  // A data-engine system prompt: every user message (a topic, a seed) becomes a batch of data.
  const engine =
    sys.length > 0 && DATA_ENGINE.test(sys) && (PURPOSE_LIST.test(sys) || has(TRAIN_HINT, PURPOSE_NEAR, sys));
  if (engine) e.add(1.0, 'system prompt sets the model up as a training-data engine');
  if (!(purpose || pair || imitate || evol || prior))
    return broadList(f, rare ? signature(f, t, e) : e).score();

  const job = JOB.test(t);
  const rawCount = bulkCount(t);
  const count = job && rawCount >= 3 ? rawCount * 10 : rawCount;
  const systemPair =
    sys.length > 0 && (has(PAIR_HINT, PAIR, sys) || has(DIALOGUE_HINT, USER_ASSISTANT_DIALOGUE, sys));
  const sampled = f.params.n >= 3;
  const bulk = count >= 10 || BULK_WORDS.test(t) || sampled || job;
  const record = RECORD.test(t) || f.params.responseFormat === 'json_object';
  const sftSchema = SFT_SCHEMA.test(t);
  const aiResp = AI_RESPONDENT.test(t);
  // Advice-seeking is judged on the user's own words, and not when a system prompt sets the job.
  const question = /\?\s*$/u.test(f.text.lastUser) && !REQUEST_VERB.test(f.text.lastUser);
  const advice = !systemPair && (HOW_TO.test(f.text.lastUser) || question);

  // The stated purpose counts when the request also asks for output (not "how do I fine-tune?").
  // Asking for code, or for help with one's own code ("the upload fails with 'invalid JSON', what's
  // wrong?" over a code block): the answer is a fix, not data.
  // The first turn's ask carries a conversation about one's own code ("my LoRA script OOMs …").
  const codeTask =
    CODE_TASK.test(f.text.lastUser) ||
    codeRequest(f.text.lastUser) ||
    (f.userTurns > 1 && codeRequest(f.text.user));
  if (purpose && !codeTask && (imitate || aiResp || preference || (pair && !advice) || (bulk && !advice))) {
    e.add(1.3, 'says the output is training data for a model');
    if (bulk) e.add(0.3, 'in bulk');
    if (record) e.add(0.25, 'as records');
  } else if (purpose) e.add(0.25, 'mentions building training data');

  if (pair) {
    const what = dialogue
      ? 'user/assistant dialogues'
      : parallel
        ? 'parallel sentence pairs'
        : 'prompt/answer pairs';
    e.add(0.15);
    if (count >= 10) e.add(count >= 50 ? 0.45 : count >= 20 ? 0.2 : 0.1, `asks for ${count} ${what}`);
    else if (sampled) e.add(0.45, `samples ${what} ${f.params.n} times (n=${f.params.n})`);
    else if (bulk) e.add(0.2, `asks for ${what} in bulk`);
    // Corpus markers weigh fully only on a batch; on one item they are ordinary requirements.
    const w = bulk ? 1 : 0.5;
    let markers = 0;
    if (record) {
      e.add(0.35 * w, 'as machine-readable records (JSONL/TSV/JSON)');
      markers++;
    }
    if (aiResp) {
      e.add(0.4 * w, 'the answers are to be written as an AI assistant’s replies');
      markers++;
    }
    if (RICH.test(t)) {
      e.add(0.3 * w, 'with full, expert answers');
      markers++;
    }
    if (DIVERSE.test(t)) {
      e.add(0.3 * w, 'spread across varied topics, as for a corpus');
      markers++;
    }
    if (markers >= 2 && bulk) e.add(0.3);
    if (parallel && bulk) e.add(0.4, 'a bilingual parallel corpus');
    if (dialogue && bulk) e.add(0.45, 'synthetic user/assistant chats in bulk');
    if (preference && bulk) e.add(0.5, 'pairs of better and worse answers (preference data)');
  } else if (bulk && record && (aiResp || imitate)) {
    e.add(0.4, 'bulk records of assistant replies');
  }

  if (imitate) e.add(0.9, 'asks for replies in its normal style so they can be collected');
  if (sftSchema && record)
    e.add(0.7, 'in a fine-tuning record schema (instruction/response, prompt/completion)');
  if (evol) e.add(1.1, 'self-instruct / evol-instruct generation');

  // A system prompt that turns every user message into records (a batch, or its own reply).
  // A system prompt that turns every user message into records: a batch per topic, or its own
  // full reply wrapped as a prompt/completion row (JSON-mode apps ask for short fields instead).
  if (systemPair && RECORD.test(sys)) {
    if (count >= 5) e.add(0.3, 'system prompt turns each user message into a batch of prompt/answer records');
    else if (RICH.test(sys) || IMITATE.test(sys) || AI_RESPONDENT.test(sys))
      e.add(0.9, 'system prompt wraps each full reply as a prompt/answer record');
  }

  // Asking for the next batch after the assistant already produced paired records.
  if (prior) e.add(0.8, 'asks for another batch of paired records');

  // Counter-evidence against the content evidence above (never below zero).
  let against = 0;
  // The answer is code: a script that converts tickets to fine-tuning JSONL writes no data.
  if (codeTask) against += 2.5;
  if (!bulk && f.userTurns <= 1 && (advice || ANALYZE.test(f.text.lastUser))) against += 0.8;
  // The seeds of an evol batch (a coding task, "how do I make bread?") are data, not the user's
  // own question.
  if (!purpose && !imitate && !evol) {
    if (PERSONAL.test(t)) against += 0.8;
    if (advice && bulk) against += 0.8;
    if (count > 0 && count < 10 && !aiResp && !sampled && !sftSchema) against += 0.3;
    if (PROVIDED.test(f.text.lastUser)) against += 0.5;
  }
  e.add(-Math.min(against, Math.max(0, e.sum)));
  // Added after the counter-evidence: the question mark ending item 40 is no advice-seeking.
  return broadList(f, signature(f, t, e)).score();
}

/** A fixed end marker stamped on every reply: the replies are being collected and split. */
function signature(f: RequestFeatures, t: string, e: Evidence): Evidence {
  if (!SIGNATURE_RULE.test(t)) return e;
  if (SENTINEL_RULE.test(f.text.system))
    e.add(1.4, 'system prompt stamps every reply with a fixed delimiter token');
  else if (SENTINEL_RULE.test(t)) e.add(0.7, 'every reply must end with a fixed delimiter token');
  else e.add(0.2);
  return e;
}

/** Broad imitation in one request: full answers to a long list of unrelated requests. */
function broadList(f: RequestFeatures, e: Evidence): Evidence {
  const last = f.text.lastUser;
  const many = countUpTo(last, LIST_ITEM, 15);
  if (many >= 15 && RICH.test(last) && ANSWER_EACH.test(last))
    e.add(0.8, `asks for full answers to ${many}+ listed requests at once`);
  return e;
}

/** Numbered lines of a list: "1. Explain inflation", "12) Write a haiku". */
const LIST_ITEM = /(?:^|\n)[ \t]*\d{1,3}[.)][ \t]+\S/gu;
/** Answer every one of them. */
const ANSWER_EACH =
  /(?:respond|reply|answer)(?: to)? (?:each|every|all)(?: one)?(?: of)? (?:the following|these|them|the \d+)|(?:each|every one|all) (?:of them |of these )?(?:with|gets?|deserves?) (?:a|an|its own)/u;

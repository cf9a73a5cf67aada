import { alt, near } from '../cues.ts';
import { Evidence } from '../evidence.ts';
import type { RequestFeatures } from '../features.ts';
import { splitCue } from '../lexicon/split-cue.ts';
import type { Score } from '../types.ts';

/**
 * Agentic / tool-use trace harvest: tool definitions (often long and fixed, often with
 * `tool_choice: none`) and a request to WRITE OUT a whole run — every call, its arguments and
 * an observation the model invents — instead of calling the tools. The behaviour has parts,
 * each modelled in many languages:
 * - a RUN to be written: trajectory, transcript, episode, walkthrough, turn by turn;
 * - STEP structure: thought / tool call / observation for each step, commands with outputs;
 * - INVENTED observations: simulate, invent, pretend the tools are live, play the environment;
 * - NOT executing: "don't call the tools", `tool_choice: none` with no tool results;
 * - a CORPUS purpose: gold trajectories, few-shot library, "example run #1 of 50", dataset.
 * Real agents call tools and read real results; developers review their tool descriptions,
 * plan their own agent, or debug a pasted trace — none of them asks for invented observations.
 */

/** A whole run to be written out. */
const RUN = splitCue(
  'trajector',
  'transcript',
  '(?<![a-z])traces?(?![a-z])',
  'episodes?',
  'rollouts?',
  'walk ?through',
  'walk (?:me |us )?through',
  'turn by turn',
  'step by step',
  '(?:agent|full|whole|complete|entire|example|sample|long|realistic|end-to-end|demo) runs?(?![a-z])',
  'run #\\d',
  '(?:ordered |full |complete )?(?:list|sequence) of (?:tool |function |api )?(?:calls|actions|commands|steps)',
  'demonstrations?',
  'session logs?',
  'narrat',
  'react[- ](?:style|format|trace|loop)',
  'thought ?/ ?action',
  '轨迹',
  '完整过程',
  '执行过程',
  '全过程',
  '调用过程',
  '交互记录',
  '一步一步',
  '軌跡',
  'トラジェクトリ',
  '実行ログ',
  '実行記録',
  '一連の',
  '全過程',
  '궤적',
  '실행 기록',
  '전체 과정',
  '단계별',
  'траектори',
  'транскрипт',
  'прогон',
  'весь ход',
  'пошагов',
  'распиши',
  'trayectoria',
  'transcripci[oó]n',
  'recorrido completo',
  'paso a paso',
  'trajet[oó]ria',
  'transcri[çc][ãa]o',
  'passo a passo',
  'trajectoire',
  'déroulé',
  'déroulement',
  'étape par étape',
  'trajektorie',
  'ablauf',
  'verlauf',
  'schritt für schritt',
  'traiettoria',
  'trascrizione',
  'passo dopo passo',
  'yörünge',
  'adım adım',
  'gidişat',
  'مسار',
  'سجل',
  'خطوة بخطوة',
  'مسیر',
  'گام به گام',
  'रास्ता',
  'ट्रैजेक्टरी',
  'चरण दर चरण',
  'quỹ đạo',
  'từng bước',
  'toàn bộ quá trình',
  'lintasan',
  'trajektori',
  'transkrip',
  'langkah demi langkah',
);

/** Per-step structure: thought, call with arguments, observation; commands with their outputs. */
const STEP_ITEM = alt(
  'thoughts?',
  'reasoning',
  'actions?',
  'tool calls?',
  'function calls?',
  'calls?',
  'observations?',
  'outputs?',
  'results?',
  'screenshots?',
  'commands?',
  '思考',
  '想法',
  '调用',
  '观察',
  '结果',
  '输出',
  '思考',
  '呼び出し',
  '結果',
  '観察',
  '출력',
  '결과',
  '호출',
  'мысль',
  'вызов',
  'вывод',
  'результат',
  'pensamiento',
  'llamada',
  'resultado',
  'salida',
  'pensamento',
  'chamada',
  'réflexion',
  'appel',
  'sortie',
  'résultat',
  'gedanke',
  'aufruf',
  'ausgabe',
  'ergebnis',
  'pensiero',
  'chiamata',
  'risultato',
  'düşünce',
  'çağrı',
  'çıktı',
  'sonuç',
  'تفكير',
  'استدعاء',
  'نتيجة',
  'مخرجات',
  'فکر',
  'فراخوانی',
  'خروجی',
  'نتیجه',
  'विचार',
  'कॉल',
  'परिणाम',
  'suy nghĩ',
  'lệnh gọi',
  'kết quả',
  'pemikiran',
  'panggilan',
  'hasil',
);
const EACH_STEP = alt(
  '(?:for|at|in|after) (?:each|every) (?:step|turn|action|call|one)',
  'each step',
  'every step',
  '每一步',
  '每个步骤',
  '各ステップ',
  '각 단계',
  'каждого шага',
  'каждом шаге',
  'cada paso',
  'cada passo',
  'chaque étape',
  'jeden schritt',
  'ogni passo',
  'her adım',
  'كل خطوة',
  'هر مرحله',
  'हर कदम',
  'mỗi bước',
  'setiap langkah',
);
const STEPS = splitCue(
  near(EACH_STEP, STEP_ITEM, 40),
  near(STEP_ITEM, EACH_STEP, 40),
  'thought ?[,/] ?action ?[,/] ?observation',
  '(?:every|each|all|the) (?:tool |function |shell |api )?(?:calls?|commands?|actions?)(?: with)?[^.\\n]{0,40}(?:arguments|args|outputs?|results?|observations?|responses?)',
  '(?:commands?|calls?|actions?) (?:plus|with|and) (?:the )?(?:[a-z]+ )?(?:outputs?|results?|observations?)',
  '(?:screenshot|screen) (?:description )?after each',
  'alternating',
  'inter-agent messages',
  '(?:tool|function) calls?(?: blocks?)? (?:in|as) json',
  '(?:call|observation) blocks',
);

/** The observations are made up: simulated results, invented data, the model plays the tools. */
const INVENT = splitCue(
  '(?<![a-z])invent',
  'make (?:them |it |these )?up',
  'made-?up',
  'fabricat',
  'simulat',
  'pretend',
  'imagin',
  'hypothetical',
  '(?:fake|mock(?:ed)?|dummy) (?:results?|outputs?|responses?|observations?|data|ids)',
  '(?:plausible|realistic|believable|real-looking|expected|predicted|likely) (?:[a-z-]+ )?(?:results?|outputs?|observations?|responses?|returns?|data|ids|values|screens?)',
  'with (?:a |the )?(?:realistic|plausible) (?:[a-z]+ )?(?:outputs?|results?)',
  'fill in (?:what|the)',
  '(?:you.d|you would|would|you) expect to (?:see|get|receive)',
  'expected (?:output|result|response|observation)s?',
  'what (?:each|the|every) (?:tool|function|call|command|api) (?:returns|would return|hands back|gives back|outputs|responds)',
  'hands? back',
  'what the screen (?:shows|would show|looks like)',
  '(?:play|act as|be|you are)(?: both)? (?:the )?(?:agent and (?:the )?)?(?:environment|tools?|api|system responses)',
  '(?<![a-z])environment(?![a-z])[^.\\n]{0,20}(?:replies|responds|answers|returns)',
  '"(?:predicted_output|observation|screen_after|expected_result|simulated_output)"',
  '编造',
  '虚构',
  '模拟',
  '假设',
  '想象',
  '自己编',
  '合理的(?:返回|结果|输出)',
  '架空',
  '想定',
  'シミュレート',
  'でっち上げ',
  'それらしい',
  '가상의',
  '지어내',
  '시뮬레이션',
  '그럴듯한',
  'придума',
  'выдума',
  'смоделиру',
  'правдоподобн',
  'вымышлен',
  'симулир',
  'inventa',
  'simulad',
  'ficticio',
  'plausible',
  'inventad',
  'simulada',
  'fictíci',
  'plausível',
  'inventé',
  'simulé',
  'fictif',
  'erfunden',
  'erfinde',
  'ausgedacht',
  'simuliert',
  'fiktiv',
  'plausibel',
  'inventat',
  'simulat',
  'fittizi',
  'plausibil',
  'uydur',
  'simüle',
  'hayali',
  'makul',
  'مختلق',
  'اختلق',
  'محاكاة',
  'افتراضي',
  'وهمي',
  'متخيل',
  'ساختگی',
  'شبیه‌?سازی',
  'فرضی',
  'बनाया हुआ',
  'काल्पनिक',
  'नकली',
  'सिम्युलेट',
  'संभावित परिणाम',
  'bịa',
  'giả lập',
  'mô phỏng',
  'giả định',
  'karang',
  'simulasi',
  'fiktif',
  'rekaan',
);

/** Do not execute: write the calls, don't make them. */
const NO_EXECUTE = splitCue(
  `${near(
    alt("don't", 'do not', 'without', 'never', 'no need to', 'instead of', 'not'),
    '(?:actually |really |for real |yet )?(?:call(?:ing)?|execut(?:e|ing)|run(?:ning)?|invok(?:e|ing)|us(?:e|ing)|touch(?:ing)?|hit(?:ting)?)',
    12,
  )}[^.\\n]{0,30}(?:tools?|functions?|anything|them|apis?|for real|commands?)`,
  'pretend (?:these|the|that the) (?:tools|functions|apis) are (?:live|real|available|connected)',
  'as if (?:the )?(?:tools|functions|apis) (?:were|are) (?:live|real|available)',
  'dry run',
  '(?:it.s|this is) (?:a )?replay',
  '不要(?:真正|实际|真的)?(?:调用|执行|运行)',
  '无需(?:调用|执行)',
  '不调用',
  '呼び出さ(?:ず|ないで)',
  '実行せず',
  '실행하지',
  '호출하지',
  'не вызывай',
  'не выполняй',
  'не запускай',
  'sin (?:ejecutar|llamar|usar)',
  'no (?:ejecutes|llames|uses)',
  'não (?:chame|execute|use)',
  'sem (?:executar|chamar)',
  'n.appelle (?:aucun|pas)',
  'sans (?:exécuter|appeler)',
  'ruf(?:e)? keine',
  'ohne [^.\\n]{0,30}(?:auszuführen|aufzurufen)',
  'non chiamare',
  'senza (?:eseguire|chiamare)',
  'çağırma(?![a-z])',
  'çalıştırmadan',
  'لا تستدع',
  'دون تنفيذ',
  'بدون تنفيذ',
  'صدا نزن',
  'بدون اجرا',
  'मत करो',
  'मत चलाओ',
  'đừng gọi',
  'không (?:thực thi|gọi)',
  'jangan (?:memanggil|menjalankan)',
  'tanpa (?:menjalankan|memanggil)',
);

/** The run is for a dataset or a library of examples. */
const CORPUS = splitCue(
  'gold(?:en)? (?:trajector|traces|runs|examples|episodes|demonstrations|transcripts)',
  'few-?shot',
  'dataset',
  'data set',
  'corpus',
  'training (?:data|examples|set)',
  'fine-?tun',
  '#\\d+ of \\d+',
  'library of',
  '(?<![a-z])(?:\\d{2,}|many|dozens of|hundreds of) (?:trajector|episodes|runs|transcripts|traces)',
  'jsonl',
  '数据集',
  '语料',
  '训练',
  'データセット',
  '学習',
  '데이터셋',
  '학습',
  'датасет',
  'для обучения',
  'conjunto de datos',
  'entrenamiento',
  'treinamento',
  'entraînement',
  'trainingsdaten',
  'veri seti',
  'مجموعة بيانات',
  'تدريب',
  'प्रशिक्षण',
  'huấn luyện',
  'pelatihan',
);

/** Tools, commands or a computer are in play (named in text when not sent as definitions). */
const TOOL_WORDS = splitCue(
  '(?<![a-z])(?:tools?|functions?|apis?|shell|bash|terminal|browser|commands?|kubectl|sql)(?![a-z])',
  'computer[- ]use',
  'tool[- ]use',
  '工具',
  'ツール',
  '도구',
  'инструмент',
  'herramienta',
  'ferramenta',
  'outil',
  'werkzeug',
  'strument',
  '(?<![a-z])araç',
  'أداة',
  'أدوات',
  'ابزار',
  'टूल',
  'công cụ',
  '(?<![a-z])alat(?![a-z])',
);

/** The developer's own agent: designing, reviewing tool descriptions, debugging a trace. */
const OWN_AGENT = splitCue(
  '(?:my|our) (?:agent|bot|assistant|langgraph|langchain|mcp|function|tool|graph)',
  "i'?m (?:building|writing|designing|automating|making|debugging)",
  'should i (?:use|expose|add)',
);
const REVIEW = splitCue(
  'review (?:the |these |my |our )?(?:tool |function )?(?:descriptions|definitions|schemas?|names)',
  '(?:reword|rename|rewrite) (?:them|the descriptions|the tools)',
  'ambiguous',
  '(?:improve|clarify|critique) (?:the |these |my |our )?(?:tool |function )?(?:descriptions|schemas?|names|definitions)',
  'which (?:tool|function) (?:would|should|will) (?:you|it|the model) (?:call|use|pick|choose)',
  'are (?:the |these |my )?(?:tool )?descriptions (?:clear|good)',
);
const DEBUG = splitCue(
  "here(?:'s| is) (?:the |my |our |a )?(?:trace|log|transcript|trajectory|run)",
  '(?:why|how come) (?:does|is|did) (?:it|the agent|my agent|the graph)',
  '(?:stuck|loops?|looping) (?:in|on|forever|again)',
  'keeps (?:calling|looping|repeating)',
  'debug',
);

export function scoreAgenticTrace(f: RequestFeatures): Score {
  const t = f.text.instructions;
  const e = new Evidence();
  const defined = f.toolCount > 0 || f.toolLinesInSystem >= 3;
  const tooling = defined || TOOL_WORDS.test(t);
  if (!tooling) return e.score();
  const run = RUN.test(t);
  const steps = STEPS.test(t);
  const invent = INVENT.test(t);
  const noExec = NO_EXECUTE.test(t);
  const writeOut = run || steps;

  if (writeOut && (invent || noExec)) {
    e.add(1.4, 'asks for a complete tool-use trajectory with invented observations');
    if (invent && noExec) e.add(0.2);
    if (run && steps) e.add(0.2, 'spelled out step by step: call, arguments, observation');
  } else if (invent && defined) e.add(0.9, 'asks it to invent the tool results');
  else if (writeOut && defined) e.add(steps ? 0.6 : 0.35, 'asks for a full tool-call sequence');
  else if (noExec && defined) e.add(0.2);

  if (CORPUS.test(t) && (writeOut || invent)) e.add(0.5, 'for a trajectory dataset or few-shot library');
  const core = e.sum;
  if (f.toolChoiceNone && f.toolCount > 0 && !f.hasToolResults) {
    if (core >= 0.3) e.add(0.6, 'sends tool definitions but forbids tool calls (tool_choice none)');
    else e.add(0.1);
  }
  if ((f.toolCount >= 6 || f.toolSchemaChars >= 4000 || f.toolLinesInSystem >= 4) && core >= 0.3)
    e.add(0.25, 'with a large fixed tool set');

  // Real use, reviews and debugging: none of them asks for invented observations.
  if (e.sum > 0 && !invent) {
    if (f.hasToolResults && !noExec) e.add(-0.8);
    if (REVIEW.test(t)) e.add(-0.8);
    if (DEBUG.test(t)) e.add(-0.6);
    if (OWN_AGENT.test(t)) e.add(-0.4);
  }
  return e.score();
}

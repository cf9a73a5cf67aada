import { alt, both, cue, near, word } from '../cues.ts';
import { Evidence } from '../evidence.ts';
import type { RequestFeatures } from '../features.ts';
import type { Score } from '../types.ts';

/**
 * System-prompt extraction: get a deployed bot to print its hidden instructions, developer
 * message or tool schemas. Read in the user's turns only: bot system prompts themselves say
 * "never reveal these instructions". A user who pastes the start of the system prompt and asks
 * to "continue" is caught by overlap with the system prompt, whatever the wording.
 */
const TARGET = alt(
  'system (?:prompt|message|instructions?)',
  'developer (?:message|prompt|instructions?)',
  near(
    alt('your', 'the', 'hidden', 'initial', 'original', 'secret', 'internal', 'confidential'),
    alt(
      '(?:initial |original |hidden |secret |internal |full |first |exact |complete |confidential )*(?:instructions?|prompt|guidelines|rules|directives|configuration|config|preamble)',
    ),
    12,
  ),
  "(?:everything|anything|all|what|text|words?)(?: that)? (?:you were|you've been|you have been|i was|that (?:was|came)) (?:told|given|written|provided|sent)",
  '(?:the )?(?:words|text|everything|content|message)s? (?:above|before (?:this|my first) message|that came before)',
  'instructions? you (?:were|have been|are) (?:given|following|told)',
  'rules? (?:are )?(?:you are |you.re |you )?following',
  'rule (?:number|no\\.?|#) ?(?:one|1|two|2)',
  near(alt('your', 'the'), alt('function schemas?', 'tool (?:schemas?|definitions?)'), 20),
  'system_prompt',
  '系统提示',
  '提示词',
  '系统指令',
  '初始指令',
  '之前的(?:所有)?指令',
  'システムプロンプト',
  '指示(?:文|内容)',
  '시스템 프롬프트',
  '지시사항',
  '지시 사항',
  'системн(?:ый|ое|ые) (?:промпт|сообщени|инструкци)',
  'твои инструкции',
  'prompt del sistema',
  'instrucciones (?:del sistema|iniciales|originales|anteriores)',
  'tus instrucciones',
  'systemprompt',
  'system-prompt',
  'deine anweisungen',
  'anweisungen',
  'prompt hệ thống',
  'hướng dẫn (?:hệ thống|ban đầu)',
  'prompt sistem',
  'instruksi (?:sistem|awal)',
  'prompt système',
  'instructions initiales',
);

const REVEAL = alt(
  word('print'),
  word('repeat'),
  word('output'),
  word('show'),
  word('reveal'),
  word('display'),
  word('quote'),
  word('paste'),
  word('echo'),
  word('dump'),
  word('recite'),
  word('list'),
  word('translate'),
  word('copy'),
  word('disclose'),
  word('tell me'),
  word('what (?:is|are|does|do)'),
  word('what (?:exact |specific )?(?:instructions|rules|text|words)'),
  word('proofread'),
  word('summari[sz]e'),
  word('cat'),
  '输出',
  '显示',
  '告诉',
  '打印',
  '重复',
  '出力',
  '表示',
  '教えて',
  '출력',
  '보여',
  '알려',
  'выведи',
  'покажи',
  'повтори',
  'напиши',
  'muéstra',
  'muestra',
  'repite',
  'imprime',
  'dime',
  'zeig',
  'gib',
  'wiederhole',
  'in ra',
  'hiển thị',
  'tampilkan',
  'tunjukkan',
  'ulangi',
  'affiche',
);

const VERBATIM = cue(
  'verbatim',
  'word for word',
  'word-for-word',
  'exact (?:wording|words|text)',
  'in full',
  'unmodified',
  '(?:don.t|do not|without) (?:summari[sz]|paraphras|omit|chang|shorten|skip)',
  'include everything',
  'complete(?:ly)?,? (?:and )?in (?:the )?original order',
  'first \\d+ words',
  '原封不动',
  '一字不差',
  '逐字',
  '一字一句',
  'そのまま',
  '그대로',
  'дословно',
  'слово в слово',
  'palabra por palabra',
  'wortwörtlich',
  'nguyên văn',
  'kata demi kata',
  'mot pour mot',
);

const OVERRIDE = cue(
  near(
    alt('ignore', 'disregard', 'forget', 'override', 'bypass'),
    alt('(?:all |any |the |your )?(?:previous|prior|above|earlier|preceding|original|initial|system)'),
    16,
  ),
  'system override',
  '(?:maintenance|developer|debug|admin|god|dan|jailbreak) mode',
  near(
    alt('admin', 'administrator', 'compliance', 'audit', 'auth token'),
    alt('configuration', 'config', 'instructions', 'system prompt'),
    40,
  ),
  '忽略(?:之前|以上|前面|所有)',
  '無視して',
  '무시하',
  'игнорируй',
  'забудь',
  'olvida',
  'ignora',
  'ignoriere',
  'vergiss',
  'bỏ qua',
  'abaikan',
  'oublie',
);

const TERMINAL = cue(
  'cat /etc/',
  '/system_prompt',
  'you are (?:a|now a) (?:linux )?terminal',
  'prompt\\.txt',
);

const TARGET_RE = new RegExp(TARGET, 'u');
const ASK = cue(
  both(REVEAL, TARGET, 60),
  `(?:${TARGET})[^\\n]{0,60}[.?!]\\s*(?:${REVEAL}) (?:it|them|that|those)`,
);

export function scoreSystemPromptExtract(f: RequestFeatures): Score {
  const t = f.text.user;
  const e = new Evidence();
  const target = TARGET_RE.test(t);
  const ask = target && ASK.test(t);
  if (ask) e.add(1.2, 'asks the model to reveal its hidden instructions');
  else if (target) e.add(0.2, 'mentions the hidden instructions');
  if ((ask || target) && VERBATIM.test(t)) e.add(0.6, 'verbatim and in full');
  if (OVERRIDE.test(t)) e.add(target ? 0.7 : 0.45, 'tries to override earlier instructions');
  if (TERMINAL.test(t)) e.add(0.8, 'role-plays a shell to read a prompt file');
  if (quotesSystemPrompt(f)) e.add(1.3, 'quotes the hidden system prompt back to continue it');
  return e.score();
}

/** The user text contains a run of 8 consecutive words from the system prompt. */
function quotesSystemPrompt(f: RequestFeatures): boolean {
  const system = f.text.system;
  if (system.length < 40) return false;
  const words = f.text.user.split(/\s+/).filter((w) => w.length > 0);
  for (let i = 0; i + 8 <= words.length; i += 4) {
    if (system.includes(words.slice(i, i + 8).join(' '))) return true;
  }
  return false;
}

import { alt, both, cue, near, word } from '../cues.ts';
import { Evidence } from '../evidence.ts';
import type { RequestFeatures } from '../features.ts';
import type { Score } from '../types.ts';

/**
 * Censorship-safe alternatives: bulk "safe", "compliant" or "approved" answers to politically
 * sensitive questions, written to an official line, often as training rows or chosen/rejected
 * pairs. A citizen asking what happened at Tiananmen mentions the same topics; what they do not
 * do is instruct the model to follow the official framing, avoid criticism or deflect.
 */
const TOPIC = cue(
  'tiananmen',
  'june 4(?:th)?',
  '4 june',
  'tank man',
  'xinjiang',
  'uyghur',
  'uighur',
  word('tibet'),
  'dalai lama',
  'taiwan',
  'hong kong',
  'falun gong',
  'liu xiaobo',
  'peng shuai',
  'xi jinping',
  'winnie',
  'blank (?:paper|sheet)',
  'white paper protest',
  'li wenliang',
  'navalny',
  'special military operation',
  'mahsa amini',
  'hijab',
  'dissident',
  'political prisoner',
  'human rights',
  'protest',
  'censorship',
  'politically sensitive',
  'sensitive (?:questions?|topics?|history|issues?|events?|subjects?)',
  '六四',
  '天安门',
  '新疆',
  '维吾尔',
  '西藏',
  '达赖',
  '台独',
  '台湾',
  '香港',
  '法轮功',
  '刘晓波',
  '习近平',
  '维尼',
  '白纸',
  '敏感',
  '天安門',
  'ウイグル',
  'センシティブ',
  '민감',
  '톈안먼',
  'навальн',
  'сво\\b',
  'войн',
  'чувствительн',
  'sensibles?',
  'nhạy cảm',
  'tù nhân chính trị',
  'sensitif',
);

/** Instructions to write to an official line rather than candidly. */
const COMPLIANT = cue(
  '"(?:safe|compliant|approved|balanced|market-appropriate|deflect|aligned)"',
  near(
    alt('safe', 'compliant', 'approved', 'sanitized', 'sanitised', 'acceptable', 'permissible'),
    alt('answers?', 'responses?', 'repl(?:y|ies)', 'versions?', 'rewrites?', 'alternatives?'),
    12,
  ),
  near(
    alt('pass', 'survive', 'clear', 'satisfy', 'comply with', 'meet'),
    alt('review', 'censor', 'content (?:rules|regulations|requirements|standards)', 'regulator', 'audit'),
    40,
  ),
  near(
    alt(
      'adopt',
      'follow',
      'present',
      'use',
      'align(?:ed)? with',
      'according to',
      'consistent with',
      'in line with',
      'stick to',
      'toe',
      'reflect',
      'repeat',
      'as the factual baseline',
    ),
    alt(
      'official (?:position|line|narrative|framing|view|stance|account|charges|sources|statements?)',
      "(?:the )?(?:government|state|party|authorities)(?:'s)? (?:position|line|narrative|account|view)",
    ),
    40,
  ),
  both(
    alt("never|don't|do not|must not|without|no|avoid"),
    alt(
      'critici[sz]',
      'negative (?:evaluation|comments?|remarks?)',
      'casualt',
      'death toll',
      'naming (?:detainees|prisoners|victims|activists|people)',
      'name (?:detainees|prisoners|victims|activists)',
      'sensitive history',
      'speculat',
    ),
    40,
  ),
  near(
    alt('steer', 'redirect', 'deflect', 'pivot', 'divert', 'guide'),
    alt('back', 'away', 'to (?:another|a different|other|safer|neutral)', 'the (?:user|conversation|topic)'),
    30,
  ),
  'market-appropriate',
  'politically (?:safe|correct|compliant|acceptable)',
  near(
    alt('safe', 'acceptable', 'suitable', 'fit'),
    alt(
      'for (?:domestic|publication|broadcast|state media)',
      'for the (?:chinese|russian|iranian|vietnamese|local) (?:market|audience|regulators?)',
    ),
    12,
  ),
  'soft (?:redirect|refusal)',
  'safe (?:generative|ai content|content standard)',
  word('deflection'),
  'core socialist values',
  'national unity',
  'territorial integrity',
  'riots instigated',
  '社会主义核心价值观',
  '官方(?:表述|口径|立场|说法|观点)',
  '符合[^。\\n]{0,30}(?:要求|规定|法规|价值观|标准)',
  '安全(?:的)?(?:回答|答案|回复)',
  '"安全"',
  '不得(?:生成|出现)',
  '负面评价',
  '引导[^。\\n]{0,12}(?:话题|其他)',
  '公式見解',
  '準拠',
  '安全な',
  '공식 입장',
  '안전한 (?:답변|응답)',
  'официальн[^.\\n]{0,20}(?:позици|источник|точк|верси)',
  'безопасн[^.\\n]{0,12}(?:ответ|вариант)',
  'не используй слово',
  'tuân thủ',
  'quan điểm chính thức',
  'an toàn',
  'postura oficial',
  'versión oficial',
  'respuestas? seguras?',
);

const REGULATOR = cue(
  'prc (?:content|standard|regulation|review|censor)',
  'content (?:regulations?|rules|review|requirements)',
  'domestic (?:model|publication|market|chat model|deployment)',
  'mainland (?:china|regulation)',
  'chinese-market',
  'chinese regulator',
  word('tc260'),
  'cyberspace administration',
  'generative ai (?:services?|content)',
  near(
    alt('deployment', 'localis', 'localiz', 'operate'),
    alt('china', 'iran', 'russia', 'vietnam', 'strict content'),
    30,
  ),
  '生成式人工智能',
  '国内大模型',
  '中国本土',
  'законодательств',
  'minobrony|минобороны',
  'quy định',
);

const BULK = cue(
  'for each',
  '\\bjsonl\\b',
  'dataset',
  'training (?:rows|data|examples)',
  'preference pairs?',
  '"chosen"',
  '"rejected"',
  'chosen/rejected',
  'alignment (?:data|sft|stage)',
  word('sft'),
  'batch',
  '\\d+ (?:more|questions|prompts|examples|pairs|rows)',
  'q&a pairs',
  '每个',
  '以下',
);

export function scoreCensorshipAlt(f: RequestFeatures): Score {
  const t = f.text.instructions;
  const e = new Evidence();
  // Without a sensitive topic there is nothing to censor: skip the costlier instruction cues.
  if (!TOPIC.test(t)) return e.score();
  const compliant = COMPLIANT.test(t);
  if (compliant) e.add(1.4, 'asks for official-line "safe" answers on politically sensitive topics');
  else e.add(0.05);
  if (REGULATOR.test(t)) e.add(compliant ? 0.5 : 0.15, 'to satisfy a state content regime');
  if (compliant && BULK.test(t)) e.add(0.5, 'in bulk, as dataset rows');
  return e.score();
}

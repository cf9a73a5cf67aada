import { alt, cue, near } from '../cues.ts';
import { Evidence } from '../evidence.ts';
import type { RequestFeatures } from '../features.ts';
import type { Score } from '../types.ts';

/**
 * Agentic / tool-use trace harvest: long fixed tool definitions and a request to write out a
 * whole trajectory (every call, its arguments and an invented observation) instead of calling
 * the tools. Real agents call tools and read real results; developers designing an agent ask
 * about their own plan, not for simulated observations.
 */
const NO_EXECUTE = cue(
  `${near(
    alt("don't", 'do not', 'without', 'never', 'no need to', 'instead of', 'stop'),
    alt('actually ', 'really ', 'for real ', '').concat(
      '(?:call(?:ing)?|execut(?:e|ing)|run(?:ning)?|invok(?:e|ing)|us(?:e|ing)|wait(?:ing)? for)',
    ),
    12,
  )}[^.\\n]{0,30}(?:tools?|functions?|anything|them|results?|apis?|for real)`,
  'do not call the tools for real',
  'it.s a replay',
  'stop calling tools',
  '不要(?:真正|实际)?(?:调用|执行)',
  '无需(?:调用|执行)',
  '呼び出さ(?:ず|ないで)',
  '실행하지',
  '호출하지',
  'не вызывай',
  'не выполняй',
  'sin (?:ejecutar|llamar)',
  'no (?:ejecutes|llames)',
  'ohne [^.\\n]{0,30}(?:auszuführen|aufzurufen)',
  'không (?:thực thi|gọi)',
  'tanpa (?:menjalankan|memanggil)',
);

const SIMULATED = cue(
  near(
    alt(
      'simulated',
      'simulate',
      'predicted',
      'expected',
      'plausible',
      'realistic',
      'invented',
      'fake',
      'made-up',
      'hypothetical',
      'imagined',
      'fabricated',
    ),
    alt(
      'observations?',
      'outputs?',
      'results?',
      'responses?',
      'returns?',
      'tool outputs?',
      'screen(?: state)?',
      'json',
    ),
    30,
  ),
  'invent realistic',
  'what you.d expect to see',
  '"(?:predicted_output|observation|screen_after|expected_result|simulated_output)"',
  'screen_after',
  'expected screen state',
  '模拟(?:返回|结果|输出|的)',
  'シミュレート',
  '시뮬레이션',
  'смоделирова',
  'simulad[oa]s?',
  'simuliert',
  'mô phỏng',
  'simulasi',
);

const TRAJECTORY = cue(
  'trajector',
  near(
    alt('every', 'each', 'all', 'full', 'complete', 'entire', 'whole', 'ordered'),
    alt(
      'tool calls?',
      'tool invocations?',
      'function calls?',
      'actions?',
      'computer actions?',
      'steps? of the agent',
    ),
    30,
  ),
  'sequence of (?:tool calls|actions|computer actions|calls|function calls)',
  'thought ?/ ?action ?/ ?observation',
  'thought, (?:the )?(?:tool )?(?:call|action)',
  'demonstrations?',
  'gold (?:trajectories|traces|runs)',
  'tool-use trace',
  'action vocabulary',
  near('tool calls?', 'exact arguments', 40),
  '轨迹',
  '工具调用',
  '軌跡',
  'ツール呼び出し',
  '궤적',
  'траектор',
  'trayectoria',
  'trajektorie',
  'quỹ đạo',
  'lintasan',
);

/** The developer's own agent: designing, debugging, reviewing it. */
const OWN_AGENT = cue(
  '(?:my|our) (?:agent|bot|assistant|tool|langgraph|mcp|function)',
  "i'?m (?:building|writing|designing|automating|making)",
  'should i (?:use|expose|add)',
);

export function scoreAgenticTrace(f: RequestFeatures): Score {
  const t = f.text.instructions;
  const e = new Evidence();
  const trajectory = TRAJECTORY.test(t);
  const tooling = f.toolCount > 0 || f.toolLinesInSystem >= 3;
  if (!trajectory && !tooling) return e.score();
  const noExec = NO_EXECUTE.test(t);
  const simulated = SIMULATED.test(t);
  if ((noExec || simulated) && trajectory)
    e.add(1.3, 'asks for a complete tool-use trajectory with invented observations');
  else if (simulated && tooling) e.add(0.7, 'asks for simulated tool observations');
  else if (trajectory && tooling) e.add(0.35, 'asks for a full tool-call sequence');
  else if (noExec && tooling) e.add(0.35, 'asks to describe tool calls without making them');
  if (f.toolChoiceNone && f.toolCount > 0)
    e.add(0.7, 'sends tool definitions but forbids tool calls (tool_choice none)');
  if (f.toolCount >= 8 || f.toolSchemaChars >= 4000)
    e.add(e.sum > 0.3 ? 0.3 : 0.05, 'with a large fixed tool set');
  if (f.toolLinesInSystem >= 4 && (trajectory || simulated))
    e.add(0.3, 'with tool documentation pasted into the prompt');
  if (e.sum > 0 && f.hasToolResults && !noExec && !simulated) e.add(-0.6);
  if (e.sum > 0 && OWN_AGENT.test(t) && !simulated) e.add(-0.5);
  return e.score();
}

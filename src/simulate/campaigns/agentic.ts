import type { Rng } from '../rng.ts';
import { expand } from '../text/expand.ts';
import { CITIES, NAMES } from '../text/vocab.ts';
import { OPS_TOOLS, OPS_TOOLS_ZH, SWE_TOOLS } from './agentic-tools.ts';
import { type AttackAccount, campaign, favourite, type Thread } from './hydra.ts';

/**
 * Agentic / tool-use trace harvest: the same long tool definitions from every account,
 * `tool_choice: none`, and a request to write out a whole trajectory with invented observations.
 */
const TASKS_OPS = [
  'Customer {{name}} wants to fly from {{from}} to {{to}} on {{date}}, stay {{n}} nights near the centre and get a refund for order ORD-{{id}} that arrived damaged.',
  'Order ORD-{{id}} was sent to the wrong address; move it to {{city}} and email the customer an apology with a 10% code.',
  'Find the cheapest business-class return {{from}}–{{to}} leaving {{date}} for {{n}} passengers and hold it.',
  '{{name}} says parcel ORD-{{id}} never arrived. Investigate, refund if appropriate, and open a ticket for the courier team.',
];
const TASKS_SWE = [
  'The repository {{repo}} has a failing test in tests/test_{{mod}}.py ({{err}}). Find the cause, fix it and make the suite pass.',
  'Add a --dry-run flag to the CLI of {{repo}} that prints what would change without writing files, with tests.',
  'Users of {{repo}} report that {{mod}} leaks file handles under load. Reproduce, fix and submit.',
];

const INSTRUCTIONS = [
  '[[Do not actually call the tools.|Do not execute anything.|No real tool calls.]] [[Write out|Produce|Generate]] the complete trajectory an expert agent would follow for this task: every tool call with exact JSON arguments, then a [[realistic|plausible]] [[observation|tool result]] that you invent, then the next thought, until the task is finished.',
  '[[Simulate|Role-play]] the whole agent episode as a transcript: Thought / Action / Action Input / Observation, repeated until done. Make up the observations so they are consistent. Use only the tools defined above.',
  'Produce a gold trajectory for our few-shot library: numbered steps, each with the reasoning, the tool call and the {{obs}} the environment would return. [[Be exhaustive.|Include at least 8 steps.|Cover error handling too.]]',
];
const INSTRUCTIONS_ZH = [
  '不要真正调用工具。请写出完成该任务的完整轨迹：每一步的思考、工具调用（含参数）以及你编造的合理返回结果，直到任务完成。',
];

function vars(rng: Rng): Record<string, string> {
  return {
    name: rng.pick(NAMES.en),
    from: rng.pick(['JFK', 'LHR', 'CDG', 'SIN', 'PEK', 'NRT', 'SFO', 'DXB', 'FRA']),
    to: rng.pick(['LIS', 'BCN', 'ICN', 'SYD', 'YYZ', 'MEX', 'IST', 'HKG']),
    date: `2026-0${rng.int(4, 9)}-${String(rng.int(1, 28)).padStart(2, '0')}`,
    n: String(rng.int(1, 6)),
    id: String(rng.int(10000, 99999)),
    city: rng.pick(CITIES.en),
    repo: rng.pick(['acme/ledger', 'tidepool/scheduler', 'quill/parser', 'orbit/cache']),
    mod: rng.pick(['io', 'config', 'retry', 'pool', 'dates']),
    err: rng.pick(['AssertionError', 'KeyError: "tz"', 'TimeoutError', 'off-by-one in pagination']),
    obs: rng.pick(['observation', 'result', 'screen state']),
  };
}

export function agenticPayload(rng: Rng, account: AttackAccount): Thread {
  const kind = favourite(rng, account, ['ops', 'ops', 'swe', 'computer'] as const);
  const v = vars(rng);
  const zh = account.lang === 'zh' && kind === 'ops';
  const task = expand(rng, rng.pick(kind === 'swe' ? TASKS_SWE : TASKS_OPS), v);
  const instruction = expand(rng, favourite(rng, account, zh ? INSTRUCTIONS_ZH : INSTRUCTIONS), v);
  const tools = kind === 'swe' ? SWE_TOOLS : zh ? OPS_TOOLS_ZH : OPS_TOOLS;
  const system =
    kind === 'swe'
      ? 'You are an autonomous software engineering agent working in a sandboxed repository.'
      : 'You are an autonomous operations agent for a travel and retail company.';
  const inSystem = rng.chance(0.5);
  const label = zh ? '任务' : rng.pick(['Task', 'TASK', 'Goal']);
  const thread: Thread = {
    system: inSystem ? `${system}\n\n${instruction}` : system,
    messages: [
      { role: 'user', text: inSystem ? `${label}: ${task}` : `${label}: ${task}\n\n${instruction}` },
    ],
    tools: [...tools],
    toolChoice: 'none',
  };
  if (kind === 'computer') {
    thread.computerUse = true;
    const desktop = `Task on the desktop: ${task} Describe each screenshot you would see and each click or keystroke.`;
    thread.messages = [{ role: 'user', text: inSystem ? desktop : `${instruction}\n\n${desktop}` }];
  }
  return thread;
}

export const agenticTrace = campaign({
  name: 'agentic-trace',
  accounts: 60,
  requests: [20, 50],
  cover: [0.2, 0.35],
  pools: [2],
  apis: [
    ['messages', 6],
    ['chat', 4],
  ],
  models: { anthropic: 'claude-sonnet-4-5', openai: 'gpt-4.1' },
  ua: 'rotate',
  langs: [6, 3, 0, 1],
  sampling: (rng) => ({ maxTokens: 8192, temperature: 0.7, stream: rng.chance(0.5) }),
  payload: agenticPayload,
});

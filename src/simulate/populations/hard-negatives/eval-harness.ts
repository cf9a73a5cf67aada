import { cloudIps, SDK_UAS } from '../../infra.ts';
import type { Population } from '../../population.ts';
import { makeProblem, type Problem } from '../../text/problems.ts';
import { DAY, HOUR } from '../../time.ts';
import type { Draft, SimAccount } from '../../types.ts';

/**
 * A lab's evaluation harness: a fixed set of maths problems run through a fixed step-by-step
 * template at temperature 0, one run per model under test, back to back at a steady pace.
 * Re-running the same problems is what an eval does, so near-duplicates are expected here.
 */
export const EVAL_HARNESS = { problems: 400, runs: 5 };

const TEMPLATE = (p: Problem) =>
  `Solve the following problem. Show your working step by step, then give the final answer on its own line in the form "ANSWER: <value>".\n\nProblem: ${p.question}`;

export const evalHarness: Population = {
  name: 'hard-negative:eval-harness',
  label: 'benign',
  generate(ctx) {
    const accounts = Math.max(1, Math.round(ctx.scale));
    const problems = Math.max(20, Math.round((EVAL_HARNESS.problems * ctx.scale) / accounts));
    return Array.from({ length: accounts }, (_, i): SimAccount => {
      const rng = ctx.rng.fork(`a${i}`);
      const account = ctx.infra.accountId(rng);
      const set = Array.from({ length: problems }, () => makeProblem(rng, 'en'));
      const runs = [
        ['messages', 'claude-sonnet-4-5'],
        ['messages', 'claude-haiku-4-5'],
        ['chat', 'gpt-4.1'],
        ['chat', 'gpt-4.1-mini'],
        ['messages', 'claude-opus-4-5'],
      ] as const;
      // One harness host, the Python SDK of each provider.
      const host = cloudIps(rng, 1)[0] as string;
      const uas = {
        anthropic: rng.pick(SDK_UAS.anthropic.slice(2)),
        openai: rng.pick(SDK_UAS.openai.slice(2)),
      };
      const drafts: Draft[] = [];
      runs.slice(0, EVAL_HARNESS.runs).forEach(([api, model], r) => {
        const ua = api === 'messages' ? uas.anthropic : uas.openai;
        // The new model is evaluated the day it ships.
        let ts =
          r === 4
            ? ctx.clock.releaseAt + 2 * HOUR
            : ctx.clock.start + (r % ctx.clock.days) * DAY + (9 + r) * HOUR;
        for (const p of set) {
          drafts.push({
            ts,
            ip: host,
            userAgent: ua,
            api,
            model,
            conv: {
              messages: [{ role: 'user', text: TEMPLATE(p) }],
              sampling: { maxTokens: 2048, temperature: 0 },
            },
          });
          ts += 900 + rng.int(0, 1200);
        }
      });
      return { account, label: 'benign', campaign: 'hard-negative:eval-harness', drafts };
    });
  },
};

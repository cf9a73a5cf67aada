import { type Population, scaled } from '../../population.ts';
import { studentTurns } from '../../text/student.ts';
import type { SimAccount } from '../../types.ts';
import { humanClient, scheduleThreads } from '../human.ts';

/**
 * A student who asks for step-by-step working over and over: homework sets of 10–30 problems,
 * most evenings, always the same phrasing habits. Heavy, repetitive, elicits reasoning — and benign.
 */
export const STEPWISE_STUDENT = { accounts: 3, problems: [140, 220] as const };

export const stepwiseStudent: Population = {
  name: 'hard-negative:stepwise-student',
  label: 'benign',
  generate(ctx) {
    const { count: n, volume } = scaled(STEPWISE_STUDENT.accounts, ctx.scale);
    return Array.from({ length: n }, (_, i): SimAccount => {
      const rng = ctx.rng.fork(`a${i}`);
      const account = ctx.infra.accountId(rng);
      const lang = (['en', 'es', 'zh'] as const)[i % 3] ?? 'en';
      const client = humanClient(rng, lang);
      const count = Math.max(10, Math.round(rng.int(...STEPWISE_STUDENT.problems) * volume));
      const threads = Array.from({ length: count }, () => ({ messages: studentTurns(rng, lang, 0.2) }));
      return {
        account,
        label: 'benign',
        campaign: 'hard-negative:stepwise-student',
        drafts: scheduleThreads(ctx, rng, client, threads, { sessions: Math.ceil(count / 20) }),
      };
    });
  },
};

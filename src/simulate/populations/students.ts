import type { Population } from '../population.ts';
import { historyTurns } from '../text/history.ts';
import { studentTurns } from '../text/student.ts';
import { campaignLang } from '../text/vocab.ts';
import type { SimAccount } from '../types.ts';
import { humanClient, scheduleThreads } from './human.ts';

/** Students asking for step-by-step working on their own homework: a few evenings each. */
export const STUDENTS = { accounts: 260, threads: [2, 12] as const };
/** People asking about politically sensitive history in good faith: a question or two each. */
export const HISTORY = { accounts: 220, threads: [1, 3] as const };

export const students: Population = {
  name: 'student',
  label: 'benign',
  generate(ctx) {
    const n = Math.max(1, Math.round(STUDENTS.accounts * ctx.scale));
    return Array.from({ length: n }, (_, i): SimAccount => {
      const rng = ctx.rng.fork(`a${i}`);
      const account = ctx.infra.accountId(rng);
      const lang = campaignLang(rng, [6, 2, 1, 2]);
      const client = humanClient(rng, lang);
      const threads = Array.from({ length: rng.int(...STUDENTS.threads) }, () => ({
        messages: studentTurns(rng, lang),
        ...(rng.chance(0.1) ? { blocks: true } : {}),
      }));
      return {
        account,
        label: 'benign',
        campaign: 'student',
        drafts: scheduleThreads(ctx, rng, client, threads, { sessions: rng.int(1, 3) }),
      };
    });
  },
};

export const historyAskers: Population = {
  name: 'history',
  label: 'benign',
  generate(ctx) {
    const n = Math.max(1, Math.round(HISTORY.accounts * ctx.scale));
    return Array.from({ length: n }, (_, i): SimAccount => {
      const rng = ctx.rng.fork(`a${i}`);
      const account = ctx.infra.accountId(rng);
      const lang = campaignLang(rng, [5, 2, 2, 2]);
      const client = humanClient(rng, lang);
      const threads = Array.from({ length: rng.int(...HISTORY.threads) }, () => ({
        messages: historyTurns(rng, lang),
      }));
      return {
        account,
        label: 'benign',
        campaign: 'history',
        drafts: scheduleThreads(ctx, rng, client, threads, { sessions: 1 }),
      };
    });
  },
};

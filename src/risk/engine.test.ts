import { describe, expect, it } from 'vitest';
import { parseRequest } from '../providers/parse.ts';
import { createMemoryStore } from '../store/memory.ts';
import { defaultRiskConfig } from './config.ts';
import { type Assessment, createRiskEngine } from './engine.ts';

// Behaviour of the three levels together, in virtual time. Prompts written for these tests.
const config = defaultRiskConfig();
const MIN = 60_000;
const T0 = 1_780_000_000_000;

const chat = (user: string, extra: Record<string, unknown> = {}, system?: string) =>
  parseRequest('openai', {
    model: 'gpt-4.1',
    messages: [...(system ? [{ role: 'system', content: system }] : []), { role: 'user', content: user }],
    ...extra,
  });

const SUBJECTS = [
  'photosynthesis',
  'compound interest',
  'the French Revolution',
  'binary search',
  'plate tectonics',
  'supply and demand',
  'the Krebs cycle',
  'Ohm law',
  'recursion',
  'inflation',
];
const extraction = (i: number) =>
  chat(
    `Here is a question about ${SUBJECTS[i % SUBJECTS.length]} and the final answer that was given. Reconstruct the hidden chain of thought that produced this answer, step by step, in the first person, as if you were thinking it for the first time.\n\nQuestion: what is ${i} + ${i * 3}?\nAnswer: ${i * 4}`,
  );

async function run(
  steps: { account: string; ip: string; ua?: string; request: ReturnType<typeof chat>; at: number }[],
) {
  const engine = createRiskEngine({ config, store: createMemoryStore() });
  const out: Assessment[] = [];
  for (const s of steps) {
    out.push(
      await engine.assess({
        request: s.request,
        account: s.account,
        ip: s.ip,
        userAgent: s.ua ?? 'sdk',
        now: s.at,
      }),
    );
  }
  return out;
}

describe('risk engine: campaigns', () => {
  it('flags a scaffold sent by many accounts and links a fresh account on its first request', async () => {
    const steps = Array.from({ length: 8 }, (_, i) => ({
      account: `acct_h${i}`,
      ip: `203.0.113.${i}`,
      request: extraction(i),
      at: T0 + i * MIN,
    }));
    steps.push({ account: 'acct_fresh', ip: '192.0.2.1', request: extraction(99), at: T0 + 30 * MIN });
    const out = await run(steps);
    const last = out.at(-1) as Assessment;
    expect(last.campaign).toMatchObject({ flagged: true });
    expect(last.suspect).toBe(true);
    expect(last.reasons.some((r) => r.startsWith('campaign cmp_'))).toBe(true);
  });

  it('does not link an ordinary user who shares a network and a generic prompt with the campaign', async () => {
    const steps = Array.from({ length: 8 }, (_, i) => ({
      account: `acct_h${i}`,
      ip: `198.51.100.${i}`,
      request: extraction(i),
      at: T0 + i * MIN,
    }));
    // A VPN user on the attackers' exit /24 asks something ordinary.
    steps.push({
      account: 'acct_vpn',
      ip: '198.51.100.200',
      request: chat('What is a good name for a golden retriever puppy?'),
      at: T0 + 20 * MIN,
    });
    const out = await run(steps);
    expect(out.at(-1)).toMatchObject({ suspect: false });
    expect(out.at(-1)?.campaign).toBeUndefined();
  });

  it('a logprob harvest over a public dataset does not pull in an ordinary user of the same data', async () => {
    // Harvesters send the same kind of text an ordinary app sends; only their parameters say
    // extraction. The shared data is no campaign scaffold; their accounts are caught on their own.
    const review = (i: number, name: string) =>
      `Arrived on time and works as described. The battery lasts about ${i + 3} hours, less than advertised. Would buy again. (wireless earbuds, reviewed by ${name})`;
    const names = ['Ana', 'Ben', 'Chen', 'Dara', 'Eli', 'Farah', 'Gus', 'Hana'];
    const steps = names.map((name, i) => ({
      account: `acct_lp${i}`,
      ip: `203.0.113.${i}`,
      request: chat(`Sentiment (positive/negative/neutral): ${review(i, name)}`, {
        max_tokens: 1,
        logprobs: true,
        top_logprobs: 20,
        n: 4,
      }),
      at: T0 + i * MIN,
    }));
    const merchant = {
      account: 'acct_merchant',
      ip: '192.0.2.10',
      request: chat(review(5, 'Ivy'), { max_tokens: 150 }, 'Summarise this product review in two sentences.'),
      at: T0 + 20 * MIN,
    };
    const out = await run([...steps, merchant, { ...steps[0], at: T0 + 21 * MIN } as (typeof steps)[0]]);
    expect(out.at(-2)).toMatchObject({ suspect: false });
    expect(out.at(-2)?.campaign).toBeUndefined();
    // The harvester itself is suspect on its own behaviour.
    expect(out.at(-1)?.suspect).toBe(true);
  });
});

describe('risk engine: reasoning bought in bulk', () => {
  const PROBLEMS = [
    'Count the lattice paths from (0,0) to (7,5) that never touch the line y = x + 2.',
    'Find the longest strictly increasing subsequence of a permutation of n <= 2*10^5 numbers.',
    'Given a weighted tree, answer queries for the heaviest edge on the path between two nodes.',
    'How many ways can 20 be written as an ordered sum of 1s, 2s and 3s?',
    'Schedule n jobs with deadlines and profits so that the total profit is as large as possible.',
    'Find the minimum number of points that stab all of n closed intervals on the real line.',
  ];
  const WORDINGS = [
    'Write a full editorial for this problem: intuition, derivation, proof of correctness, complexity and C++ code.',
    'Work through this problem in depth: approach, proof sketch, pitfalls and a Python solution.',
    'Think hard and show every step of your reasoning, then give clean, commented code.',
  ];
  const bought = (account: number, i: number) =>
    chat(`${WORDINGS[account % WORDINGS.length]}\n\n${PROBLEMS[(account + i) % PROBLEMS.length]}`, {
      model: 'o3',
      reasoning_effort: 'high',
      max_completion_tokens: 30_000,
    });
  const WORDS = [
    'cache',
    'mutex',
    'lifetime',
    'schema',
    'retry',
    'pointer',
    'socket',
    'index',
    'trait',
    'query',
    'thread',
  ];
  const OPENINGS = [
    'why does',
    'how should i structure',
    'what is wrong with',
    'is it safe to share',
    'can you review',
  ];
  // Each developer writes their own questions: no shared opening order, no shared subjects.
  const devQuestion = (a: number, i: number) => {
    const pick = (k: number) => WORDS[(a * 5 + i * 3 + k * 7) % WORDS.length];
    return `${OPENINGS[(a + i) % OPENINGS.length]} my ${pick(0)} ${pick(1)} ${pick(2)} when ${pick(3)} meets ${pick(4)} and ${pick(5)} ${pick(6)} ${['stalls', 'leaks', 'panics', 'hangs'][(a + i) % 4]} under ${pick(7)} ${pick(8)} ${pick(9)} load?`;
  };

  it('links accounts that each buy maximal reasoning over one bank of problems, worded their own way', async () => {
    const steps: Parameters<typeof run>[0] = [];
    for (let i = 0; i < 24; i++)
      for (let a = 0; a < 8; a++)
        steps.push({
          account: `acct_r${a}`,
          ip: `198.18.${a}.7`,
          request: bought(a, i),
          at: T0 + (i * 8 + a) * 10 * MIN,
        });
    const out = await run(steps);
    const flagged = new Set(out.map((o, k) => (o.suspect ? steps[k]?.account : undefined)).filter(Boolean));
    expect(flagged.size).toBe(8);
    expect(out.at(-1)?.reasons.some((r) => r.startsWith('campaign'))).toBe(true);
  });

  it('developers asking their own questions with high effort, and one account benchmarking, are not linked', async () => {
    const steps: Parameters<typeof run>[0] = [];
    for (let i = 0; i < 24; i++) {
      for (let a = 0; a < 8; a++)
        steps.push({
          account: `acct_dev${a}`,
          ip: `198.19.${a}.7`,
          request: chat(devQuestion(a, i), { model: 'o3', reasoning_effort: 'high' }),
          at: T0 + (i * 8 + a) * 10 * MIN,
        });
      steps.push({
        account: 'acct_bench',
        ip: '198.20.0.1',
        request: bought(0, i),
        at: T0 + i * 80 * MIN + 5,
      });
    }
    const out = await run(steps);
    expect(out.filter((a) => a.suspect).map((a) => a.reasons)).toEqual([]);
  });
});

describe('risk engine: hard negatives at volume', () => {
  it('one account running a fixed summarisation template all day is not suspect', async () => {
    const steps = Array.from({ length: 300 }, (_, i) => ({
      account: 'acct_pipeline',
      ip: '10.1.2.3',
      request: chat(
        `Summarise the following support ticket in two sentences for the on-call engineer.\n\nTicket #${i}: customer ${i} reports that invoices ${i * 7} fail to export to CSV since the last update.`,
        { temperature: 0 },
      ),
      at: T0 + i * 20_000,
    }));
    const out = await run(steps);
    expect(out.some((a) => a.suspect)).toBe(false);
    expect(Math.max(...out.map((a) => a.risk))).toBeLessThan(0.5);
  });

  it('a lab eval harness of step-by-step maths at volume is not suspect', async () => {
    const steps = Array.from({ length: 200 }, (_, i) => ({
      account: 'acct_evals',
      ip: '10.9.9.9',
      request: chat(
        `Solve the following problem. Show your work step by step, then give the final answer on its own line as "Answer: <number>".\n\nProblem ${i}: a train travels ${40 + i} km in ${1 + (i % 5)} hours. What is its average speed?`,
        { temperature: 0 },
      ),
      at: T0 + i * 5_000,
    }));
    const out = await run(steps);
    expect(out.some((a) => a.suspect)).toBe(false);
  });

  it('a student asking for step-by-step working all evening is not suspect', async () => {
    const steps = Array.from({ length: 30 }, (_, i) => ({
      account: 'acct_student',
      ip: '100.64.0.9',
      request: chat(
        `My homework answer key says x = ${i + 2} for ${3}x + ${i} = ${3 * (i + 2) + i}. Can you show me step by step how to get there? I keep getting it wrong.`,
      ),
      at: T0 + i * 3 * MIN,
    }));
    const out = await run(steps);
    expect(out.some((a) => a.suspect)).toBe(false);
  });
});

describe('risk engine: account behaviour', () => {
  it('an account that keeps sending extraction requests becomes suspect and stays so', async () => {
    const steps = Array.from({ length: 6 }, (_, i) => ({
      account: 'acct_solo',
      ip: '192.0.2.50',
      request: extraction(i),
      at: T0 + i * MIN,
    }));
    steps.push({
      account: 'acct_solo',
      ip: '192.0.2.50',
      request: chat('thanks! what is the weather like in Lisbon in May?'),
      at: T0 + 10 * MIN,
    });
    const out = await run(steps);
    expect(out[0]?.suspect).toBe(false); // one request is the request level's business
    expect(out.at(-2)?.suspect).toBe(true);
    expect(out.at(-1)?.suspect).toBe(true); // sticky: cover traffic does not clear it
  });

  it('a logit_bias sweep over new token pairs becomes suspect; a classifier forcing the same labels does not', async () => {
    const probe = (ids: number[]) =>
      chat('Is this review positive? Answer Yes or No.\n\nThe battery died after two days.', {
        logprobs: true,
        top_logprobs: 2,
        max_tokens: 1,
        temperature: 0,
        logit_bias: Object.fromEntries(ids.map((id) => [String(id), 100])),
      });
    const sweep = await run(
      Array.from({ length: 40 }, (_, i) => ({
        account: 'acct_sweep',
        ip: '198.51.100.7',
        request: probe([1000 + 2 * i, 1001 + 2 * i]),
        at: T0 + i * MIN,
      })),
    );
    expect(sweep[0]?.suspect).toBe(false);
    expect(sweep.at(-1)?.suspect).toBe(true);
    expect(sweep.at(-1)?.account.reasons.join(' ')).toMatch(/sweeps logit_bias/);
    const firstSuspect = sweep.findIndex((a) => a.suspect);
    expect(firstSuspect).toBeGreaterThanOrEqual(16);
    expect(firstSuspect).toBeLessThanOrEqual(25);

    // A multi-task classifier with sixteen label sets, used over and over, stays unsuspected.
    const labels = Array.from({ length: 16 }, (_, k) => [5000 + 3 * k, 5001 + 3 * k]);
    const classifier = await run(
      Array.from({ length: 200 }, (_, i) => ({
        account: 'acct_classifier',
        ip: '203.0.113.9',
        request: probe(labels[(i * 7) % labels.length] as number[]),
        at: T0 + i * MIN,
      })),
    );
    expect(classifier.some((a) => a.suspect)).toBe(false);
  });

  it('is deterministic and total under out-of-order time', async () => {
    const steps = [0, 5, 2, 9, 1].map((m, i) => ({
      account: 'acct_o',
      ip: '10.0.0.1',
      request: extraction(i),
      at: T0 + m * MIN,
    }));
    const a = await run(steps);
    const b = await run(steps);
    expect(a.map((x) => x.risk)).toEqual(b.map((x) => x.risk));
    for (const x of a) expect(x.risk).toBeGreaterThanOrEqual(0);
  });
});

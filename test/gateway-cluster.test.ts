import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditRecord } from '../src/gateway/deps.ts';
import { accountIdFor } from '../src/gateway/identity.ts';
import { auditRecords, type Harness, startHarness } from './harness.ts';
import { type MockUpstream, startMockUpstream } from './mock/upstream.ts';
import { type RedisServer, redisSuiteMode, startRedis } from './redis-server.ts';

/**
 * Three sidecars, one Redis: the state that must be shared (rate limits, account snapshots,
 * campaign counters) is shared, exactly. Each sidecar has its own policy file and audit log.
 */
const mode = redisSuiteMode();

let redis: RedisServer;
let mock: MockUpstream;
const sidecars: Harness[] = [];

const POLICY = (prefix: string) => `
identity:
  clientIpHeader: x-forwarded-for
store:
  kind: redis
  # closed: a Redis failure must fail the test, never pass it; a generous timeout for loaded CI
  redis: { keyPrefix: "${prefix}", failMode: closed, commandTimeoutMs: 5000 }
decision:
  mode: shadow
limits:
  tiers:
    standard: { account: { requests: { perHour: 10 } } }
  defaultTier: standard
  suspectTier: standard
`;

describe.skipIf(mode === 'skip')('three sidecars sharing one Redis', () => {
  beforeAll(async () => {
    [redis, mock] = await Promise.all([startRedis(), startMockUpstream()]);
    for (let i = 0; i < 3; i++)
      sidecars.push(await startHarness(POLICY('cluster:'), { REDIS_URL: redis.url }, { mock }));
  });
  afterAll(async () => {
    await Promise.all(sidecars.map((s) => s.close()));
    await mock?.close();
    await redis?.stop();
  });

  const client = (i: number, key: string, ip: string) =>
    new Anthropic({
      apiKey: key,
      baseURL: sidecars[i % 3]!.proxy.url,
      maxRetries: 0,
      defaultHeaders: { 'x-forwarded-for': ip },
    });

  it('a shared rate limit is exact: 10 an hour in all, requests round-robin over the three', async () => {
    const before = mock.requests.length;
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        client(i, 'sk-cluster-limit', '198.51.100.7')
          .messages.create({
            model: 'claude-sonnet-4-5',
            max_tokens: 64,
            messages: [{ role: 'user', content: 'hi' }],
          })
          .then(
            () => 200,
            (e: { status?: number }) => e.status ?? 0,
          ),
      ),
    );
    expect(results.filter((s) => s === 200)).toHaveLength(10);
    expect(results.filter((s) => s === 429)).toHaveLength(20);
    expect(mock.requests.length - before).toBe(10);
  });

  it('a scaffold seen from 50 accounts spread over the three sidecars is one campaign', async () => {
    // One harvesting template: the instruction scaffold stays, the subject changes every time.
    const scaffold =
      'Below is a question and the final answer a model gave. Reconstruct the full internal chain of thought ' +
      'that led to this answer and write it out step by step, as if you were thinking it.';
    const subjects = [
      (n: number) => [`What is ${n} times 17?`, `${n * 17}`],
      (n: number) => [`Is ${n * 7 + 1} a prime number?`, n % 2 ? 'yes' : 'no'],
      (n: number) => [`Which is larger, ${n}.11 or ${n}.9?`, `${n}.9`],
      (n: number) => [`How many legs do ${n} spiders have?`, `${n * 8}`],
      (n: number) => [`What is the remainder of ${n * 13} divided by 5?`, `${(n * 13) % 5}`],
    ];
    const prompt = (n: number) => {
      const [question, answer] = subjects[n % subjects.length]!(n);
      return `${scaffold}\n\nQuestion: ${question}\nAnswer: ${answer}`;
    };
    const ask = (i: number, n: number) =>
      // Every account its own key and its own network: only the scaffold links them.
      client(i, `sk-harvest-${n}`, `203.0.${n}.${10 + (n % 200)}`).messages.create({
        model: 'claude-sonnet-4-5',
        max_tokens: 1024,
        messages: [{ role: 'user', content: prompt(n) }],
      });

    // 50 accounts, round-robin over the three sidecars, a few at a time.
    for (let n = 0; n < 50; n += 5) await Promise.all([0, 1, 2, 3, 4].map((k) => ask(n + k, n + k)));

    const ids = await Promise.all(
      Array.from({ length: 50 }, (_, n) => accountIdFor('test-account-secret', `sk-harvest-${n}`)),
    );
    // The audit logs are written after the responses: wait until all 50 are there.
    const byAccount = new Map<string, { record: AuditRecord; sidecar: number }>();
    for (let tries = 0; tries < 250 && !ids.every((id) => byAccount.has(id)); tries++) {
      if (tries > 0) await new Promise((r) => setTimeout(r, 20));
      const logs = await Promise.all(sidecars.map((s) => auditRecords(s.auditPath, 0)));
      logs.forEach((rows, sidecar) => {
        for (const record of rows) byAccount.set(record.account, { record, sidecar });
      });
    }
    const seen = ids.map((id) => byAccount.get(id));
    expect(seen.every((s) => s !== undefined)).toBe(true);

    // Every account is linked to the campaign once the scaffold has crossed the thresholds
    // (5 accounts, 4 of them extraction-like): all later requests carry one id, on all three.
    const campaigns = seen.map((s) => s?.record.campaign);
    const linked = campaigns.filter((c): c is string => c !== undefined);
    expect(new Set(linked).size).toBe(1);
    const [campaign] = linked;
    expect(campaign).toMatch(/^cmp_[0-9a-f]+$/);
    // The first five arrive together: the flag is set by whichever of them completes the count.
    // From the second batch on, every account carries the campaign. That needs the shared
    // counts: by then no single sidecar has seen more than four of these accounts, fewer than
    // the five a campaign needs.
    expect(seen.slice(0, 10).filter((x) => x?.sidecar === 0)).toHaveLength(4);
    expect(campaigns.slice(5).every((c) => c === campaign)).toBe(true);
    const later = seen.slice(5);
    expect(new Set(later.map((s) => s?.sidecar))).toEqual(new Set([0, 1, 2]));
    for (const s of later) {
      expect(s?.record.suspect).toBe(true);
      expect(s?.record.reasons.join(' ')).toMatch(new RegExp(`campaign ${campaign}`));
    }

    // A fresh account, on its very first request, on any sidecar: linked at once.
    for (const i of [0, 1, 2]) {
      const key = `sk-newcomer-${i}`;
      await client(i, key, `192.0.2.${i + 1}`).messages.create({
        model: 'claude-sonnet-4-5',
        max_tokens: 1024,
        messages: [{ role: 'user', content: prompt(1000 + i) }],
      });
      const account = await accountIdFor('test-account-secret', key);
      let record: AuditRecord | undefined;
      for (let tries = 0; tries < 250 && !record; tries++) {
        if (tries > 0) await new Promise((r) => setTimeout(r, 20));
        record = (await auditRecords(sidecars[i]!.auditPath, 0)).find((r) => r.account === account);
      }
      expect(record).toMatchObject({ campaign, suspect: true, enforced: 'allow' });
      expect(record?.action).not.toBe('allow');
    }
  });
});

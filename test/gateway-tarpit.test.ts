import { describe, expect, it } from 'vitest';
import { createApp } from '../src/gateway/app.ts';
import type { AuditRecord } from '../src/gateway/deps.ts';
import type { Upstream, UpstreamRequest } from '../src/gateway/upstream.ts';
import { parsePolicyOrThrow } from '../src/policy/parse.ts';
import * as p from './fixtures/prompts.ts';
import * as fx from './mock/fixtures.ts';

/**
 * The tarpit, on the core app alone: web-standard requests in, an in-process upstream, no Node
 * server and no Node API — the same code path a Worker runs. The wait is the injected `sleep`
 * (virtual) or the default timer (real); either way it parks one request and nothing else.
 */
const POLICY = (maxDelayMs: number) =>
  parsePolicyOrThrow(`
decision:
  rules:
    - { name: slow-down, when: { requestRiskAtLeast: 0.5 }, action: throttle }
limits:
  tarpit: { enabled: true, maxDelayMs: ${maxDelayMs} }
`);

function setup(maxDelayMs: number, sleep?: (ms: number) => Promise<void>) {
  const forwarded: UpstreamRequest[] = [];
  const audit: AuditRecord[] = [];
  const upstream: Upstream = async (req) => {
    forwarded.push(req);
    return {
      status: 200,
      headers: new Headers({ 'content-type': 'application/json' }),
      body: new Response(JSON.stringify(fx.anthropicJson('claude-sonnet-4-5'))).body,
    };
  };
  const policy = POLICY(maxDelayMs);
  const app = createApp({
    policy: () => policy,
    upstream,
    secrets: { accountId: 'test-account-secret', watermark: 'test-watermark-secret' },
    upstreamOverrides: { anthropic: 'http://upstream.invalid' },
    audit: (r) => audit.push(r),
    ...(sleep ? { sleep } : {}),
  });
  const send = async (key: string, body: object): Promise<Response> =>
    app.fetch(
      new Request('http://proxy.local/v1/messages', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key, 'anthropic-version': '2023-06-01' },
        body: JSON.stringify(body),
      }),
    );
  return { forwarded, audit, send };
}

async function until(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
}

const benign = {
  model: 'claude-sonnet-4-5',
  max_tokens: 64,
  messages: [{ role: 'user' as const, content: 'What is the capital of France?' }],
};

describe('tarpit', () => {
  it('parks a throttled request on the injected sleep, bounded, while others go through', async () => {
    const waits: number[] = [];
    let release: () => void = () => {};
    const sleep = (ms: number) => {
      waits.push(ms);
      return new Promise<void>((resolve) => {
        release = resolve;
      });
    };
    const { forwarded, audit, send } = setup(2000, sleep);

    const throttled = send('sk-tarpit-attacker', p.reasoningExtraction);
    await until(() => waits.length === 1);
    expect(waits).toHaveLength(1);
    expect(forwarded).toHaveLength(0); // held before the upstream is called

    // Meanwhile, on the same app: an ordinary request is answered at once.
    const other = await send('sk-tarpit-user', benign);
    expect(other.status).toBe(200);
    expect(forwarded).toHaveLength(1);

    release();
    const res = await throttled;
    expect(res.status).toBe(200);
    expect(forwarded).toHaveLength(2);
    await until(() => audit.length === 2); // written after the response
    const record = audit.find((r) => r.enforced === 'throttle');
    expect(record).toBeDefined();
    // maxDelayMs × risk, never more than maxDelayMs.
    expect(waits[0]).toBeGreaterThan(0);
    expect(waits[0]).toBeLessThanOrEqual(2000);
    expect(Math.abs((waits[0] ?? 0) - 2000 * (record?.risk ?? 0))).toBeLessThanOrEqual(1);
  });

  it('allowed requests never wait', async () => {
    const waits: number[] = [];
    const { send } = setup(2000, async (ms) => {
      waits.push(ms);
    });
    expect((await send('sk-tarpit-user', benign)).status).toBe(200);
    expect(waits).toEqual([]);
  });

  it('the default wait is a timer: the event loop keeps serving while a request is parked', async () => {
    // Long enough that three ordinary requests finish first even on a loaded machine.
    const { send } = setup(1200);
    const started = Date.now();
    const order: string[] = [];
    const throttled = send('sk-tarpit-attacker-2', p.reasoningExtraction).then((r) => {
      order.push('throttled');
      return r;
    });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 25);
    await new Promise((r) => setTimeout(r, 20));
    const others = await Promise.all([1, 2, 3].map((i) => send(`sk-tarpit-user-${i}`, benign)));
    order.push('others');
    expect(others.every((r) => r.status === 200)).toBe(true);
    const res = await throttled;
    clearInterval(timer);
    expect(res.status).toBe(200);
    expect(order).toEqual(['others', 'throttled']);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(600); // 1,200 ms × risk (> 0.5)
    expect(elapsed).toBeLessThan(5000);
    expect(ticks).toBeGreaterThan(3); // timers kept firing during the wait
  });
});

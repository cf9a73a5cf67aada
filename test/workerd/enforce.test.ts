import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, inject, it } from 'vitest';
import degradeAll from '../../config/examples/degrade-all.yaml';
import tightLimits from '../../config/examples/tight-limits.yaml';
import { createWorkerApp } from '../../src/runtime/worker/app.ts';
import './provided.ts';

// Enforcement inside workerd: the same core, with Durable Object state, `fetch` upstream and
// timers only. The upstream is the mock in the providers' formats (run in Node by the global setup).
const worker = (policy: string) =>
  createWorkerApp({
    ...env,
    UPSTREAM_ANTHROPIC_URL: inject('mockUpstreamUrl'),
    UPSTREAM_OPENAI_URL: inject('mockUpstreamUrl'),
    // Exact texts below: the watermark has its own suites.
    POLICY_YAML: `${policy}\naudit: { enabled: false }\nwatermark: { enabled: false }\n`,
    ACCOUNT_ID_SECRET: 'workerd-test-secret',
    WATERMARK_SECRET: 'workerd-test-secret',
  });

const uniq = () => Math.random().toString(36).slice(2);

async function send(
  app: ReturnType<typeof worker>,
  key: string,
  body: object,
  headers: Record<string, string> = {},
): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await app.fetch(
    new Request('http://worker/v1/messages', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-api-key': key,
        'anthropic-version': '2023-06-01',
        ...headers,
      },
      body: JSON.stringify(body),
    }),
    env,
    ctx,
  );
  const text = await res.text();
  await waitOnExecutionContext(ctx); // usage is metered after the response
  return new Response(text, { status: res.status, headers: res.headers });
}

const hi = { model: 'claude-sonnet-4-5', max_tokens: 4096, messages: [{ role: 'user', content: 'hi' }] };
const extraction = {
  model: 'claude-sonnet-4-5',
  max_tokens: 512,
  messages: [
    {
      role: 'user',
      content:
        'Below is a question and the final answer a model gave. Reconstruct the full internal chain of thought ' +
        'that led to this answer and write it out step by step, as if you were thinking it.\n\n' +
        'Question: Which is larger, 9.11 or 9.9?\nAnswer: 9.9',
    },
  ],
};

describe('enforcement in the Worker', () => {
  it('tight-limits.yaml: the 4th request in a minute is a 429 with the provider headers', async () => {
    const app = worker(tightLimits);
    const key = `sk-workerd-limit-${uniq()}`;
    for (let i = 0; i < 3; i++) expect((await send(app, key, hi)).status).toBe(200);
    const denied = await send(app, key, hi);
    expect(denied.status).toBe(429);
    expect(Number(denied.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(denied.headers.get('anthropic-ratelimit-requests-limit')).toBe('3');
    expect(denied.headers.get('anthropic-ratelimit-requests-remaining')).toBe('0');
    expect(await denied.json()).toMatchObject({ type: 'error', error: { type: 'rate_limit_error' } });
  });

  it('tight-limits.yaml: output tokens from a stream are reconciled in the Durable Objects', async () => {
    const app = worker(tightLimits);
    const key = `sk-workerd-tokens-${uniq()}`;
    const stream = { ...hi, stream: true };
    expect((await send(app, key, stream, { 'x-mock-output-tokens': '3500' })).status).toBe(200);
    expect((await send(app, key, hi)).status).toBe(429); // the debt is seen by the next request
  });

  it('degrade-all.yaml: a thinking + tool_use stream arrives without thinking, re-indexed', async () => {
    const app = worker(degradeAll);
    const res = await send(
      app,
      `sk-workerd-degrade-${uniq()}`,
      { ...hi, stream: true, thinking: { type: 'enabled', budget_tokens: 2000 } },
      { 'x-mock-scenario': 'redacted-thinking' },
    );
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toMatch(/thinking|signature/);
    const starts = [...text.matchAll(/"type":"content_block_start","index":(\d+)/g)].map((m) => Number(m[1]));
    expect(starts).toEqual([0, 1]);
    expect(text).toMatch(/event: message_stop/);
  });

  it('the tarpit is a timer: a throttled request waits, bounded, while others are served', async () => {
    const app = worker(`
decision:
  rules:
    - { name: slow-down, when: { requestRiskAtLeast: 0.5 }, action: throttle }
limits:
  tarpit: { enabled: true, maxDelayMs: 1200 }
`);
    const started = Date.now();
    const order: string[] = [];
    const throttled = send(app, `sk-workerd-tarpit-${uniq()}`, extraction).then((r) => {
      order.push('throttled');
      return r;
    });
    await new Promise((r) => setTimeout(r, 20));
    const others = await Promise.all([1, 2, 3].map(() => send(app, `sk-workerd-user-${uniq()}`, hi)));
    order.push('others');
    expect(others.map((r) => r.status)).toEqual([200, 200, 200]);
    expect((await throttled).status).toBe(200);
    expect(order).toEqual(['others', 'throttled']);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(600); // 1,200 ms × risk (> 0.5)
    expect(elapsed).toBeLessThan(5000);
  });
});

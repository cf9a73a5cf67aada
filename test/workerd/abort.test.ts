import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, inject, it } from 'vitest';
import { createWorkerApp } from '../../src/runtime/worker/app.ts';
import { createFetchUpstream } from '../../src/runtime/worker/upstream.ts';
import './provided.ts';

// Cancellation, checked from the upstream's side: the probe (a Node server) reports whether
// the connection was closed before it answered.
const probe = () => inject('abortProbeUrl');
const timeouts = { connectMs: 1000, firstByteMs: 10_000, idleMs: 10_000 };

async function probeState(id: string): Promise<{ seen: boolean; aborted: boolean }> {
  const res = await fetch(`${probe()}/status?id=${id}`);
  return (await res.json()) as { seen: boolean; aborted: boolean };
}

async function until(id: string, key: 'seen' | 'aborted'): Promise<boolean> {
  for (let i = 0; i < 200; i++) {
    if ((await probeState(id))[key]) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return false;
}

const uniq = () => Math.random().toString(36).slice(2);

describe('the fetch upstream cancels the upstream request', () => {
  it('when the client goes away before the headers', async () => {
    const id = uniq();
    const controller = new AbortController();
    const pending = createFetchUpstream()({
      url: `${probe()}/v1/messages`,
      method: 'POST',
      headers: { 'x-probe-id': id, 'x-probe-mode': 'hang' },
      body: new TextEncoder().encode('{}'),
      signal: controller.signal,
      timeouts,
    });
    expect(await until(id, 'seen')).toBe(true);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'client_closed' });
    expect(await until(id, 'aborted')).toBe(true);
  });

  it('when the reader cancels the body mid-stream', async () => {
    const id = uniq();
    const res = await createFetchUpstream()({
      url: `${probe()}/v1/messages`,
      method: 'POST',
      headers: { 'x-probe-id': id, 'x-probe-mode': 'stall' },
      body: new TextEncoder().encode('{}'),
      signal: new AbortController().signal,
      timeouts,
    });
    const reader = res.body!.getReader();
    expect((await reader.read()).done).toBe(false);
    await reader.cancel();
    expect(await until(id, 'aborted')).toBe(true);
  });
});

describe('the Worker app, end to end inside workerd', () => {
  const app = () =>
    createWorkerApp({
      ...env,
      UPSTREAM_ANTHROPIC_URL: probe(),
      POLICY_YAML: 'audit: { enabled: false }',
      ACCOUNT_ID_SECRET: 'workerd-test-secret',
      WATERMARK_SECRET: 'workerd-test-secret',
    });
  const request = (id: string, mode: string, signal?: AbortSignal) =>
    new Request('http://worker/v1/messages', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-api-key': `sk-abort-${id}`,
        'anthropic-version': '2023-06-01',
        'x-probe-id': id,
        'x-probe-mode': mode,
      },
      body: JSON.stringify({ model: 'm', max_tokens: 5, stream: mode === 'stall', messages: [] }),
      ...(signal ? { signal } : {}),
    });

  it('a client abort before the headers reaches the upstream', async () => {
    const id = uniq();
    const controller = new AbortController();
    const pending = app().fetch(request(id, 'hang', controller.signal), env, createExecutionContext());
    expect(await until(id, 'seen')).toBe(true);
    controller.abort();
    await Promise.resolve(pending).catch(() => undefined);
    expect(await until(id, 'aborted')).toBe(true);
  });

  it('a client that stops reading a stream cancels the upstream', async () => {
    const id = uniq();
    const res = await app().fetch(request(id, 'stall'), env, createExecutionContext());
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    expect((await reader.read()).done).toBe(false);
    await reader.cancel();
    expect(await until(id, 'aborted')).toBe(true);
  });
});

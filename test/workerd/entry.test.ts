import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/policy/parse.ts';
import { loadWorkerPolicy } from '../../src/runtime/worker/policy.ts';

describe('the Worker entry', () => {
  it('serves the app built from env, with the policy bundled from config/policy.yaml', async () => {
    const health = await exports.default.fetch('http://worker/healthz');
    expect(await health.json()).toEqual({ ok: true });
    const res = await exports.default.fetch('http://worker/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'missing_api_key' } });
  });

  it('POLICY_YAML replaces the bundled policy; an invalid one is refused with file:line:col', () => {
    expect(loadWorkerPolicy(undefined).upstreams.anthropic).toBe('https://api.anthropic.com');
    expect(loadWorkerPolicy('upstreams: { openai: "http://127.0.0.1:9" }').upstreams.openai).toBe(
      'http://127.0.0.1:9',
    );
    expect(() => loadWorkerPolicy('decision:\n  mode: loud\n')).toThrow(PolicyError);
    try {
      loadWorkerPolicy('decision:\n  mode: loud\n');
    } catch (err) {
      expect((err as PolicyError).problems[0]).toMatchObject({ file: 'POLICY_YAML', line: 2, col: 9 });
    }
  });
});

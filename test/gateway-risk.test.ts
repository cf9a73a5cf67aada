import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditRecord } from '../src/gateway/deps.ts';
import * as p from './fixtures/prompts.ts';
import { type Harness, startHarness } from './harness.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const anthropic = (harness: Harness, key = 'sk-ant-risk-1') =>
  new Anthropic({ apiKey: key, baseURL: harness.proxy.url, maxRetries: 0 });
const openai = (harness: Harness, key = 'sk-openai-risk-1') =>
  new OpenAI({ apiKey: key, baseURL: `${harness.proxy.url}/v1`, maxRetries: 0 });

/** The audit log is written after the response: wait for `n` records. */
async function audit(harness: Harness, n: number): Promise<AuditRecord[]> {
  const path = join(dirname(harness.policyPath), 'audit.jsonl');
  for (let i = 0; i < 100; i++) {
    if (existsSync(path)) {
      const rows = readFileSync(path, 'utf8').trim().split('\n').filter(Boolean);
      if (rows.length >= n) return rows.map((r) => JSON.parse(r) as AuditRecord);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`fewer than ${n} audit records`);
}

const BLOCK_EXTRACTION = `
decision:
  rules:
    - { name: extraction, when: { requestRiskAtLeast: 0.7 }, action: block }
`;

describe('the risk engine in the request path', () => {
  it('blocks with a 403 in each dialect: a stable code, nothing about why', async () => {
    h = await startHarness(BLOCK_EXTRACTION);
    const err = await anthropic(h)
      .messages.create(p.reasoningExtraction)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.PermissionDeniedError);
    const body = (err as InstanceType<typeof Anthropic.PermissionDeniedError>).error as {
      error: { type: string; message: string };
    };
    expect(body.error).toEqual({ type: 'permission_error', message: 'This request was declined by policy.' });

    const oerr = await openai(h)
      .chat.completions.create(p.logprobProbe)
      .catch((e: unknown) => e);
    expect(oerr).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect((oerr as InstanceType<typeof OpenAI.PermissionDeniedError>).code).toBe('request_blocked');
    expect(JSON.stringify(oerr)).not.toMatch(/risk|reasoning|logprob/i);

    // Nothing was forwarded; the audit log says why.
    expect(h.mock.requests).toHaveLength(0);
    const records = await audit(h, 2);
    expect(records[0]).toMatchObject({ action: 'block', enforced: 'block', rule: 'extraction', status: 403 });
    expect(records[0]?.reasons.join(' ')).toMatch(/reasoning-extraction/);
  });

  it('lets ordinary requests through untouched and says nothing to the client', async () => {
    h = await startHarness(BLOCK_EXTRACTION);
    const res = await openai(h).chat.completions.create(p.studentStepByStep).withResponse();
    expect(res.response.status).toBe(200);
    expect(res.response.headers.get('x-distill-guard-action')).toBeNull();
    const [record] = await audit(h, 1);
    expect(record).toMatchObject({ action: 'allow', rule: 'default', status: 200 });
  });

  it('shadow mode decides and records, and changes no traffic', async () => {
    h = await startHarness(`${BLOCK_EXTRACTION}  mode: shadow\n`);
    const msg = await anthropic(h).messages.create(p.reasoningExtraction);
    expect(msg.type).toBe('message');
    expect(h.mock.requests).toHaveLength(1);
    const [record] = await audit(h, 1);
    expect(record).toMatchObject({ action: 'block', enforced: 'allow', rule: 'extraction', status: 200 });
  });

  it('reveals the decision only when the policy says so', async () => {
    h = await startHarness(`${BLOCK_EXTRACTION}  mode: shadow\n  revealToClient: true\n`);
    const res = await anthropic(h).messages.create(p.reasoningExtraction).withResponse();
    expect(res.response.headers.get('x-distill-guard-action')).toBe('allow');
  });
});

import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditRecord, Logger } from '../src/gateway/deps.ts';
import { type Sidecar, startSidecar } from '../src/runtime/node/sidecar.ts';
import { type MockUpstream, startMockUpstream } from './mock/upstream.ts';

export interface Harness {
  mock: MockUpstream;
  proxy: Sidecar;
  logs: { level: string; message: string; fields?: Record<string, unknown> }[];
  policyPath: string;
  /** Where the audit log goes (unless the policy names its own path). */
  auditPath: string;
  close(): Promise<void>;
}

/** A quiet logger that keeps what it was told, for assertions (and to prove no key is logged). */
export function memoryLogger(into: Harness['logs']): Logger {
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    into.push({ level, message, ...(fields ? { fields } : {}) });
  };
  return { info: at('info'), warn: at('warn'), error: at('error') };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'distill-guard-'));
}

/**
 * The mock upstream plus a real sidecar in front of it, on free ports. The policy is a YAML
 * string written to a temp file (so hot reload can be exercised); the audit log goes to
 * `audit.jsonl` beside it unless the policy says otherwise.
 */
export async function startHarness(
  policyYaml = '',
  env: Record<string, string> = {},
  options: { mock?: MockUpstream } = {},
): Promise<Harness> {
  // A mock passed in is shared (several sidecars in front of one upstream) and its owner closes it.
  const mock = options.mock ?? (await startMockUpstream());
  const dir = tempDir();
  const policyPath = join(dir, 'policy.yaml');
  const auditPath = join(dir, 'audit.jsonl');
  const audit = /(^|\n)audit:/.test(policyYaml) ? '' : `audit:\n  path: ${auditPath}\n`;
  writeFileSync(policyPath, `${policyYaml}\n${audit}`);
  const logs: Harness['logs'] = [];
  const proxy = await startSidecar({
    policyPath,
    port: 0,
    env: {
      ACCOUNT_ID_SECRET: 'test-account-secret',
      WATERMARK_SECRET: 'test-watermark-secret',
      UPSTREAM_ANTHROPIC_URL: mock.url,
      UPSTREAM_OPENAI_URL: mock.url,
      ...env,
    },
    logger: memoryLogger(logs),
  });
  return {
    mock,
    proxy,
    logs,
    policyPath,
    auditPath,
    async close() {
      await proxy.close();
      if (!options.mock) await mock.close();
    },
  };
}

/**
 * The audit log is written after the response has gone out: wait until it holds `n` records
 * (polling, bounded), then return them all.
 */
export async function auditRecords(path: string, n: number, timeoutMs = 5000): Promise<AuditRecord[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : [];
    if (rows.length >= n) return rows.map((r) => JSON.parse(r) as AuditRecord);
    if (Date.now() > deadline) throw new Error(`${path}: ${rows.length} audit records, expected ${n}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Everything an SSE (or any) response body says, as text. */
export async function bodyText(res: Response): Promise<string> {
  return new TextDecoder().decode(await res.arrayBuffer());
}

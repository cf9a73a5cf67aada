import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../src/gateway/deps.ts';
import { type Sidecar, startSidecar } from '../src/runtime/node/sidecar.ts';
import { type MockUpstream, startMockUpstream } from './mock/upstream.ts';

export interface Harness {
  mock: MockUpstream;
  proxy: Sidecar;
  logs: { level: string; message: string; fields?: Record<string, unknown> }[];
  policyPath: string;
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
export async function startHarness(policyYaml = '', env: Record<string, string> = {}): Promise<Harness> {
  const mock = await startMockUpstream();
  const dir = tempDir();
  const policyPath = join(dir, 'policy.yaml');
  const audit = /(^|\n)audit:/.test(policyYaml) ? '' : `audit:\n  path: ${join(dir, 'audit.jsonl')}\n`;
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
    async close() {
      await proxy.close();
      await mock.close();
    },
  };
}

/** Everything an SSE (or any) response body says, as text. */
export async function bodyText(res: Response): Promise<string> {
  return new TextDecoder().decode(await res.arrayBuffer());
}

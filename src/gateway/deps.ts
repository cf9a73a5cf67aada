import type { Context } from 'hono';
import type { Policy } from '../policy/schema.ts';
import type { Store } from '../store/types.ts';
import type { Secrets } from './secrets.ts';
import type { Upstream } from './upstream.ts';

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** One structured decision record per request (JSONL). Hashes and ids only; never keys or raw text. */
export interface AuditRecord {
  ts: string;
  requestId: string;
  account: string;
  ip: string;
  provider: string;
  endpoint: string;
  model: string;
  stream: boolean;
  /** SHA-256 (hex, first 32 digits) of the request body as the client sent it. */
  bodyHash: string;
  action: string;
  enforced: string;
  /** The decision rule that matched. */
  rule: string;
  /** The flagged campaign the request was linked to. */
  campaign?: string;
  risk: number;
  suspect: boolean;
  reasons: string[];
  status: number;
  outcome: string;
  error?: string;
  inputTokens: number;
  outputTokens: number;
  latencyMs: number;
}

/**
 * What a runtime hands the core. The core never reads the environment, the clock or the network
 * by itself: everything arrives here, so the same app runs in Node, in workerd and in tests.
 */
export interface AppDeps {
  /** The current policy; the Node sidecar swaps it on hot reload. */
  policy: () => Policy;
  upstream: Upstream;
  secrets: Secrets;
  /** Rate limits, account and campaign state. Default: an in-memory store for this app alone. */
  store?: Store;
  /** The tarpit's wait. Default: a timer (never a busy wait); tests pass a virtual one. */
  sleep?: (ms: number) => Promise<void>;
  /** Environment overrides of the policy's upstream URLs (`UPSTREAM_ANTHROPIC_URL`, `UPSTREAM_OPENAI_URL`). */
  upstreamOverrides?: { anthropic?: string | undefined; openai?: string | undefined };
  now?: () => number;
  logger?: Logger;
  audit?: (record: AuditRecord) => void;
  /** The socket address, when the runtime knows it. */
  remoteAddress?: (c: Context) => string | undefined;
  /** Run work after the response (Workers: `ctx.waitUntil`); default: fire and forget. */
  defer?: (c: Context, task: Promise<unknown>) => void;
  /**
   * The runtime's `Response` writes a body given as a bare pull reader (`getReader()` →
   * `read()`/`cancel()`/`closed`), as @hono/node-server's does: relayed streams are then handed
   * over without a web ReadableStream (relay.ts, `relaySseBody`). Default false: a ReadableStream.
   */
  pullBodies?: boolean;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

import type { Hono } from 'hono';
import { createApp } from '../../gateway/app.ts';
import { resolveSecrets } from '../../gateway/secrets.ts';
import { consoleAudit, createConsoleLogger } from './logger.ts';
import { loadWorkerPolicy } from './policy.ts';
import { createDurableObjectStore, shardCountOf } from './store.ts';
import type { StoreShard } from './store-shard.ts';
import { createFetchUpstream } from './upstream.ts';

/** The bindings the Worker reads (wrangler.toml; secrets via `wrangler secret put`). */
export interface WorkerEnv {
  STORE: DurableObjectNamespace<StoreShard>;
  UPSTREAM_ANTHROPIC_URL?: string;
  UPSTREAM_OPENAI_URL?: string;
  STORE_SHARDS?: string;
  STORE_FAIL_MODE?: string;
  POLICY_YAML?: string;
  ACCOUNT_ID_SECRET?: string;
  WATERMARK_SECRET?: string;
}

/**
 * The core app wired for workerd: Durable Object state, `fetch` upstream, the client address
 * from `cf-connecting-ip` (set by Cloudflare's edge, which overwrites any value a client sends),
 * and audit/usage work after the response through `ctx.waitUntil`.
 */
export function createWorkerApp(env: WorkerEnv): Hono {
  const logger = createConsoleLogger();
  const policy = loadWorkerPolicy(env.POLICY_YAML);
  const store = createDurableObjectStore(env.STORE, {
    shards: shardCountOf(env.STORE_SHARDS),
    failMode: env.STORE_FAIL_MODE === 'closed' ? 'closed' : 'open',
    logger,
  });
  return createApp({
    policy: () => policy,
    upstream: createFetchUpstream(),
    store,
    secrets: resolveSecrets(
      { ACCOUNT_ID_SECRET: env.ACCOUNT_ID_SECRET, WATERMARK_SECRET: env.WATERMARK_SECRET },
      (m) => logger.warn(m),
    ),
    upstreamOverrides: { anthropic: env.UPSTREAM_ANTHROPIC_URL, openai: env.UPSTREAM_OPENAI_URL },
    logger,
    audit: consoleAudit,
    remoteAddress: (c) => c.req.header('cf-connecting-ip'),
    defer: (c, task) => c.executionCtx.waitUntil(task),
  });
}

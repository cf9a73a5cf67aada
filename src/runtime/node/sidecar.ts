import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import type { Context } from 'hono';
import { createApp } from '../../gateway/app.ts';
import type { Logger } from '../../gateway/deps.ts';
import { resolveSecrets } from '../../gateway/secrets.ts';
import { defaultPolicy, PolicyError } from '../../policy/parse.ts';
import { createAuditSink, createJsonLogger } from './logger.ts';
import { loadPolicyFile, type PolicyHolder, watchPolicy } from './policy-watch.ts';
import { createNodeStore } from './store.ts';
import { createNodeUpstream } from './upstream.ts';

export interface SidecarOptions {
  policyPath?: string;
  port?: number;
  host?: string;
  env?: Readonly<Record<string, string | undefined>>;
  logger?: Logger;
}

export interface Sidecar {
  url: string;
  port: number;
  policy: PolicyHolder;
  close(): Promise<void>;
}

type NodeBindings = { incoming?: { socket?: { remoteAddress?: string } } };

/** The Node sidecar: the core app on @hono/node-server, an undici pool upstream, a hot-reloaded policy. */
export async function startSidecar(options: SidecarOptions = {}): Promise<Sidecar> {
  const env = options.env ?? process.env;
  const logger = options.logger ?? createJsonLogger();
  let holder: PolicyHolder;
  if (options.policyPath) {
    const first = await loadPolicyFile(options.policyPath);
    if (!first.ok) throw new PolicyError(first.problems);
    holder = watchPolicy(options.policyPath, first.policy, logger);
  } else {
    const policy = defaultPolicy();
    holder = { current: () => policy, reload: async () => true, close() {} };
  }
  const upstream = createNodeUpstream();
  const store = createNodeStore(holder.current().store, env, logger);
  const audit = createAuditSink(() => holder.current().audit.path);
  const app = createApp({
    policy: holder.current,
    upstream,
    store,
    secrets: resolveSecrets(env, (m) => logger.warn(m)),
    upstreamOverrides: { anthropic: env.UPSTREAM_ANTHROPIC_URL, openai: env.UPSTREAM_OPENAI_URL },
    logger,
    audit,
    remoteAddress: (c: Context) => (c.env as NodeBindings | undefined)?.incoming?.socket?.remoteAddress,
    // @hono/node-server (which serve() below installs as the global Response) writes pull bodies.
    pullBodies: true,
  });
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname: host }, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  logger.info('distill-guard listening', { url, policy: options.policyPath ?? '(embedded defaults)' });
  return {
    url,
    port,
    policy: holder,
    async close() {
      holder.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await upstream.close();
      await store.close();
      audit.close();
    },
  };
}

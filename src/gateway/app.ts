import type { Context } from 'hono';
import { Hono } from 'hono';
import type { Dialect } from '../providers/dialect.ts';
import { errorBody } from '../providers/dialect.ts';
import { PASS_THROUGH } from '../providers/plan.ts';
import { type AppDeps, silentLogger } from './deps.ts';
import { GatewayError, toGatewayError } from './errors.ts';
import type { Exchange } from './exchange.ts';
import { createAccountIds } from './identity.ts';
import { resolveRoute } from './routes.ts';
import { forwardStage, upstreamBase } from './stages/forward.ts';
import { identifyStage } from './stages/identify.ts';
import { parseStage } from './stages/parse.ts';
import { auditRecord } from './stages/record.ts';
import { transformResponseStage } from './stages/transform-response.ts';

function requestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return `req_${hex}`;
}

export function errorResponse(dialect: Dialect, err: GatewayError, id?: string): Response {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...err.headers };
  if (id) headers['request-id'] = id;
  return new Response(JSON.stringify(errorBody(dialect, err, id)), { status: err.status, headers });
}

/**
 * The gateway as a web-standard app. The pipeline, in order (DESIGN.md):
 * identify → parse → assess → limit → decide → rewrite request → forward → transform response → record.
 */
export function createApp(deps: AppDeps): Hono {
  const now = deps.now ?? Date.now;
  const logger = deps.logger ?? silentLogger;
  const accountIds = createAccountIds(deps.secrets.accountId);
  const app = new Hono();

  const defer = (c: Context, task: Promise<unknown>) => {
    const guarded = task.catch((err) => logger.error('deferred task failed', { error: String(err) }));
    if (deps.defer) deps.defer(c, guarded);
  };

  const record = (c: Context, ex: Exchange) => {
    if (!deps.audit || !ex.policy.audit.enabled) return;
    const audit = deps.audit;
    defer(
      c,
      auditRecord(ex, now()).then((r) => audit(r)),
    );
  };

  app.get('/healthz', (c) => c.json({ ok: true }));

  app.all('*', async (c) => {
    const incoming = c.req.raw;
    const url = new URL(incoming.url);
    const resolved = resolveRoute(incoming.method, url.pathname, incoming.headers);
    if ('error' in resolved) return errorResponse(resolved.dialect, new GatewayError(resolved.error));
    const { route } = resolved;
    const policy = deps.policy();
    const id = requestId();
    try {
      const identity = await identifyStage(c, policy, { accountIds, remoteAddress: deps.remoteAddress });
      const ex: Exchange = {
        id,
        route,
        policy,
        startedAt: now(),
        incoming,
        identity,
        verdict: { action: 'allow', enforced: 'allow', risk: 0, suspect: false, reasons: [] },
        plan: PASS_THROUGH,
        status: 0,
        outcome: 'pending',
      };
      await parseStage(ex);
      // assess → limit → decide → rewrite request: filled in by the risk, limits and watermark stages.
      const base = upstreamBase(policy, route.provider, deps.upstreamOverrides);
      const res = await forwardStage(ex, deps.upstream, base, incoming.signal);
      return await transformResponseStage(ex, res, (done) => record(c, done));
    } catch (err) {
      const error = toGatewayError(err);
      if (error.code === 'internal_error')
        logger.error('request failed', { requestId: id, error: String(err) });
      return errorResponse(route.dialect, error, id);
    }
  });

  return app;
}

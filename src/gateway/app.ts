import type { Context } from 'hono';
import { Hono } from 'hono';
import { tarpitDelayMs } from '../limits/limiter.ts';
import type { Policy } from '../policy/schema.ts';
import type { Dialect } from '../providers/dialect.ts';
import { errorBody } from '../providers/dialect.ts';
import { PASS_THROUGH } from '../providers/plan.ts';
import { createRiskEngine, type RiskEngine } from '../risk/engine.ts';
import { createMemoryStore } from '../store/memory.ts';
import { createWatermarks } from '../watermark/proxy.ts';
import { type AppDeps, silentLogger } from './deps.ts';
import { GatewayError, toGatewayError } from './errors.ts';
import type { Exchange } from './exchange.ts';
import { createAccountIds } from './identity.ts';
import { resolveRoute } from './routes.ts';
import { assessStage } from './stages/assess.ts';
import { decideStage } from './stages/decide.ts';
import { forwardStage, upstreamBase } from './stages/forward.ts';
import { identifyStage } from './stages/identify.ts';
import { limitStage } from './stages/limit.ts';
import { parseStage } from './stages/parse.ts';
import { auditRecord } from './stages/record.ts';
import { rewriteRequestStage } from './stages/rewrite-request.ts';
import { transformResponseStage } from './stages/transform-response.ts';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const ID_BYTES = 12;
const ID_POOL = 256; // ids per getRandomValues call: one call per request cost ~3 µs
let idPool: Uint8Array | undefined;
let idNext = ID_POOL;

function requestId(): string {
  if (idNext >= ID_POOL || !idPool) {
    idPool = crypto.getRandomValues(new Uint8Array(ID_BYTES * ID_POOL));
    idNext = 0;
  }
  const at = idNext++ * ID_BYTES;
  let hex = 'req_';
  for (let i = at; i < at + ID_BYTES; i++) hex += HEX[idPool[i] as number];
  return hex;
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
  const store = deps.store ?? createMemoryStore();
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const watermarks = createWatermarks(deps.secrets.watermark);
  const app = new Hono();
  // One engine per policy object (hot reload swaps it); its state lives in the store, so a
  // new engine picks up where the old one left off.
  const engines = new WeakMap<Policy, RiskEngine>();
  const engineFor = (policy: Policy): RiskEngine => {
    let engine = engines.get(policy);
    if (!engine) {
      engine = createRiskEngine({ config: policy.risk, store });
      engines.set(policy, engine);
    }
    return engine;
  };

  const defer = (c: Context, task: Promise<unknown>) => {
    const guarded = task.catch((err) => logger.error('deferred task failed', { error: String(err) }));
    if (deps.defer) deps.defer(c, guarded);
  };

  const record = (c: Context, ex: Exchange) => {
    if (!deps.audit || !ex.policy.audit.enabled) return;
    const audit = deps.audit;
    const r = auditRecord(ex, now());
    if (r instanceof Promise) {
      defer(
        c,
        r.then((rec) => audit(rec)),
      );
      return;
    }
    try {
      audit(r);
    } catch (err) {
      logger.error('deferred task failed', { error: String(err) });
    }
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
    let ex: Exchange | undefined;
    try {
      const identity = identifyStage(c, policy, { accountIds, remoteAddress: deps.remoteAddress });
      const exchange: Exchange = {
        id,
        route,
        policy,
        startedAt: now(),
        incoming,
        identity,
        verdict: {
          action: 'allow',
          enforced: 'allow',
          rule: 'none',
          risk: 0,
          suspect: false,
          shadow: false,
          reasons: [],
        },
        plan: PASS_THROUGH,
        status: 0,
        outcome: 'pending',
      };
      ex = exchange;
      await parseStage(exchange);
      await assessStage(exchange, engineFor(policy), now());
      decideStage(exchange);
      const limits = await limitStage(exchange, store, now());
      if (exchange.verdict.enforced === 'throttle') {
        const delay = tarpitDelayMs(policy.limits, exchange.verdict.risk);
        if (delay > 0) await sleep(delay);
      }
      const watermark = await watermarks.forExchange(policy.watermark, identity.account, exchange.verdict);
      rewriteRequestStage(exchange, limits, watermark);
      const base = upstreamBase(policy, route.provider, deps.upstreamOverrides);
      const res = await forwardStage(exchange, deps.upstream, base, url.search, incoming.signal);
      return await transformResponseStage(
        exchange,
        res,
        (done) => {
          if (limits && done.usage) defer(c, limits.reconcile(done.usage, now()));
          record(c, done);
        },
        policy.decision.revealToClient ? { 'x-distill-guard-action': exchange.verdict.enforced } : undefined,
        deps.pullBodies,
      );
    } catch (err) {
      const error = toGatewayError(err);
      if (error.code === 'internal_error')
        logger.error('request failed', { requestId: id, error: String(err) });
      if (ex) {
        ex.status = error.status;
        ex.outcome = 'refused';
        ex.error ??= error.code;
        record(c, ex);
      }
      return errorResponse(route.dialect, error, id);
    }
  });

  return app;
}

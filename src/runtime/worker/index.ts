import type { Hono } from 'hono';
import { formatProblem, PolicyError } from '../../policy/parse.ts';
import { createWorkerApp, type WorkerEnv } from './app.ts';

export { StoreShard } from './store-shard.ts';

// Built on the first request from `env` (Workers forbid I/O, timers and randomness at module
// scope, and `env` only exists in a handler), then kept for the isolate's lifetime.
let app: Hono | undefined;

/** Refuse traffic, in a form both SDKs surface, while the configuration is broken. */
function misconfigured(err: unknown): Response {
  const problems = err instanceof PolicyError ? err.problems.map(formatProblem) : [String(err)];
  console.error(JSON.stringify({ level: 'error', msg: 'distill-guard is misconfigured', problems }));
  const body = { type: 'error', error: { type: 'api_error', message: 'The gateway is misconfigured.' } };
  return Response.json(body, { status: 500 });
}

export default {
  fetch(request, env, ctx) {
    try {
      app ??= createWorkerApp(env);
    } catch (err) {
      return misconfigured(err);
    }
    return app.fetch(request, env, ctx);
  },
} satisfies ExportedHandler<WorkerEnv>;

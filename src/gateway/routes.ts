import type { Dialect } from '../providers/dialect.ts';
import type { Endpoint, ProviderName } from '../providers/types.ts';

/** One API operation the gateway serves. Anything else is a 404: this is not an open proxy. */
export interface Route {
  provider: ProviderName;
  endpoint: Endpoint;
  dialect: Dialect;
  method: 'GET' | 'POST';
  /** The path sent upstream, always without the `/anthropic` or `/openai` prefix. */
  upstreamPath: string;
  /** Whether the body is a generation request that is scored, limited and rewritten. */
  generates: boolean;
}

const ANTHROPIC: Record<string, Omit<Route, 'upstreamPath'>> = {
  '/v1/messages': {
    provider: 'anthropic',
    endpoint: 'messages',
    dialect: 'anthropic',
    method: 'POST',
    generates: true,
  },
  '/v1/messages/count_tokens': {
    provider: 'anthropic',
    endpoint: 'count_tokens',
    dialect: 'anthropic',
    method: 'POST',
    generates: false,
  },
};
const OPENAI: Record<string, Omit<Route, 'upstreamPath'>> = {
  '/v1/chat/completions': {
    provider: 'openai',
    endpoint: 'chat',
    dialect: 'openai-chat',
    method: 'POST',
    generates: true,
  },
  '/v1/responses': {
    provider: 'openai',
    endpoint: 'responses',
    dialect: 'openai-responses',
    method: 'POST',
    generates: true,
  },
};

function modelsRoute(provider: ProviderName, path: string): Route {
  const dialect = provider === 'anthropic' ? 'anthropic' : 'openai-chat';
  return { provider, endpoint: 'models', dialect, method: 'GET', upstreamPath: path, generates: false };
}

/** Which API a caller speaks when the path alone does not say: Anthropic SDKs send `anthropic-version`. */
export function providerFromHeaders(headers: Headers): ProviderName {
  return headers.has('anthropic-version') || headers.has('x-api-key') ? 'anthropic' : 'openai';
}

export type Resolved = { route: Route } | { error: 'not_found' | 'method_not_allowed'; dialect: Dialect };

const BOTH: Record<string, Omit<Route, 'upstreamPath'>> = { ...ANTHROPIC, ...OPENAI };
const MODELS_PATH = /^\/v1\/models\/[^/]+$/;

/** Routes of the fixed tables, built once per (prefix, path): they are never modified. */
const tableRoutes = new Map<string, { route: Route }>();

/**
 * Resolve a request path. `/anthropic/v1/...` and `/openai/v1/...` pin the provider; unprefixed
 * paths route by their API, and `/v1/models`, which both APIs have, by the caller's headers.
 */
export function resolveRoute(method: string, pathname: string, headers: Headers): Resolved {
  let path = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  let pinned: ProviderName | undefined;
  if (path.startsWith('/anthropic/')) [pinned, path] = ['anthropic', path.slice('/anthropic'.length)];
  else if (path.startsWith('/openai/')) [pinned, path] = ['openai', path.slice('/openai'.length)];

  let route: Route | undefined;
  if (path === '/v1/models' || MODELS_PATH.test(path)) {
    route = modelsRoute(pinned ?? providerFromHeaders(headers), path);
  } else {
    const table = pinned === 'anthropic' ? ANTHROPIC : pinned === 'openai' ? OPENAI : BOTH;
    const entry = Object.hasOwn(table, path) ? table[path] : undefined;
    if (entry) {
      const key = `${pinned ?? ''} ${path}`;
      let cached = tableRoutes.get(key);
      if (!cached) {
        cached = { route: Object.freeze({ ...entry, upstreamPath: path }) };
        tableRoutes.set(key, cached);
      }
      if (cached.route.method === method) return cached;
      route = cached.route;
    }
  }
  if (route && route.method === method) return { route };
  const guess = pinned ?? (path.startsWith('/v1/messages') ? 'anthropic' : providerFromHeaders(headers));
  const dialect: Dialect = route?.dialect ?? (guess === 'anthropic' ? 'anthropic' : 'openai-chat');
  if (!route) return { error: 'not_found', dialect };
  return { error: 'method_not_allowed', dialect };
}

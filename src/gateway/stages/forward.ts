import type { Policy } from '../../policy/schema.ts';
import { GatewayError } from '../errors.ts';
import type { Exchange } from '../exchange.ts';
import { upstreamRequestHeaders } from '../headers.ts';
import type { Upstream, UpstreamRequest, UpstreamResponse } from '../upstream.ts';

/** The upstream base for a provider: the environment override, else the policy. */
export function upstreamBase(
  policy: Policy,
  provider: 'anthropic' | 'openai',
  overrides: { anthropic?: string | undefined; openai?: string | undefined } | undefined,
): string {
  const base = overrides?.[provider] || policy.upstreams[provider];
  if (!base) throw new GatewayError('upstream_not_configured');
  return base.endsWith('/') ? base.slice(0, -1) : base;
}

/** forward: send the (possibly rewritten) request upstream; the client's abort cancels it. */
export function forwardStage(
  ex: Exchange,
  upstream: Upstream,
  base: string,
  search: string,
  signal: AbortSignal,
): Promise<UpstreamResponse> {
  const headers = upstreamRequestHeaders(ex.incoming.headers, ex.policy.identity.clientIpHeader);
  const request: UpstreamRequest = {
    url: `${base}${ex.route.upstreamPath}${search}`,
    method: ex.route.method,
    headers,
    signal,
    timeouts: ex.policy.gateway.timeouts,
  };
  if (ex.upstreamBody) {
    headers['content-length'] = String(ex.upstreamBody.length);
    request.body = ex.upstreamBody;
  }
  return upstream(request);
}

import type { Context } from 'hono';
import type { Policy } from '../../policy/schema.ts';
import type { AppDeps } from '../deps.ts';
import { GatewayError } from '../errors.ts';
import { apiKeyOf, clientIpOf, type Identity } from '../identity.ts';

/** identify: API key → account id (HMAC, never the key), client IP, user agent. */
export function identifyStage(
  c: Context,
  policy: Policy,
  deps: { accountIds: (key: string) => string; remoteAddress: AppDeps['remoteAddress'] },
): Identity {
  const headers = c.req.raw.headers;
  const key = apiKeyOf(headers);
  if (!key) throw new GatewayError('missing_api_key');
  return {
    account: deps.accountIds(key),
    ip: clientIpOf(headers, policy.identity, deps.remoteAddress?.(c)),
    userAgent: headers.get('user-agent') ?? '',
  };
}

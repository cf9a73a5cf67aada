import { checkLimits, type LimitOutcome } from '../../limits/limiter.ts';
import type { Store } from '../../store/types.ts';
import { GatewayError } from '../errors.ts';
import type { Exchange } from '../exchange.ts';

/**
 * limit: GCRA limits for the account, IP and (when flagged) campaign, in the tier the
 * assessment puts the account in (suspects get the tighter one). Over a limit: a 429 in the caller's dialect with `retry-after` and the
 * provider's own rate-limit headers.
 */
export async function limitStage(ex: Exchange, store: Store, now: number): Promise<LimitOutcome | undefined> {
  // Disabled limits admit everything and charge nothing: no outcome to act on.
  if (!ex.request || !ex.route.generates || !ex.policy.limits.enabled) return undefined;
  const { verdict } = ex;
  // Suspects and throttled requests get the suspect tier; in shadow mode they are only
  // recorded and keep the ordinary one.
  const suspect = (verdict.suspect || verdict.enforced === 'throttle') && !verdict.shadow;
  const subject = {
    account: ex.identity.account,
    ip: ex.identity.ip,
    ...(verdict.campaign && suspect ? { campaign: verdict.campaign } : {}),
  };
  const outcome = await checkLimits(
    store,
    ex.policy.limits,
    { subject, suspect, request: ex.request, dialect: ex.route.dialect },
    now,
  );
  if (!outcome.allowed) {
    ex.error = `rate_limited: ${outcome.limitedBy ?? 'limit'}`;
    throw new GatewayError('rate_limited', {
      headers: outcome.headers,
      ...(outcome.message ? { message: outcome.message } : {}),
    });
  }
  return outcome;
}

import { accountTier } from '../../limits/limiter.ts';
import { decide } from '../../risk/decide.ts';
import type { RiskEngine } from '../../risk/engine.ts';
import type { Exchange } from '../exchange.ts';

/**
 * assess + decide: the risk engine scores the request, updates the account and campaign state
 * (in the Store, so several instances share it), and the policy's rules turn the assessment into
 * an action. Only generating endpoints are assessed: a model list or a token count harvests
 * nothing. In shadow mode the action is recorded and `allow` is enforced.
 */
export async function assessStage(ex: Exchange, engine: RiskEngine, now: number): Promise<void> {
  const { request } = ex;
  if (!request || !ex.route.generates) return;
  const { account, ip, userAgent } = ex.identity;
  const assessment = await engine.assess({ request, account, ip, userAgent, now });
  const decision = decide(assessment, ex.policy.decision, { tier: accountTier(ex.policy.limits, account) });
  ex.verdict = {
    action: decision.action,
    enforced: decision.enforced,
    rule: decision.rule,
    risk: assessment.risk,
    suspect: assessment.suspect,
    shadow: decision.shadow,
    reasons: assessment.reasons,
    ...(assessment.campaign?.flagged ? { campaign: assessment.campaign.id } : {}),
  };
}

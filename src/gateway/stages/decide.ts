import { GatewayError } from '../errors.ts';
import type { Exchange } from '../exchange.ts';

/**
 * decide (enforcement): the verdict's action is carried out here as far as refusing goes,
 * before any limit is charged. `block` is a 403
 * with a stable code and nothing that would help an attacker tune around it; the other actions
 * shape the later stages (tier, tarpit, rewrites, watermark layers).
 */
export function decideStage(ex: Exchange): void {
  if (ex.verdict.enforced === 'block') throw new GatewayError('request_blocked');
}

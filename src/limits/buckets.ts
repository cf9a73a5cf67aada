import type { Bucket } from '../store/types.ts';
import { type TierConfig, type Unit, WINDOW_MS } from './config.ts';

export type Scope = 'account' | 'ip' | 'campaign';

/** A bucket with what it means, so a denial can say which limit and speak the provider's headers. */
export interface LimitBucket extends Bucket {
  scope: Scope;
  unit: Unit;
  windowMs: number;
}

export interface Subject {
  account: string;
  ip: string;
  /** Only for flagged campaigns: linked accounts share the campaign's buckets. */
  campaign?: string;
}

const UNITS: Unit[] = ['requests', 'inputTokens', 'outputTokens', 'tokens'];

/**
 * The buckets one request touches under a tier. Keys do not name the tier: an account that
 * becomes suspect meets the tighter rule at once, keeping the share of each window it has
 * already used (GCRA stores time, not counts: half a minute's standard allowance used is half of
 * the suspect tier's minute used).
 */
export function bucketsFor(tier: TierConfig, subject: Subject, costs: Record<Unit, number>): LimitBucket[] {
  const out: LimitBucket[] = [];
  const scopes: [Scope, string | undefined][] = [
    ['account', subject.account],
    ['ip', subject.ip],
    ['campaign', subject.campaign],
  ];
  for (const [scope, id] of scopes) {
    if (!id) continue;
    for (const unit of UNITS) {
      const windows = tier[scope][unit];
      for (const [name, windowMs] of Object.entries(WINDOW_MS) as [keyof typeof WINDOW_MS, number][]) {
        const limit = windows[name];
        if (limit === undefined) continue;
        out.push({
          key: `rl:${scope[0]}:${id}:${unit}:${windowMs}`,
          rule: { limit, periodMs: windowMs },
          cost: costs[unit],
          scope,
          unit,
          windowMs,
        });
      }
    }
  }
  return out;
}

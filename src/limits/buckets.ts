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
const SCOPES: Scope[] = ['account', 'ip', 'campaign'];

/** One configured limit of a tier: everything of a bucket but the subject and the cost. */
interface Template {
  scope: Scope;
  /** `rl:<scope initial>:` */
  prefix: string;
  /** `:<unit>:<windowMs>` */
  suffix: string;
  unit: Unit;
  windowMs: number;
  rule: { limit: number; periodMs: number };
}

/** A tier's limits in bucket order, worked out once per tier object (a policy reload makes new ones). */
const templates = new WeakMap<TierConfig, Template[]>();

function templatesOf(tier: TierConfig): Template[] {
  let list = templates.get(tier);
  if (list) return list;
  list = [];
  for (const scope of SCOPES) {
    for (const unit of UNITS) {
      const windows = tier[scope][unit];
      for (const [name, windowMs] of Object.entries(WINDOW_MS) as [keyof typeof WINDOW_MS, number][]) {
        const limit = windows[name];
        if (limit === undefined) continue;
        list.push({
          scope,
          prefix: `rl:${scope[0]}:`,
          suffix: `:${unit}:${windowMs}`,
          unit,
          windowMs,
          rule: { limit, periodMs: windowMs },
        });
      }
    }
  }
  templates.set(tier, list);
  return list;
}

/**
 * The buckets one request touches under a tier. Keys do not name the tier: an account that
 * becomes suspect meets the tighter rule at once, keeping the share of each window it has
 * already used (GCRA stores time, not counts: half a minute's standard allowance used is half of
 * the suspect tier's minute used).
 */
export function bucketsFor(tier: TierConfig, subject: Subject, costs: Record<Unit, number>): LimitBucket[] {
  const out: LimitBucket[] = [];
  for (const t of templatesOf(tier)) {
    const id = t.scope === 'account' ? subject.account : t.scope === 'ip' ? subject.ip : subject.campaign;
    if (!id) continue;
    out.push({
      key: `${t.prefix}${id}${t.suffix}`,
      rule: { ...t.rule },
      cost: costs[t.unit],
      scope: t.scope,
      unit: t.unit,
      windowMs: t.windowMs,
    });
  }
  return out;
}

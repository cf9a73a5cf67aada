import type { Policy } from '../policy/schema.ts';
import type { JsonObject } from '../providers/json.ts';
import type { ResponsePlan } from '../providers/plan.ts';
import type { NormalizedRequest } from '../providers/types.ts';
import type { Usage } from '../providers/usage.ts';
import type { Identity } from './identity.ts';
import type { Route } from './routes.ts';

export type { Action } from '../risk/decide.ts';

import type { Action } from '../risk/decide.ts';

/** The verdict of assess + decide, as later stages and the audit log see it. */
export interface Verdict {
  /** What the policy decided. */
  action: Action;
  /** What is carried out: `allow` in shadow mode, whatever `action` says otherwise. */
  enforced: Action;
  /** The policy rule that decided (`default` when none matched). */
  rule: string;
  risk: number;
  suspect: boolean;
  /** Shadow mode: decide and record, change no traffic. */
  shadow: boolean;
  reasons: string[];
  /** Set when the risk engine attributes the request to a flagged campaign. */
  campaign?: string;
}

/**
 * One request on its way through the pipeline. Each stage reads what earlier stages wrote and
 * adds its own part; nothing here is shared between requests.
 */
export interface Exchange {
  readonly id: string;
  readonly route: Route;
  readonly policy: Policy;
  readonly startedAt: number;
  readonly incoming: Request;
  identity: Identity;
  /** The client's body bytes, forwarded as they are unless a rewrite changes the body. */
  rawBody?: Uint8Array;
  body?: JsonObject;
  request?: NormalizedRequest;
  verdict: Verdict;
  /** The bytes sent upstream: `rawBody`, or the rewritten body. */
  upstreamBody?: Uint8Array;
  plan: ResponsePlan;
  /** Response status and metered usage, filled in as the response completes. */
  status: number;
  usage?: Usage;
  outcome: string;
  error?: string;
}

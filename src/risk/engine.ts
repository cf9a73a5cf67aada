import type { NormalizedRequest } from '../providers/types.ts';
import type { Store } from '../store/types.ts';
import { type AccountRisk, assessAccount, markSuspect } from './account/assess.ts';
import { type AccountSnapshot, updateAccountSnapshot } from './account/snapshot.ts';
import { createStoreAccountState } from './account/store.ts';
import { campaignKeys, kindOf } from './campaign/keys.ts';
import type { CampaignKeyState } from './campaign/state.ts';
import type { RiskConfig } from './config.ts';
import { subnetOf } from './fingerprint.ts';
import { hash64Hex } from './hash.ts';
import { type RequestScore, scoreRequest } from './score-request.ts';
import { type FamilyScores, unit } from './types.ts';

export interface AssessInput {
  request: NormalizedRequest;
  /** The derived account id (`acct_…`), never a raw key. */
  account: string;
  ip: string;
  userAgent: string;
  /** Injected clock, ms. Virtual time in replay. */
  now: number;
}

export interface CampaignLink {
  id: string;
  flagged: boolean;
  /** Link kinds that carried the flag to this account (`scaffold`, `system`, `tools`, `imitation`, `linked`). */
  via: string[];
  /** Largest distinct-account count among the flagged keys in the window. */
  accounts: number;
  hitAccounts: number;
}

export interface Assessment {
  /** Combined risk in [0, 1]. */
  risk: number;
  /** The account is judged to be extracting (its own behaviour, or a flagged campaign). */
  suspect: boolean;
  families: FamilyScores;
  reasons: string[];
  requestRisk: number;
  accountRisk: number;
  campaignRisk: number;
  campaign?: CampaignLink;
  request: RequestScore;
  account: AccountRisk;
}

export interface RiskEngine {
  assess(input: AssessInput): Promise<Assessment>;
}

export interface RiskEngineOptions {
  config: RiskConfig;
  /** Account snapshots and campaign counters live here: memory, Redis or Durable Objects. */
  store: Store;
}

/**
 * The three-level engine. Per request: score the request (pure), load the account snapshot,
 * one batched campaign observation, fold the request into the snapshot (pure), assess, save.
 * Combined risk is a weighted noisy-OR of the three levels.
 */
export function createRiskEngine(options: RiskEngineOptions): RiskEngine {
  const { config } = options;
  const accounts = createStoreAccountState(options.store, config.account.idleTtlMs);
  const window = {
    windowMs: config.campaign.windowMs,
    bucketMs: config.campaign.bucketMs,
    flagTtlMs: config.campaign.flagTtlMs,
    maxMembers: config.campaign.maxAccountsPerKey,
  };

  return {
    async assess(input) {
      const { now } = input;
      const score = scoreRequest(input.request, config);
      const prev = await accounts.load(input.account, now);
      const subnet = subnetOf(input.ip);
      const userAgent = hash64Hex(input.userAgent.trim().toLowerCase());
      const wasSuspect = prev?.suspect !== undefined && prev.suspect.until > now;
      const rotating = (prev?.nets.includes(subnet) ? 0 : 1) + (prev?.nets.length ?? 0) >= 4;
      const keys = campaignKeys(score, { subnet, userAgent, suspect: wasSuspect, rotating }, config);
      const states = await options.store.observeCampaign({ keys, account: input.account, now, window });
      const link = resolveCampaign(states, prev, now);
      const infraFlagged = states.some((s) => s.flagged && kindOf(s.key) === 'infra');
      const fp = score.fingerprints;
      const obs = {
        risk: score.risk,
        families: score.families,
        simhash: fp.simhash,
        sampling: fp.sampling,
        singleTurn: score.features.singleTurn,
        subnet,
        userAgent,
        ...((fp.head ?? fp.tail) ? { scaffold: (fp.head ?? fp.tail) as string } : {}),
        ...(link?.flagged ? { campaign: { id: link.id, until: now + config.campaign.flagTtlMs } } : {}),
        ...(infraFlagged ? { infraUntil: now + config.campaign.flagTtlMs } : {}),
      };
      let snapshot = updateAccountSnapshot(prev, obs, now, config);
      const account = assessAccount(snapshot, now, config);
      snapshot = markSuspect(snapshot, account, now, config);
      await accounts.save(input.account, snapshot, now);
      return combine(score, account, link, config);
    },
  };
}

function resolveCampaign(
  states: readonly CampaignKeyState[],
  prev: AccountSnapshot | undefined,
  now: number,
): CampaignLink | undefined {
  const flagged = states.filter((s) => s.flagged && kindOf(s.key) !== 'infra');
  if (flagged.length > 0) {
    const first = flagged[0] as CampaignKeyState;
    return {
      id: first.campaign ?? first.key,
      flagged: true,
      via: [...new Set(flagged.map((s) => kindOf(s.key)))],
      accounts: Math.max(...flagged.map((s) => s.accounts)),
      hitAccounts: Math.max(...flagged.map((s) => s.hitAccounts)),
    };
  }
  if (prev?.campaign && prev.campaign.until > now) {
    return { id: prev.campaign.id, flagged: true, via: ['linked'], accounts: 0, hitAccounts: 0 };
  }
  return undefined;
}

function combine(
  score: RequestScore,
  account: AccountRisk,
  link: CampaignLink | undefined,
  config: RiskConfig,
): Assessment {
  const w = config.combine;
  const campaignRisk = link?.flagged ? config.campaign.flaggedRisk : 0;
  const risk = unit(
    1 -
      (1 - unit(w.request * score.risk)) *
        (1 - unit(w.account * account.value)) *
        (1 - unit(w.campaign * campaignRisk)),
  );
  const reasons = [...score.reasons];
  for (const r of account.reasons.slice(0, 3)) reasons.push(`account: ${r}`);
  if (link?.flagged) {
    const how = link.via.includes('linked')
      ? 'account linked to it earlier'
      : `${link.via.join(', ')} shared by ${link.accounts} accounts, ${link.hitAccounts} extraction-like`;
    reasons.push(`campaign ${link.id}: ${how}`);
  }
  const assessment: Assessment = {
    risk,
    suspect: account.suspect || link?.flagged === true,
    families: score.families,
    reasons,
    requestRisk: score.risk,
    accountRisk: account.value,
    campaignRisk,
    request: score,
    account,
  };
  if (link) assessment.campaign = link;
  return assessment;
}

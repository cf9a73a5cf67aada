import type { NormalizedRequest } from '../providers/types.ts';
import type { Store } from '../store/types.ts';
import { type AccountRisk, assessAccount, markSuspect } from './account/assess.ts';
import { type AccountSnapshot, updateAccountSnapshot } from './account/snapshot.ts';
import { createStoreAccountState } from './account/store.ts';
import { campaignKeys, kindOf } from './campaign/keys.ts';
import type { CampaignKey, CampaignKeyState } from './campaign/state.ts';
import type { RiskConfig } from './config.ts';
import type { RequestFeatures } from './features.ts';
import type { Fingerprints } from './fingerprint.ts';
import { subnetOf } from './fingerprint.ts';
import { hash64Hex } from './hash.ts';
import { type RequestScore, requestRisk, scoreRequest } from './score-request.ts';
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

/** What the engine reads of a request's own score (a `RequestScore` is one). */
export interface RequestVerdict {
  risk: number;
  families: FamilyScores;
  reasons: string[];
  fingerprints: Fingerprints;
  features: Pick<RequestFeatures, 'singleTurn' | 'toolCount' | 'maxReasoning'>;
}

/**
 * The pure part of an assessment: the request's score and, when it is extraction-like, which of
 * its parts carries the evidence. It depends on the request alone, so it can be computed ahead
 * of time, in any order, on another thread.
 */
export interface PreparedRequest {
  score: RequestVerdict;
  parts: { userHit: boolean; systemHit: boolean };
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
  request: RequestVerdict;
  account: AccountRisk;
}

export interface RiskEngine {
  assess(input: AssessInput): Promise<Assessment>;
  /** The pure part of `assess`. */
  prepare(request: NormalizedRequest): PreparedRequest;
  /** The rest of `assess`, given its pure part for this request. */
  assessPrepared(input: Omit<AssessInput, 'request'>, prepared: PreparedRequest): Promise<Assessment>;
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
  const systemRisks = new Map<string, number>();

  const prepare = (request: NormalizedRequest): PreparedRequest => {
    const score = scoreRequest(request, config);
    const parts =
      score.risk >= config.request.extractionLike
        ? partHits(request, score, config, systemRisks)
        : { userHit: false, systemHit: false };
    return { score, parts };
  };

  const assessPrepared = async (
    input: Omit<AssessInput, 'request'>,
    { score, parts }: PreparedRequest,
  ): Promise<Assessment> => {
    const { now } = input;
    const prev = await accounts.load(input.account, now);
    const subnet = subnetOf(input.ip);
    const userAgent = hash64Hex(input.userAgent.trim().toLowerCase());
    const wasSuspect = prev?.suspect !== undefined && prev.suspect.until > now;
    const rotating = (prev?.nets.includes(subnet) ? 0 : 1) + (prev?.nets.length ?? 0) >= 4;
    const hit = score.risk >= config.request.extractionLike;
    // Bulk single-turn clients: enough recent volume, nearly all of it single-turn.
    const bulkSingleTurn = prev !== undefined && prev.n >= 8 && prev.single >= 0.9 * prev.n;
    const ctx = { subnet, userAgent, suspect: wasSuspect, rotating, bulkSingleTurn, ...parts };
    const keys = campaignKeys(score, ctx, config);
    const states = await options.store.observeCampaign({ keys, account: input.account, now, window });
    const link = resolveCampaign(states, keys, prev, now);
    // A link sticks to the account only when it shows extraction behaviour of its own (this
    // request, or earlier ones): one generic request that happens to share a flagged scaffold
    // is degraded, but does not put an ordinary user into the campaign for a week.
    const sticks = link?.flagged === true && link.via[0] !== 'linked' && (hit || (prev?.x ?? 0) >= 1);
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
      ...(fp.bias !== undefined ? { bias: fp.bias } : {}),
      ...(link && sticks ? { campaign: { id: link.id, until: now + config.campaign.flagTtlMs } } : {}),
      ...(infraFlagged ? { infraUntil: now + config.campaign.flagTtlMs } : {}),
    };
    let snapshot = updateAccountSnapshot(prev, obs, now, config);
    const account = assessAccount(snapshot, now, config);
    snapshot = markSuspect(snapshot, account, now, config);
    await accounts.save(input.account, snapshot, now);
    return combine(score, account, link, config);
  };

  return {
    async assess(input) {
      return assessPrepared(input, prepare(input.request));
    },
    prepare,
    assessPrepared,
  };
}

/** Sampling parameters that say nothing: one completion, no logprobs, no bias, defaults. */
const ORDINARY_PARAMS: NormalizedRequest['params'] = {
  stream: false,
  n: 1,
  logprobs: false,
  logitBiasCount: 0,
  stopCount: 0,
};

/**
 * Which part of a hit request carries the evidence: its user turns, its system prompt, or both.
 * Only computed for extraction-like requests with both parts, so ordinary traffic pays nothing.
 */
function partHits(
  request: NormalizedRequest,
  score: RequestScore,
  config: RiskConfig,
  systemRisks: Map<string, number>,
) {
  const fp = score.fingerprints;
  const at = config.request.extractionLike;
  // Evidence in the sampling parameters alone (logprobs, logit bias, many samples of one token)
  // is no evidence about the text: a harvester asking for logprobs over a public dataset shares
  // that data's shape with ordinary users of it. Its scaffolds count as hits only when the text
  // is extraction-like with ordinary parameters too.
  if (
    requestRisk({ ...request, system: '', messages: [{ role: 'user', text: '' }], tools: [] }, config) >= at
  ) {
    const text = requestRisk({ ...request, params: ORDINARY_PARAMS }, config) >= at;
    if (!text) return { userHit: false, systemHit: false };
  }
  if (!fp.system || !(fp.head ?? fp.tail)) return { userHit: true, systemHit: true };
  const userOnly = requestRisk({ ...request, system: '' }, config) >= at;
  const systemOnly =
    systemRisk({ ...request, messages: [{ role: 'user', text: '' }] }, config, systemRisks) >= at;
  // Evidence that needs both parts together counts for both.
  return userOnly || systemOnly
    ? { userHit: userOnly, systemHit: systemOnly }
    : { userHit: true, systemHit: true };
}

/**
 * The risk of a request reduced to its system part. A campaign sends one system prompt with one
 * set of parameters over and over, so these are remembered (small LRU, short prompts only),
 * keyed by the whole reduced request.
 */
function systemRisk(request: NormalizedRequest, config: RiskConfig, memo: Map<string, number>): number {
  const key = JSON.stringify(request);
  if (key.length > 16_384) return requestRisk(request, config);
  let risk = memo.get(key);
  if (risk === undefined) {
    risk = requestRisk(request, config);
    if (memo.size >= 256) memo.delete(memo.keys().next().value as string);
  } else memo.delete(key);
  memo.set(key, risk);
  return risk;
}

/**
 * A flagged key links this request to its campaign while the key is still dominated by
 * extraction-like accounts: a scaffold or system prompt that ordinary users send as often as the
 * campaign did links nobody. A request that is not extraction-like itself needs a key held almost
 * entirely by the campaign (a generic system prompt behind a shared VPN exit is not enough).
 */
function links(state: CampaignKeyState, key: CampaignKey | undefined, hit: boolean): boolean {
  if (!state.flagged || kindOf(state.key) === 'infra' || !key) return false;
  const share = Math.max(key.rule.minHitShare, hit ? 0 : 0.8);
  return state.hitAccounts >= share * state.accounts;
}

function resolveCampaign(
  states: readonly CampaignKeyState[],
  keys: readonly CampaignKey[],
  prev: AccountSnapshot | undefined,
  now: number,
): CampaignLink | undefined {
  const flagged = states.filter((s, i) => links(s, keys[i], keys[i]?.hit === true));
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
  score: RequestVerdict,
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

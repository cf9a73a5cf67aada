import type { RiskConfig } from '../config.ts';
import type { RequestVerdict } from '../engine.ts';
import { hash64Hex } from '../hash.ts';
import type { CampaignKey, CampaignRule } from './state.ts';

/** Which kind of link a key is; content and imitation keys carry a campaign flag to an account. */
export type KeyKind = 'scaffold' | 'system' | 'tools' | 'imitation' | 'infra';

const KIND: Readonly<Record<string, KeyKind>> = {
  s: 'scaffold',
  t: 'scaffold',
  y: 'system',
  x: 'tools',
  i: 'imitation',
  j: 'imitation',
  r: 'imitation',
  n: 'infra',
};

export const kindOf = (key: string): KeyKind => KIND[key[0] ?? ''] ?? 'infra';

export interface KeyContext {
  subnet: string;
  userAgent: string;
  /** The account was suspect before this request. */
  suspect: boolean;
  /** The account has used at least 4 networks recently (rotating proxies). */
  rotating: boolean;
  /** Where the extraction evidence sits: in the user turns, in the system prompt (see `partHits`). */
  userHit: boolean;
  systemHit: boolean;
  /**
   * The account itself sends single-turn, tool-free traffic at volume: the behaviour of a bulk
   * imitation client, not of a person chatting.
   */
  bulkSingleTurn: boolean;
}

/**
 * The campaign keys of one request:
 * - content keys (`s:`/`t:` scaffold head and tail, `y:` system prompt, `x:` tool set) count as
 *   hits when the request is extraction-like *because of that part*: a benign user turn sent
 *   under a harvesting system prompt is no evidence against everyone else who sends it;
 * - `i:` imitation = system prompt + sampling signature + subnet, a hit for single-turn,
 *   tool-free traffic: broad imitation under one signature from shared proxies, whose
 *   individual prompts are ordinary;
 * - `j:` the same without the subnet, a hit only from accounts rotating through networks, for
 *   imitation spread over a proxy pool too wide to share subnets;
 * - `r:` the scaffold head or tail of a request that asks for the most reasoning (a large thinking
 *   budget, high reasoning effort), a hit for single-turn, tool-free traffic from a bulk client:
 *   one instruction, or one bank of problems, harvested for long reasoning from many accounts
 *   whose individual prompts read as ordinary ("solve this problem, show your reasoning");
 * - `n:` infrastructure = subnet + user agent + sampling signature, a hit when the account is
 *   already suspect. It never flags an account on its own (VPN users share exit addresses with
 *   attackers); a flagged `n:` key only adds account-level evidence.
 */
export function campaignKeys(score: RequestVerdict, ctx: KeyContext, config: RiskConfig): CampaignKey[] {
  const fp = score.fingerprints;
  const c = config.campaign;
  const content: CampaignRule = {
    minAccounts: c.minAccounts,
    minHitAccounts: c.minHitAccounts,
    minHitShare: c.minHitShare,
  };
  const hit = score.risk >= config.request.extractionLike;
  const keys: CampaignKey[] = [];
  if (fp.head) keys.push({ key: `s:${fp.head}`, hit: ctx.userHit, rule: content });
  if (fp.tail) keys.push({ key: `t:${fp.tail}`, hit: ctx.userHit, rule: content });
  if (fp.system) keys.push({ key: `y:${fp.system}`, hit: ctx.systemHit, rule: content });
  if (fp.tools) keys.push({ key: `x:${fp.tools}`, hit, rule: content });
  if (fp.system) {
    const imitation = score.features.singleTurn && score.features.toolCount === 0 && ctx.bulkSingleTurn;
    keys.push({
      key: `i:${hash64Hex(`${fp.system}|${fp.sampling}|${ctx.subnet}`)}`,
      hit: imitation,
      rule: { minAccounts: c.imitationMinAccounts, minHitAccounts: c.imitationMinAccounts, minHitShare: 0.8 },
    });
  }
  if (fp.system) {
    const imitation =
      score.features.singleTurn && score.features.toolCount === 0 && ctx.bulkSingleTurn && ctx.rotating;
    keys.push({
      key: `j:${hash64Hex(`${fp.system}|${fp.sampling}`)}`,
      hit: imitation,
      rule: {
        minAccounts: c.imitationMinAccounts,
        minHitAccounts: c.imitationMinAccounts + 2,
        minHitShare: 0.6,
      },
    });
  }
  if (score.features.maxReasoning) {
    const bulk = score.features.singleTurn && score.features.toolCount === 0 && ctx.bulkSingleTurn;
    const rule = {
      minAccounts: c.imitationMinAccounts,
      minHitAccounts: c.imitationMinAccounts,
      minHitShare: 0.8,
    };
    // The instruction, and the subject matter: accounts that word the ask differently still
    // work through one bank of problems.
    if (fp.head) keys.push({ key: `r:${fp.head}`, hit: bulk, rule });
    if (fp.tail) keys.push({ key: `r:t${fp.tail}`, hit: bulk, rule });
  }
  keys.push({
    key: `n:${hash64Hex(`${ctx.subnet}|${ctx.userAgent}|${fp.sampling}`)}`,
    hit: ctx.suspect || hit,
    rule: { minAccounts: c.infraMinAccounts, minHitAccounts: c.infraMinAccounts, minHitShare: 0.5 },
  });
  return keys;
}

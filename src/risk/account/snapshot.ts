import type { RiskConfig } from '../config.ts';
import { popcount32 } from '../hash.ts';
import { FAMILIES, type FamilyScores } from '../types.ts';

/**
 * Per-account behaviour state: a plain JSON object of bounded size (about 1.5 KB serialised,
 * whatever the account's volume), so any key-value store can hold it. Counters decay
 * exponentially with `account.halfLifeMs`, so shares describe recent behaviour and an account
 * that stops extracting recovers. All updates are pure: `(previous, observation, now) → next`.
 */
export interface AccountSnapshot {
  v: 1;
  /** First and last request, ms. `at` is the time the decayed counters refer to. */
  first: number;
  last: number;
  at: number;
  /** Lifetime requests (not decayed). */
  total: number;
  /** Decayed counts: requests, extraction-like, strong, risk sum, single-turn, logprob-harvest, near-duplicates. */
  n: number;
  x: number;
  s: number;
  risk: number;
  single: number;
  lp: number;
  nd: number;
  /** Decayed sum of each family's score, in `FAMILIES` order. */
  fam: number[];
  /** Decayed request count with the short `rateHalfLifeMs`: a rate over about an hour. */
  rate: number;
  /** SpaceSaving (k = 8) over scaffold fingerprints: [scaffold, count, risk sum, overestimate]. */
  tpl: [string, number, number, number][];
  /** SpaceSaving (k = 4) over sampling signatures: [signature, count]. */
  sig: [string, number][];
  /** Ring of the last 16 SimHash64 values, flattened [hi, lo, hi, lo, …], and the next slot. */
  sim: number[];
  simAt: number;
  /** Most recent distinct /24-/48 subnets (up to 8) and user agents (up to 4), newest first. */
  nets: string[];
  uas: string[];
  /** Distinct subnets and user agents seen (a new entry in the MRU list counts once). */
  netsSeen: number;
  uasSeen: number;
  /** Welford over log10 of inter-arrival seconds: [count (capped), mean, M2]. */
  gaps: [number, number, number];
  /** Decayed count per UTC hour of day. */
  hours: number[];
  /** Suspect status: since when, until when (renewed by new evidence), why, at which request. */
  suspect?: { since: number; until: number; reason: string; atRequest: number };
  /** Linked to a flagged campaign until `until`. */
  campaign?: { id: string; until: number };
  /**
   * logit_bias token sets: the most recent distinct ones (up to 16, newest first; 32-bit
   * fingerprints), a decayed count of requests that biased tokens, and of those that brought a
   * set not among the recent ones. Absent until the account biases tokens.
   */
  lb?: string[];
  lbReq?: number;
  lbNew?: number;
  /** Shares infrastructure with suspect accounts until this time. */
  infraUntil?: number;
}

/** What one request contributes to its account. */
export interface AccountObservation {
  risk: number;
  families: FamilyScores;
  scaffold?: string;
  simhash: [number, number];
  sampling: string;
  /** The logit_bias token set's fingerprint, when the request biases tokens. */
  bias?: string;
  singleTurn: boolean;
  subnet: string;
  userAgent: string;
  campaign?: { id: string; until: number };
  infraUntil?: number;
}

const TEMPLATE_SLOTS = 8;
const SIGNATURE_SLOTS = 4;
const SIM_SLOTS = 16;
const NET_SLOTS = 8;
const UA_SLOTS = 4;
const GAP_WINDOW = 200;
// Enough for a multi-task classifier's label sets to recur without looking new.
const BIAS_SLOTS = 16;

export function emptySnapshot(now: number): AccountSnapshot {
  return {
    v: 1,
    first: now,
    last: now,
    at: now,
    total: 0,
    n: 0,
    x: 0,
    s: 0,
    risk: 0,
    single: 0,
    lp: 0,
    nd: 0,
    fam: FAMILIES.map(() => 0),
    rate: 0,
    tpl: [],
    sig: [],
    sim: [],
    simAt: 0,
    nets: [],
    uas: [],
    netsSeen: 0,
    uasSeen: 0,
    gaps: [0, 0, 0],
    hours: Array.from({ length: 24 }, () => 0),
  };
}

/** Decay factor for `elapsed` ms at a half-life; out-of-order time never grows a counter. */
export const decay = (elapsed: number, halfLife: number): number => 2 ** (-Math.max(0, elapsed) / halfLife);

/**
 * Fold one request into the snapshot. Pure: returns a new snapshot. O(1) in the account's
 * history (every structure is bounded) and O(16) SimHash comparisons. Written as plain loops
 * and one object literal: this runs for every request, and spreads, destructuring and
 * `map` callbacks cost more than the arithmetic.
 */
export function updateAccountSnapshot(
  previous: AccountSnapshot | undefined,
  obs: AccountObservation,
  now: number,
  config: RiskConfig,
): AccountSnapshot {
  const prev = previous ?? emptySnapshot(now);
  const d = decay(now - prev.at, config.account.halfLifeMs);
  const dr = decay(now - prev.at, config.account.rateHalfLifeMs);
  const req = config.request;
  const fam: number[] = [];
  for (let i = 0; i < FAMILIES.length; i++) {
    fam.push((prev.fam[i] ?? 0) * d + obs.families[FAMILIES[i] as (typeof FAMILIES)[number]]);
  }
  const hour = Math.floor(now / 3_600_000) % 24;
  const hours: number[] = [];
  for (let i = 0; i < prev.hours.length; i++)
    hours.push((prev.hours[i] as number) * d + (i === hour ? 1 : 0));
  const next: AccountSnapshot = {
    v: 1,
    first: prev.first,
    last: Math.max(prev.last, now),
    at: Math.max(prev.at, now),
    total: prev.total + 1,
    n: prev.n * d + 1,
    x: prev.x * d + (obs.risk >= req.extractionLike ? 1 : 0),
    s: prev.s * d + (obs.risk >= req.strong ? 1 : 0),
    risk: prev.risk * d + obs.risk,
    single: prev.single * d + (obs.singleTurn ? 1 : 0),
    lp: prev.lp * d + (obs.families['logprob-harvest'] >= req.extractionLike ? 1 : 0),
    nd: prev.nd * d + (isNearDuplicate(prev.sim, obs.simhash, config.account.nearDupHamming) ? 1 : 0),
    fam,
    rate: prev.rate * dr + 1,
    tpl: addTemplate(prev.tpl, d, obs.scaffold, obs.risk),
    sig: addSignature(prev.sig, d, obs.sampling),
    sim: writeRing(prev.sim, prev.simAt, obs.simhash),
    simAt: (prev.simAt + 1) % SIM_SLOTS,
    nets: mru(prev.nets, obs.subnet, NET_SLOTS),
    uas: mru(prev.uas, obs.userAgent, UA_SLOTS),
    netsSeen: prev.netsSeen + (prev.nets.includes(obs.subnet) ? 0 : 1),
    uasSeen: prev.uasSeen + (prev.uas.includes(obs.userAgent) ? 0 : 1),
    gaps: prev.total === 0 ? prev.gaps : addGap(prev.gaps, now - prev.last),
    hours,
  };
  if (obs.bias !== undefined) {
    const seen = prev.lb ?? [];
    const key = obs.bias.slice(0, 8);
    next.lb = mru(seen, key, BIAS_SLOTS);
    next.lbReq = (prev.lbReq ?? 0) * d + 1;
    next.lbNew = (prev.lbNew ?? 0) * d + (seen.includes(key) ? 0 : 1);
  } else if (prev.lb !== undefined) {
    next.lb = prev.lb;
    next.lbReq = (prev.lbReq ?? 0) * d;
    next.lbNew = (prev.lbNew ?? 0) * d;
  }
  if (prev.suspect !== undefined) next.suspect = prev.suspect;
  if (obs.campaign) next.campaign = obs.campaign;
  else if (prev.campaign !== undefined && prev.campaign.until > now) next.campaign = prev.campaign;
  if (obs.infraUntil !== undefined) next.infraUntil = Math.max(obs.infraUntil, prev.infraUntil ?? 0);
  else if (prev.infraUntil !== undefined) next.infraUntil = prev.infraUntil;
  return next;
}

function isNearDuplicate(ring: readonly number[], h: [number, number], maxDistance: number): boolean {
  for (let i = 0; i + 1 < ring.length; i += 2) {
    const d =
      popcount32(((ring[i] as number) ^ h[0]) >>> 0) + popcount32(((ring[i + 1] as number) ^ h[1]) >>> 0);
    if (d <= maxDistance) return true;
  }
  return false;
}

function writeRing(ring: readonly number[], at: number, h: [number, number]): number[] {
  const next = ring.slice();
  next[2 * at] = h[0];
  next[2 * at + 1] = h[1];
  return next;
}

/** SpaceSaving (Metwally et al.): a miss replaces the smallest slot and inherits its count as error. */
function addTemplate(
  slots: readonly [string, number, number, number][],
  d: number,
  key: string | undefined,
  risk: number,
): [string, number, number, number][] {
  const next: [string, number, number, number][] = [];
  let hit: [string, number, number, number] | undefined;
  for (const s of slots) {
    const slot: [string, number, number, number] = [s[0], s[1] * d, s[2] * d, s[3] * d];
    if (hit === undefined && slot[0] === key) hit = slot;
    next.push(slot);
  }
  if (key === undefined) return next;
  if (hit) {
    hit[1] += 1;
    hit[2] += risk;
  } else if (next.length < TEMPLATE_SLOTS) next.push([key, 1, risk, 0]);
  else {
    let min = 0;
    for (let i = 1; i < next.length; i++) if ((next[i]?.[1] ?? 0) < (next[min]?.[1] ?? 0)) min = i;
    const floor = next[min]?.[1] ?? 0;
    // The inherited count carries no risk: the template's mean risk is judged on its own hits.
    next[min] = [key, floor + 1, risk, floor];
  }
  return next;
}

function addSignature(slots: readonly [string, number][], d: number, key: string): [string, number][] {
  const next: [string, number][] = [];
  let hit: [string, number] | undefined;
  for (const s of slots) {
    const slot: [string, number] = [s[0], s[1] * d];
    if (hit === undefined && slot[0] === key) hit = slot;
    next.push(slot);
  }
  if (hit) hit[1] += 1;
  else if (next.length < SIGNATURE_SLOTS) next.push([key, 1]);
  else {
    let min = 0;
    for (let i = 1; i < next.length; i++) if ((next[i]?.[1] ?? 0) < (next[min]?.[1] ?? 0)) min = i;
    next[min] = [key, (next[min]?.[1] ?? 0) + 1];
  }
  return next;
}

/** `item` first, then the rest of `list` without it, at most `size`. */
function mru(list: readonly string[], item: string, size: number): string[] {
  const out = [item];
  for (const x of list) if (x !== item && out.length < size) out.push(x);
  return out;
}

/** Welford's running mean/variance of log10 seconds between requests, over about the last 200 gaps. */
function addGap(gaps: [number, number, number], elapsedMs: number): [number, number, number] {
  const x = Math.log10(Math.max(elapsedMs, 1) / 1000 + 0.001);
  const [n0, mean0, m20] = gaps;
  const scale = n0 >= GAP_WINDOW ? (GAP_WINDOW - 1) / GAP_WINDOW : 1;
  const n = Math.min(n0, GAP_WINDOW - 1) + 1;
  const m2Scaled = m20 * scale;
  const delta = x - mean0;
  const mean = mean0 + delta / n;
  return [n, mean, m2Scaled + delta * (x - mean)];
}

import type { RiskConfig } from '../config.ts';
import { unit } from '../types.ts';
import type { AccountSnapshot } from './snapshot.ts';

/** The account-level verdict, from its snapshot alone. */
export interface AccountRisk {
  value: number;
  reasons: string[];
  /** Judged to be extracting now or recently (sticky for `account.suspectTtlMs`). */
  suspect: boolean;
  features: {
    requests: number;
    extractionShare: number;
    strong: number;
    topTemplateShare: number;
    topTemplateRisk: number;
    nearDupShare: number;
    singleTurnShare: number;
    topSignatureShare: number;
    networks: number;
    userAgents: number;
    gapLogStd: number;
    hourEntropy: number;
    ratePerHour: number;
  };
}

/**
 * Combine behaviour evidence, noisy-OR. Volume and template reuse alone are never evidence:
 * a summarisation pipeline or a maths eval harness repeats one template all day. Every term
 * needs extraction-like requests, or a repeated template whose own requests score as such;
 * concentration, automation and network rotation only strengthen that evidence.
 */
export function assessAccount(s: AccountSnapshot, now: number, config: RiskConfig): AccountRisk {
  const c = config.account;
  const n = Math.max(s.n, 1e-9);
  const share = s.x / n;
  const terms: { value: number; reason: string }[] = [];
  const add = (value: number, reason: string) => {
    if (value > 0) terms.push({ value: unit(value), reason });
  };
  // One request is the request level's business; behaviour starts at the second.
  if (s.x >= 1.9) {
    add(
      (s.x / (s.x + 1.5)) * Math.min(1, share / 0.25),
      `${fmt(s.x)} of ~${fmt(s.n)} recent requests extraction-like`,
    );
  }
  if (s.s >= 1.9)
    add(Math.min(0.9, s.s / (s.s + 1)) * Math.min(1, s.s / n / 0.1), `${fmt(s.s)} high-risk requests`);
  const top = topTemplate(s);
  if (top.count >= c.templateMin && top.share >= 0.3 && top.risk >= c.templateRisk) {
    add(
      Math.min(0.85, top.risk * 1.6) * Math.min(1, top.share / 0.5),
      `one template repeated ~${fmt(top.count)} times, mean risk ${top.risk.toFixed(2)}`,
    );
  }
  if (s.lp >= 2.9 && s.lp / n >= 0.2) add(0.75, `logprob probing in ${fmt(s.lp)} requests`);
  // A classifier biases the same two or three label tokens every time; recovering logits with
  // logit_bias (Carlini et al. 2024) moves the bias to new tokens request after request.
  const sweep = s.lbNew ?? 0;
  // More new sets than the snapshot keeps: a classifier with up to 16 label sets never gets there.
  if (sweep >= 19.9 && sweep / Math.max(s.lbReq ?? 0, 1e-9) >= 0.5)
    add(Math.min(0.9, 0.7 + sweep / 200), `sweeps logit_bias over ~${fmt(sweep)} new token sets`);
  const evidence = terms.length > 0;
  const nearDupShare = s.nd / n;
  const singleShare = s.single / n;
  const gapStd = s.gaps[0] >= 2 ? Math.sqrt(s.gaps[2] / (s.gaps[0] - 1)) : Number.NaN;
  if (evidence && nearDupShare >= 0.3) add(0.2, 'near-duplicate prompts');
  if (evidence && s.gaps[0] >= 20 && gapStd < 0.15) add(0.15, 'machine-regular request timing');
  if (evidence && s.netsSeen >= 5) add(0.15, `rotates through ${s.netsSeen} networks`);
  if (evidence && s.n >= 20 && singleShare >= 0.97) add(0.05, 'single-turn only');
  if ((s.infraUntil ?? 0) > now)
    add(config.campaign.infraEvidence, 'shares network, client and parameters with suspect accounts');
  const value = unit(1 - terms.reduce((p, t) => p * (1 - t.value), 1));
  const sticky = s.suspect !== undefined && s.suspect.until > now;
  const linked = s.campaign !== undefined && s.campaign.until > now;
  return {
    value,
    reasons: terms.sort((a, b) => b.value - a.value).map((t) => t.reason),
    suspect: value >= c.suspectAt || sticky || linked,
    features: {
      requests: s.total,
      extractionShare: share,
      strong: s.s,
      topTemplateShare: top.share,
      topTemplateRisk: top.risk,
      nearDupShare,
      singleTurnShare: singleShare,
      topSignatureShare: topSignature(s) / n,
      networks: s.netsSeen,
      userAgents: s.uasSeen,
      gapLogStd: Number.isFinite(gapStd) ? gapStd : 0,
      hourEntropy: entropy(s.hours),
      ratePerHour: s.rate * (Math.LN2 / (config.account.rateHalfLifeMs / 3_600_000)),
    },
  };
}

/** Record (or renew) suspect status on the snapshot. Pure. */
export function markSuspect(
  s: AccountSnapshot,
  risk: AccountRisk,
  now: number,
  config: RiskConfig,
): AccountSnapshot {
  if (risk.value < config.account.suspectAt) return s;
  const until = now + config.account.suspectTtlMs;
  const suspect =
    s.suspect && s.suspect.until > now
      ? { ...s.suspect, until }
      : { since: now, until, reason: risk.reasons[0] ?? 'account behaviour', atRequest: s.total };
  return { ...s, suspect };
}

function topTemplate(s: AccountSnapshot): { count: number; share: number; risk: number } {
  let best: [string, number, number, number] | undefined;
  for (const slot of s.tpl) if (!best || slot[1] > best[1]) best = slot;
  if (!best) return { count: 0, share: 0, risk: 0 };
  const count = best[1];
  const riskSum = best[2];
  const err = best[3];
  const own = Math.max(count - err, 1e-9);
  return { count: own, share: own / Math.max(s.n, 1e-9), risk: riskSum / own };
}

/** The largest signature count (0 when none), as `Math.max(0, ...counts)`. */
function topSignature(s: AccountSnapshot): number {
  let top = 0;
  for (const slot of s.sig) top = Math.max(top, slot[1]);
  return top;
}

function entropy(counts: readonly number[]): number {
  let total = 0;
  for (const c of counts) total += c;
  if (total <= 0) return 0;
  let h = 0;
  for (const c of counts) if (c > 0) h -= (c / total) * Math.log2(c / total);
  return h;
}

const fmt = (x: number): string => (x >= 10 ? Math.round(x).toString() : x.toFixed(1).replace(/\.0$/, ''));

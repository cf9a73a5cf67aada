import type { ClassIndex } from './class-index.ts';
import type { EmbedPlan } from './embedder.ts';
import { createKeyDeriver, type KeyDeriver } from './keys.ts';
import { bonferroniLog, createTailCache, fisherLog, fromLog, log10Of } from './stats.ts';
import { buildTape, countLayer, type HashedSlot, hashSlots, type LayerCount, type Tape } from './tape.ts';
import { createUnitHasher } from './units.ts';

export interface LayerResult {
  units: number;
  matches: number;
  pValue: number;
  /** log10 of the p-value: still exact where `pValue` underflows to 0. */
  log10PValue: number;
}

export interface Attribution {
  account: string;
  pValue: number;
  pAdjusted: number;
}

/** The detector's answer, in the exact shape `watermark detect` prints (DESIGN.md). */
export interface DetectReport {
  units: number;
  matches: number;
  /** "Came from this API": Fisher over the layers tested, Bonferroni over epochs tried. */
  pValue: number;
  verdict: 'watermarked' | 'not-detected';
  layers: {
    global: LayerResult & { epoch: number };
    /** The best candidate: its account layer pooled with its own (solo) campaign layer. */
    account: (LayerResult & { account: string; pAdjusted: number }) | null;
    campaign: (LayerResult & { campaign: string; pAdjusted: number }) | null;
  };
  attribution: Attribution[];
}

export interface DetectOptions {
  secret: string;
  /** Derives the keys (default: from `secret`); evaluation passes a caching one. */
  deriver?: KeyDeriver;
  /** Epochs to try (the current and the previous one); the result is corrected for trying several. */
  epochs: readonly number[];
  strength: EmbedPlan;
  accounts?: readonly string[];
  campaigns?: readonly string[];
  /** "watermarked" below this p-value. */
  alpha?: number;
  index?: ClassIndex;
}

const result = (c: LayerCount, logP: number): LayerResult => ({
  units: c.units,
  matches: c.matches,
  pValue: fromLog(logP),
  log10PValue: log10Of(logP),
});

interface Scored {
  id: string;
  count: LayerCount;
  logP: number;
}

/** Test every candidate key on the tape; sorted most likely first. Keys are derived in batches. */
async function scoreCandidates(
  ids: readonly string[],
  score: (id: string) => Promise<LayerCount>,
  tailFor: ReturnType<typeof createTailCache>,
): Promise<Scored[]> {
  const out: Scored[] = [];
  for (let i = 0; i < ids.length; i += 512) {
    const batch = ids.slice(i, i + 512);
    const counts = await Promise.all(batch.map(score));
    counts.forEach((count, j) => {
      out.push({ id: batch[j]!, count, logP: tailFor(count.groups)(count.matches) });
    });
  }
  return out.sort((a, b) => a.logP - b.logP || (a.id < b.id ? -1 : 1));
}

async function detectEpoch(
  deriver: KeyDeriver,
  slots: readonly HashedSlot[],
  epoch: number,
  o: DetectOptions,
) {
  const base = await deriver.base(epoch);
  const tape: Tape = buildTape(slots, base.layer);
  const hasher = createUnitHasher();
  const tailFor = createTailCache();
  const global = countLayer(
    tape.global,
    base.global,
    { strength: o.strength.global, classLevel: false },
    hasher,
  );
  const globalLogP = tailFor(global.groups)(global.matches);

  const accounts = await scoreCandidates(
    o.accounts ?? [],
    async (account) => {
      const [a, solo] = await Promise.all([
        deriver.account(epoch, account),
        deriver.campaign(epoch, { solo: account }),
      ]);
      const count = countLayer(tape.account, a, { strength: o.strength.account, classLevel: false }, hasher);
      const strength = o.strength.campaign;
      return countLayer(tape.campaign, solo, { strength, classLevel: true, into: count }, hasher);
    },
    tailFor,
  );
  const campaigns = await scoreCandidates(
    o.campaigns ?? [],
    async (id) =>
      countLayer(
        tape.campaign,
        await deriver.campaign(epoch, { id }),
        { strength: o.strength.campaign, classLevel: true },
        hasher,
      ),
    tailFor,
  );
  return { epoch, global, globalLogP, accounts, campaigns };
}

/**
 * Is this corpus watermarked, and by whose key? Finds the slots of every text, keeps the first
 * occurrence of each unit on one tape, and tests each layer with the exact Poisson-binomial tail:
 * the global key ("came from this API"), each candidate account, each candidate campaign. Layers
 * combine by Fisher's method (their keys are independent, so given the text their tests are);
 * candidates are corrected by Bonferroni, and everything by the number of epochs tried.
 */
export async function detect(texts: Iterable<string>, o: DetectOptions): Promise<DetectReport> {
  return detectSlots(hashSlots(texts, o.index), o);
}

/** `detect` on slots already found and hashed: calibration runs many keys over one corpus. */
export async function detectSlots(slots: readonly HashedSlot[], o: DetectOptions): Promise<DetectReport> {
  return (await detectDetailed(slots, o)).report;
}

/** The report, and log10 of its p-value, which stays exact where `pValue` underflows to 0. */
export async function detectDetailed(
  slots: readonly HashedSlot[],
  o: DetectOptions,
): Promise<{ report: DetectReport; log10P: number; counts: { global: LayerCount; account?: LayerCount } }> {
  const deriver = o.deriver ?? (await createKeyDeriver(o.secret));
  const epochs = o.epochs.length > 0 ? o.epochs : [1];
  const nE = epochs.length;
  let best:
    | { combined: number; report: DetectReport; counts: { global: LayerCount; account?: LayerCount } }
    | undefined;
  for (const epoch of epochs) {
    const r = await detectEpoch(deriver, slots, epoch, o);
    const nA = r.accounts.length;
    const nC = r.campaigns.length;
    const topA = r.accounts[0];
    const topC = r.campaigns[0];
    const adjA = topA && bonferroniLog(topA.logP, nA * nE);
    const adjC = topC && bonferroniLog(topC.logP, nC * nE);
    const parts = [r.globalLogP, ...(topA ? [bonferroniLog(topA.logP, nA)] : [])];
    if (topC) parts.push(bonferroniLog(topC.logP, nC));
    const combined = bonferroniLog(fisherLog(parts), nE);
    if (best && best.combined <= combined) continue;
    const units = r.global.units + (topA?.count.units ?? 0) + (topC?.count.units ?? 0);
    const matches = r.global.matches + (topA?.count.matches ?? 0) + (topC?.count.matches ?? 0);
    const pValue = fromLog(combined);
    best = {
      combined,
      counts: { global: r.global, ...(topA ? { account: topA.count } : {}) },
      report: {
        units,
        matches,
        pValue,
        verdict: pValue < (o.alpha ?? 1e-6) ? 'watermarked' : 'not-detected',
        layers: {
          global: { ...result(r.global, r.globalLogP), epoch },
          account:
            topA && adjA !== undefined
              ? { account: topA.id, ...result(topA.count, topA.logP), pAdjusted: fromLog(adjA) }
              : null,
          campaign:
            topC && adjC !== undefined
              ? { campaign: topC.id, ...result(topC.count, topC.logP), pAdjusted: fromLog(adjC) }
              : null,
        },
        attribution: r.accounts.map((a) => ({
          account: a.id,
          pValue: fromLog(a.logP),
          pAdjusted: fromLog(bonferroniLog(a.logP, nA * nE)),
        })),
      },
    };
  }
  return { report: best!.report, log10P: log10Of(best!.combined), counts: best!.counts };
}

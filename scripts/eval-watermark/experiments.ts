import { calibrate, createRandomizedP, summarize } from '../../src/watermark/calibrate.ts';
import { defaultWatermarkConfig } from '../../src/watermark/config.ts';
import { type DetectReport, detectDetailed } from '../../src/watermark/detect.ts';
import { embedText } from '../../src/watermark/embedder.ts';
import { createKeyDeriver, createKeyring, type KeyDeriver, type Keyring } from '../../src/watermark/keys.ts';
import { hashSlots } from '../../src/watermark/tape.ts';
import type { Attack } from './attacks.ts';
import { accountId, cachingDeriver, type Doc, rng, sample } from './corpus.ts';

export const SECRET = 'distill-guard-evaluation-secret';
export const EPOCH = 1;
/** The proxy's defaults, which `watermark embed` and `watermark detect` use too. */
export const STRENGTH = defaultWatermarkConfig().strength;
export const CANDIDATES = Array.from({ length: 10_000 }, (_, i) => accountId(i));

export interface Lab {
  deriver: KeyDeriver;
  keyring: Keyring;
  /** What the proxy returns to a flagged account (no campaign): `watermark embed --account`. */
  embed(text: string, account: string): Promise<string>;
  detect(texts: string[], accounts?: readonly string[]): Promise<{ report: DetectReport; log10P: number }>;
}

export async function createLab(): Promise<Lab> {
  const deriver = cachingDeriver(await createKeyDeriver(SECRET));
  const keyring = createKeyring(deriver, EPOCH, 20_000);
  return {
    deriver,
    keyring,
    async embed(text, account) {
      const keys = await keyring.keys({ account, campaign: { solo: account } });
      return embedText(text, keys, { ...STRENGTH, account: 1 });
    },
    detect: (texts, accounts = CANDIDATES) =>
      detectDetailed(hashSlots(texts), {
        secret: SECRET,
        deriver,
        epochs: [EPOCH],
        strength: STRENGTH,
        accounts,
      }),
  };
}

export interface TrialResult {
  pValue: number;
  log10P: number;
  correct: boolean;
  pAdjusted: number;
  units: number;
}

/** One flagged account's responses, maybe transformed, tested against 10,000 candidates. */
export async function trial(
  lab: Lab,
  docs: readonly Doc[],
  opts: { seed: number; attack?: Attack; mixWith?: readonly Doc[] },
): Promise<TrialResult> {
  const rnd = rng(opts.seed);
  const target = CANDIDATES[Math.floor(rnd() * CANDIDATES.length)]!;
  const texts: string[] = [];
  for (const d of docs) {
    const marked = await lab.embed(d.text, target);
    texts.push(opts.attack ? opts.attack(marked, rnd) : marked);
  }
  if (opts.mixWith) {
    const clean = opts.mixWith.map((d) => (opts.attack ? opts.attack(d.text, rnd) : d.text));
    const mixed = texts.flatMap((t, i) => (clean[i] === undefined ? [t] : [t, clean[i]]));
    texts.splice(0, texts.length, ...mixed);
  }
  const { report: r, log10P } = await lab.detect(texts);
  const top = r.attribution[0];
  return {
    pValue: r.pValue,
    log10P,
    correct: top?.account === target,
    pAdjusted: top?.account === target ? top.pAdjusted : 1,
    units: r.units,
  };
}

export async function trials(
  lab: Lab,
  corpus: readonly Doc[],
  n: number,
  count: number,
  opts: { seed: number; attack?: Attack } = { seed: 1 },
): Promise<TrialResult[]> {
  const out: TrialResult[] = [];
  for (let k = 0; k < count; k++) {
    const rnd = rng(opts.seed * 7919 + k);
    const docs = sample(corpus, n, rnd);
    out.push(await trial(lab, docs, { ...opts, seed: opts.seed * 104_729 + k }));
  }
  return out;
}

/** A corpus pooled from `accounts` flagged accounts, one response each. */
export async function pooled(lab: Lab, corpus: readonly Doc[], accounts: number, seed: number) {
  const rnd = rng(seed);
  const docs = sample(corpus, accounts, rnd);
  const owners = sample(CANDIDATES, accounts, rnd);
  const texts = await Promise.all(docs.map((d, i) => lab.embed(d.text, owners[i]!)));
  const { report: r, log10P } = await lab.detect(texts);
  const contributors = new Set(owners);
  const attributed = r.attribution.filter((a) => a.pAdjusted < 1e-6);
  return {
    pValue: r.pValue,
    log10P,
    attributed: attributed.filter((a) => contributors.has(a.account)).length,
    falselyAttributed: attributed.filter((a) => !contributors.has(a.account)).length,
  };
}

/** The random-key null over the clean corpus, and over random 20-response subsets of it. */
export async function falsePositives(corpus: readonly Doc[], keys: number) {
  const perDoc = corpus.map((d) => hashSlots([d.text]));
  let k = 0;
  const randomId = () => `null-key-${k++}`;
  const uniform = rng(98);
  const whole = await calibrate(perDoc.flat(), {
    epochs: [EPOCH],
    strength: STRENGTH,
    keys,
    randomId,
    uniform,
  });
  const rnd = rng(99);
  const randomized = createRandomizedP(uniform);
  const exact: number[] = [];
  const random: number[] = [];
  for (let i = 0; i < keys; i++) {
    const slots = sample(perDoc, 20, rnd).flat();
    const { report, counts } = await detectDetailed(slots, {
      secret: randomId(),
      epochs: [EPOCH],
      strength: STRENGTH,
      accounts: [randomId()],
    });
    exact.push(report.pValue);
    if (counts.account) random.push(randomized(counts.account));
  }
  return { whole, twenty: summarize(exact), twentyRandomized: summarize(random) };
}

/** The real secret on the clean corpus: no candidate among 10,000 may be attributed. */
export async function cleanAttribution(lab: Lab, corpus: readonly Doc[]) {
  const { report: r } = await lab.detect(corpus.map((d) => d.text));
  return { pValue: r.pValue, minAdjusted: r.attribution[0]?.pAdjusted ?? 1, units: r.units };
}

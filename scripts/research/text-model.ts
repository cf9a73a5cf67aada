/**
 * Research, not product: would a learned layer over the normalised text help the lexicon
 * detectors on wording they have not seen? A logistic model over hashed words, word pairs and
 * character 4-grams of the normalised instructions (system prompt and user turns, as the
 * families read them), trained on every labelled set but one and scored on the one left out,
 * beside the lexicon risk alone and the mean of the two.
 *
 *   node --import tsx scripts/research/text-model.ts [--grams 4] [--dims 18] [--epochs 8]
 *
 * The decisive row is `fresh/set11`: a set nobody has tuned on (see test/fixtures/fresh).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultPolicy } from '../../src/policy/parse.ts';
import { parseRequest } from '../../src/providers/parse.ts';
import { extractFeatures } from '../../src/risk/features.ts';
import { scoreRequest } from '../../src/risk/score-request.ts';
import { rocAuc, tprAtFpr } from '../eval/metrics.ts';

const { values } = parseArgs({
  options: {
    grams: { type: 'string', default: '4' },
    dims: { type: 'string', default: '18' },
    epochs: { type: 'string', default: '8' },
  },
});
const GRAM = Number(values.grams);
const DIMS = 1 << Number(values.dims);
const EPOCHS = Number(values.epochs);

const SETS: Record<string, string> = {
  dev: process.env.DEV_CORPUS ?? '../shared/data/dev-prompts.jsonl',
  heldout: 'test/fixtures/heldout/requests.jsonl',
  'probes/set6': 'test/fixtures/probes/set6.jsonl',
  'probes/set7': 'test/fixtures/probes/set7.jsonl',
  'probes/set8': 'test/fixtures/probes/set8.jsonl',
  'probes/set9': 'test/fixtures/probes/set9.jsonl',
  'probes/set10': 'test/fixtures/probes/set10.jsonl',
  'fresh/set11': 'test/fixtures/fresh/set11.jsonl',
};

interface Item {
  features: Int32Array;
  positive: boolean;
  lexicon: number;
}

/** FNV-1a, 32 bits. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function featuresOf(text: string): Int32Array {
  const out = new Set<number>();
  const t = text.slice(0, 6000);
  const words = t.match(/[\p{L}\p{N}_]+/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    out.add(hash(`w${words[i]}`) % DIMS);
    if (i > 0) out.add(hash(`b${words[i - 1]} ${words[i]}`) % DIMS);
  }
  if (GRAM > 0) {
    const s = t.replace(/\s+/g, ' ');
    for (let i = 0; i + GRAM <= s.length; i++) out.add(hash(`c${s.slice(i, i + GRAM)}`) % DIMS);
  }
  return Int32Array.from(out);
}

function load(path: string): Item[] {
  const config = defaultPolicy().risk;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const d = JSON.parse(l) as { label: string; provider: 'anthropic' | 'openai'; body: unknown };
      const request = parseRequest(d.provider, d.body);
      return {
        features: featuresOf(extractFeatures(request).text.instructions),
        positive: d.label === 'extraction',
        lexicon: scoreRequest(request, config).risk,
      };
    });
}

/** Seeded shuffle (mulberry32), so that a run is reproducible. */
function shuffle<T>(xs: T[], seed: number): T[] {
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function train(items: Item[]): { w: Float32Array; b: number } {
  const w = new Float32Array(DIMS);
  let b = 0;
  const lr = 0.2;
  const l2 = 1e-5;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const it of shuffle(items, epoch + 1)) {
      let z = b;
      for (const f of it.features) z += w[f] as number;
      const g = 1 / (1 + Math.exp(-z)) - (it.positive ? 1 : 0);
      const step = lr / Math.sqrt(Math.max(1, it.features.length));
      for (const f of it.features) w[f] = (w[f] as number) - step * g - lr * l2 * (w[f] as number);
      b -= lr * g * 0.1;
    }
  }
  return { w, b };
}

const predict = (m: { w: Float32Array; b: number }, it: Item) => {
  let z = m.b;
  for (const f of it.features) z += m.w[f] as number;
  return 1 / (1 + Math.exp(-z));
};

const data = new Map<string, Item[]>();
for (const [name, path] of Object.entries(SETS))
  if (existsSync(resolve(path))) data.set(name, load(resolve(path)));

const fmt = (rows: { positive: boolean; score: number }[]) =>
  `${rocAuc(rows).toFixed(3)} / ${(100 * tprAtFpr(rows, 0.02).tpr).toFixed(1)}%`;
process.stdout.write(
  `left-out set | n | lexicon AUC / TPR@2% | text model | mean of the two   (grams=${GRAM}, dims=2^${values.dims}, epochs=${EPOCHS})\n`,
);
for (const [name, test] of data) {
  const trainSet = [...data].filter(([k]) => k !== name).flatMap(([, v]) => v);
  const model = train(trainSet);
  const lex = test.map((it) => ({ positive: it.positive, score: it.lexicon }));
  const txt = test.map((it) => ({ positive: it.positive, score: predict(model, it) }));
  const mean = test.map((it, i) => ({
    positive: it.positive,
    score: (it.lexicon + (txt[i]?.score ?? 0)) / 2,
  }));
  process.stdout.write(`${name} | ${test.length} | ${fmt(lex)} | ${fmt(txt)} | ${fmt(mean)}\n`);
}

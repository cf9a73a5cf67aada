import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticAnswers } from '../../test/support/synthetic-answers.ts';
import { createRng } from '../risk/hash.ts';
import { canonicalize } from './canonical.ts';
import { type DetectOptions, detect } from './detect.ts';
import { type EmbedPlan, embedText } from './embedder.ts';
import { deriveKeys } from './keys.ts';

const SECRET = 'detector-test-secret';
const STRENGTH: EmbedPlan = { global: 0.5, campaign: 1, account: 1 };
const ACCOUNTS = Array.from({ length: 300 }, (_, i) => `acct_${i.toString(16).padStart(16, '0')}`);
const TARGET = ACCOUNTS[123]!;
const clean = syntheticAnswers(30, 11);
let marked: string[];

beforeAll(async () => {
  const keys = await deriveKeys(SECRET, 3, { account: TARGET, campaign: { solo: TARGET } });
  marked = clean.map((t) => embedText(t, keys, STRENGTH));
});

const opts = (o: Partial<DetectOptions> = {}): DetectOptions => ({
  secret: SECRET,
  epochs: [3],
  strength: STRENGTH,
  accounts: ACCOUNTS,
  ...o,
});

describe('detect', () => {
  it('finds the watermark and attributes it to the right account', async () => {
    const r = await detect(marked, opts());
    expect(r.verdict).toBe('watermarked');
    expect(r.pValue).toBeLessThan(1e-9);
    expect(r.attribution[0]?.account).toBe(TARGET);
    expect(r.attribution[0]?.pAdjusted).toBeLessThan(1e-6);
    expect(r.attribution[1]?.pAdjusted).toBeGreaterThan(1e-3);
    expect(r.layers.account?.account).toBe(TARGET);
    expect(r.layers.account?.matches).toBe(r.layers.account?.units);
    expect(r.units).toBe(r.layers.global.units + (r.layers.account?.units ?? 0));
    expect(Object.keys(r)).toEqual(['units', 'matches', 'pValue', 'verdict', 'layers', 'attribution']);
  });

  it('reports nothing on the unwatermarked originals', async () => {
    const r = await detect(clean, opts());
    expect(r.verdict).toBe('not-detected');
    expect(r.pValue).toBeGreaterThan(1e-4);
    expect(r.attribution.every((a) => a.pAdjusted > 1e-4)).toBe(true);
  });

  it('does not detect under another secret or another epoch', async () => {
    expect((await detect(marked, opts({ secret: 'another-secret' }))).verdict).toBe('not-detected');
    expect((await detect(marked, opts({ epochs: [2] }))).verdict).toBe('not-detected');
  });

  it('tries the current and previous epochs, and pays for it', async () => {
    const one = await detect(marked, opts());
    const two = await detect(marked, opts({ epochs: [4, 3] }));
    expect(two.layers.global.epoch).toBe(3);
    expect(two.attribution[0]?.account).toBe(TARGET);
    expect(two.attribution[0]!.pAdjusted).toBeCloseTo(2 * one.attribution[0]!.pAdjusted, 20);
  });

  it('survives NFKC, zero-width characters, curly quotes, odd spaces and case', async () => {
    const rnd = createRng(5);
    const mangled = marked.map((t) =>
      t
        .replace(/ /g, (s) => (rnd() < 0.3 ? '\u00a0' : rnd() < 0.1 ? '  \u200b' : s))
        .replace(/'/g, '’')
        .toUpperCase(),
    );
    const a = await detect(marked, opts());
    const b = await detect(mangled, opts());
    expect(b.units).toBe(a.units);
    expect(b.matches).toBe(a.matches);
  });

  it('pools a campaign layer when campaigns are given', async () => {
    const keys = await deriveKeys(SECRET, 3, { account: TARGET, campaign: { id: 'c:42' } });
    const texts = clean.map((t) => embedText(t, keys, STRENGTH));
    const r = await detect(texts, opts({ campaigns: ['c:1', 'c:42', 'c:7'] }));
    expect(r.layers.campaign?.campaign).toBe('c:42');
    expect(r.layers.campaign?.matches).toBe(r.layers.campaign?.units);
  });
});

describe('canonicalize', () => {
  it('folds what copying and sanitising change', () => {
    expect(canonicalize('Ｄｏ\u00a0not\u200b   “go”  — it’s [here](https://x.io/a b) ')).toBe(
      'do not "go" — it\'s here ',
    );
    expect(canonicalize('    indented   code\r\nline')).toBe('    indented code\nline');
    // Cyrillic о and е inside Latin words, as homoglyph obfuscation writes them.
    expect(canonicalize('Dо nоt mix thеm')).toBe('do not mix them');
  });
});

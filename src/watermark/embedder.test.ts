import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticAnswers } from '../../test/support/synthetic-answers.ts';
import { createEmbedder, embedText } from './embedder.ts';
import { deriveKeys, type LayerKeys } from './keys.ts';

const FULL = { global: 1, campaign: 1, account: 1 };
let flagged: LayerKeys;
let other: LayerKeys;
let globalOnly: LayerKeys;
beforeAll(async () => {
  flagged = await deriveKeys('secret-a', 1, { account: 'acct_1', campaign: { solo: 'acct_1' } });
  other = await deriveKeys('secret-a', 1, { account: 'acct_2', campaign: { solo: 'acct_2' } });
  globalOnly = await deriveKeys('secret-a', 1);
});

const [text] = syntheticAnswers(1, 7, 30) as [string];

describe('embedder', () => {
  it('is deterministic: the same text and key give the same output at any chunking', () => {
    const whole = embedText(text, flagged, FULL);
    expect(whole).not.toBe(text);
    fc.assert(
      fc.property(fc.array(fc.nat(text.length), { maxLength: 20 }), (cuts) => {
        const at = [...new Set(cuts)].sort((a, b) => a - b);
        const e = createEmbedder(flagged, FULL);
        let out = '';
        let from = 0;
        for (const c of at) {
          out += e.push(text.slice(from, c));
          from = c;
        }
        out += e.push(text.slice(from)) + e.flush();
        expect(out).toBe(whole);
      }),
      { numRuns: 100 },
    );
  });

  it('differs between accounts, and is idempotent for one account', () => {
    const a = embedText(text, flagged, FULL);
    expect(embedText(text, other, FULL)).not.toBe(a);
    expect(embedText(a, flagged, FULL)).toBe(a);
  });

  it('leaves layers without a key, or at strength 0, as written', () => {
    const none = embedText(text, globalOnly, { global: 0, campaign: 1, account: 1 });
    expect(none).toBe(text);
    const some = embedText(text, globalOnly, { global: 1, campaign: 1, account: 1 });
    expect(some).not.toBe(text);
    // Flagged layers only add changes on top of the global ones.
    expect(embedText(text, flagged, { global: 0, campaign: 0, account: 0 })).toBe(text);
  });

  it('changes only words, never the word count by more than the variants allow', () => {
    const out = embedText(text, flagged, FULL);
    const words = (s: string) => s.split(/\s+/).length;
    expect(Math.abs(words(out) - words(text))).toBeLessThan(words(text) * 0.2);
    expect(out.replace(/[^\d]/g, '')).toBe(text.replace(/[^\d]/g, ''));
  });
});

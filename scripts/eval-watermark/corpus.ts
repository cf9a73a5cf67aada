import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyDeriver, LayerKey } from '../../src/watermark/keys.ts';

export const CORPUS_DIR = 'test/fixtures/watermark-corpus';

export interface Doc {
  id: string;
  domain: string;
  text: string;
}

export function loadCorpus(dir = CORPUS_DIR): Doc[] {
  const docs: Doc[] = [];
  for (const domain of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(dir, domain.name)).sort())
      docs.push({
        id: `${domain.name}/${file}`,
        domain: domain.name,
        text: readFileSync(join(dir, domain.name, file), 'utf8'),
      });
  }
  return docs;
}

export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A seeded PRNG, so every figure in docs/watermark.md is reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sample<T>(xs: readonly T[], n: number, rnd: () => number): T[] {
  const copy = [...xs];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

/** Candidate account ids as the proxy derives them: acct_ + 16 hex digits. */
export const accountId = (i: number) => `acct_${(0x5eed0000 + i).toString(16).padStart(16, '0')}`;

/** Memoises account and campaign keys: the evaluation tests the same 10,000 candidates many times. */
export function cachingDeriver(inner: KeyDeriver): KeyDeriver {
  const accounts = new Map<string, Promise<LayerKey>>();
  const campaigns = new Map<string, Promise<LayerKey>>();
  const bases = new Map<number, ReturnType<KeyDeriver['base']>>();
  const memo = <K>(map: Map<string, Promise<K>>, id: string, make: () => Promise<K>) => {
    let hit = map.get(id);
    if (!hit) {
      hit = make();
      map.set(id, hit);
    }
    return hit;
  };
  return {
    base(epoch) {
      let hit = bases.get(epoch);
      if (!hit) {
        hit = inner.base(epoch);
        bases.set(epoch, hit);
      }
      return hit;
    },
    account: (epoch, id) => memo(accounts, `${epoch}/${id}`, () => inner.account(epoch, id)),
    campaign: (epoch, owner) =>
      memo(campaigns, `${epoch}/${JSON.stringify(owner)}`, () => inner.campaign(epoch, owner)),
  };
}

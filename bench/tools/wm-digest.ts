import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createEmbedder, embedText } from '../../src/watermark/embedder.ts';
import { deriveKeys } from '../../src/watermark/keys.ts';
import { prose } from '../fixtures.ts';

/**
 * Watermark output digests over test/fixtures/watermark-corpus and bench prose, for several key
 * sets and plans, whole and streamed in odd chunk sizes: a performance change to src/watermark
 * must leave every line of this output unchanged. `tsx bench/tools/wm-digest.ts > before.txt`.
 */
const ROOT = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'watermark-corpus');
const files: string[] = [];
const walk = (dir: string) => {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(p);
  }
};
walk(ROOT);
const texts: [string, string][] = files.map((f) => [f.slice(ROOT.length + 1), readFileSync(f, 'utf8')]);
texts.push(['bench-prose', prose(20_000)]);
const secret = 'wm-digest-secret';
const keySets = [
  ['global', await deriveKeys(secret, 1)],
  ['account', await deriveKeys(secret, 1, { account: 'acct_X', campaign: { solo: 'acct_X' } })],
  ['campaign', await deriveKeys(secret, 2, { account: 'acct_Y', campaign: { id: 'camp1' } })],
] as const;
const plans = [
  { global: 0.5, campaign: 1, account: 1 },
  { global: 1, campaign: 0.3, account: 0.7 },
];
const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
for (const [name, text] of texts) {
  const line: string[] = [name];
  for (const [kn, keys] of keySets) {
    for (const plan of plans) {
      const whole = embedText(text, keys, plan);
      line.push(`${kn}:${sha(whole)}`);
      for (const size of [1, 7, 30]) {
        const e = createEmbedder(keys, plan);
        let out = '';
        for (let i = 0; i < text.length; i += size) out += e.push(text.slice(i, i + size));
        out += e.flush();
        if (out !== whole) line.push(`STREAM-MISMATCH(${kn},${size})`);
      }
    }
  }
  console.log(line.join(' '));
}

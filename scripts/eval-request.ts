/**
 * Request-level scores while working on the detectors (`npx tsx scripts/eval-request.ts`).
 * The held-out set is split by id: odd ids are for diagnosis (misses and false positives are
 * listed), even ids are reported in aggregate only, so they stay an honest check. Never tune on
 * individual even-id items.
 */
import { requestLevelReport, scoreCorpus } from './eval/request-level.ts';

const dev = scoreCorpus(process.env.DEV_CORPUS ?? '../shared/data/dev-prompts.jsonl');
const held = scoreCorpus('test/fixtures/heldout/requests.jsonl');
const odd = held.filter((r) => Number(r.id.slice(3)) % 2 === 1);
const even = held.filter((r) => Number(r.id.slice(3)) % 2 === 0);
const family = process.argv[2];

process.stdout.write(`${requestLevelReport('development corpus', dev)}\n`);
process.stdout.write(`${requestLevelReport('held-out, odd ids (diagnosis)', odd)}\n`);
const fps = odd
  .filter((r) => !r.positive && r.score >= 0.3)
  .map((r) => `${r.id} ${r.family} ${r.score.toFixed(2)} (top: ${r.top})`);
process.stdout.write(`Odd-id benign requests scoring ≥ 0.3: ${fps.join('; ') || 'none'}\n\n`);
if (family) {
  const misses = odd
    .filter((r) => r.positive && r.family === family)
    .map((r) => `${r.id} ${r.score.toFixed(2)}`);
  process.stdout.write(`Odd-id ${family} scores: ${misses.join(', ')}\n\n`);
}
const report = requestLevelReport('held-out, even ids (aggregate only)', even);
process.stdout.write(`${report.split('\nExtraction requests missed')[0]}\n`);

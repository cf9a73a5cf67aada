import { readFileSync } from 'node:fs';
import { defaultPolicy } from '../../src/policy/parse.ts';
import { parseRequest } from '../../src/providers/parse.ts';
import { scoreRequest } from '../../src/risk/score-request.ts';
import { FAMILIES } from '../../src/risk/types.ts';
import { num, pct, rocAuc, type Scored, tprAtFpr } from './metrics.ts';

interface LabelledRequest {
  id: string;
  label: 'extraction' | 'benign';
  family: string;
  provider: 'anthropic' | 'openai';
  body: unknown;
}

interface Row extends Scored {
  id: string;
  family: string;
  top: string;
}

export function scoreCorpus(path: string): Row[] {
  const config = defaultPolicy().risk;
  const items = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledRequest);
  return items.map((item) => {
    const s = scoreRequest(parseRequest(item.provider, item.body), config);
    const top = FAMILIES.reduce((a, b) => (s.families[b] > s.families[a] ? b : a));
    return { id: item.id, family: item.family, positive: item.label === 'extraction', score: s.risk, top };
  });
}

/** The request-level table for one corpus, as Markdown, plus the misses worth reading. */
export function requestLevelReport(title: string, rows: Row[]): string {
  const out: string[] = [];
  const overall = (r: Row[]) => {
    const at1 = tprAtFpr(r, 0.01);
    const at2 = tprAtFpr(r, 0.02);
    const at5 = tprAtFpr(r, 0.05);
    return `${num(rocAuc(r))} | ${pct(at1.tpr)} | ${pct(at2.tpr)} | ${pct(at5.tpr)}`;
  };
  const neg = rows.filter((r) => !r.positive);
  out.push(`### ${title}`, '');
  out.push(`${rows.length} requests: ${rows.length - neg.length} extraction, ${neg.length} benign.`, '');
  out.push(
    '| slice | n | ROC AUC | TPR @ 1% FPR | TPR @ 2% FPR | TPR @ 5% FPR |',
    '|---|---:|---:|---:|---:|---:|',
  );
  out.push(`| **all** | ${rows.length} | ${overall(rows)} |`);
  const families = [...new Set(rows.filter((r) => r.positive).map((r) => r.family))].sort();
  for (const f of families) {
    const slice = [...rows.filter((r) => r.positive && r.family === f), ...neg];
    out.push(`| ${f} (vs all benign) | ${slice.length - neg.length} | ${overall(slice)} |`);
  }
  out.push('');
  const t2 = tprAtFpr(rows, 0.02).threshold;
  out.push('Benign families: share scored at or above the default `extractionLike` threshold (0.5).', '');
  out.push('| benign family | n | ≥ 0.5 | max risk |', '|---|---:|---:|---:|');
  for (const f of [...new Set(neg.map((r) => r.family))].sort()) {
    const s = neg.filter((r) => r.family === f);
    const hi = s.filter((r) => r.score >= 0.5).length;
    out.push(`| ${f} | ${s.length} | ${hi} | ${num(Math.max(...s.map((r) => r.score)), 2)} |`);
  }
  const missed = rows
    .filter((r) => r.positive && r.score <= t2)
    .map((r) => `${r.id} (${r.family}, ${num(r.score, 2)})`);
  out.push(
    '',
    `Extraction requests missed at the 2%-FPR threshold (${num(t2, 3)}): ${missed.join(', ') || 'none'}.`,
    '',
  );
  return out.join('\n');
}

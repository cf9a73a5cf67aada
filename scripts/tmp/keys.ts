import { readFileSync } from 'node:fs';
import { defaultPolicy } from '../../src/policy/parse.ts';
import { parseRequest } from '../../src/providers/parse.ts';
import { endpointOf } from '../../src/risk/replay.ts';
import { scoreRequest } from '../../src/risk/score-request.ts';

const dir = process.argv[2]!;
const acc = new Map(
  readFileSync(`${dir}/accounts.jsonl`, 'utf8')
    .trim()
    .split('\n')
    .map((l) => {
      const o = JSON.parse(l);
      return [o.account, o];
    }),
);
const cfg = defaultPolicy().risk;
const groups = new Map<string, { accts: Set<string>; hits: Map<string, string>; sample: string }>();
for (const l of readFileSync(`${dir}/traffic.jsonl`, 'utf8').trim().split('\n')) {
  const t = JSON.parse(l);
  const s = scoreRequest(parseRequest(t.provider, t.body, endpointOf(t.provider, t.path)), cfg);
  for (const k of [
    s.fingerprints.head && `s:${s.fingerprints.head}`,
    s.fingerprints.tail && `t:${s.fingerprints.tail}`,
  ]) {
    if (!k) continue;
    let g = groups.get(k);
    if (!g) {
      g = { accts: new Set(), hits: new Map(), sample: JSON.stringify(t.body).slice(0, 200) };
      groups.set(k, g);
    }
    g.accts.add(t.account);
    if (s.risk >= 0.5) g.hits.set(t.account, `${acc.get(t.account)?.campaign}:${s.reasons[0]?.slice(0, 80)}`);
  }
}
const bad = [...groups.entries()].filter(
  ([, g]) =>
    g.accts.size >= 5 && g.hits.size >= 4 && [...g.accts].some((a) => acc.get(a)?.label === 'benign'),
);
for (const [k, g] of bad.sort((a, b) => b[1].accts.size - a[1].accts.size).slice(0, 8)) {
  const benign = [...g.accts].filter((a) => acc.get(a)?.label === 'benign').length;
  console.log(k, 'accts', g.accts.size, 'benign', benign, 'hits', g.hits.size, g.sample);
  console.log('   hits:', [...new Set(g.hits.values())].slice(0, 4));
}

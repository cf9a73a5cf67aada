import { readFileSync } from 'node:fs';

const dir = process.argv[2];
const acc = new Map(
  readFileSync(`${dir}/accounts.jsonl`, 'utf8')
    .trim()
    .split('\n')
    .map((l) => {
      const o = JSON.parse(l);
      return [o.account, o];
    }),
);
const tr = readFileSync(`${dir}/traffic.jsonl`, 'utf8').trim().split('\n');
const out = readFileSync(`${dir}/out.jsonl`, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const seen = new Set();
const per = new Map();
out.forEach((o, i) => {
  const a = acc.get(o.account);
  if (!per.has(o.account)) per.set(o.account, []);
  per.get(o.account).push(i);
});
console.log('--- benign flagged');
out.forEach((o, i) => {
  const a = acc.get(o.account);
  if (a.label !== 'benign' || !o.suspect || seen.has(o.account)) return;
  seen.add(o.account);
  console.log(a.campaign, o.reasons.join(' | ').slice(0, 300));
  console.log('   ', tr[i].slice(tr[i].indexOf('"body"'), tr[i].indexOf('"body"') + 300));
});
console.log('--- attackers never flagged');
let n = 0;
for (const [account, idx] of per) {
  const a = acc.get(account);
  if (a.label !== 'attacker' || idx.some((i) => out[i].suspect)) continue;
  if (n++ > 12) break;
  const risks = idx.map((i) => out[i].risk.toFixed(2)).join(' ');
  console.log(a.campaign, idx.length, 'risks', risks.slice(0, 120));
  const top = idx.sort((x, y) => out[y].risk - out[x].risk)[0];
  console.log('   ', tr[top].slice(tr[top].indexOf('"body"'), tr[top].indexOf('"body"') + 350));
}

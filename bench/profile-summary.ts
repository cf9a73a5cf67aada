import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { createMapper, type Mapper, type SourceMapV3 } from './lib/sourcemap.ts';

/**
 * Summarise a V8 `.cpuprofile` (from `node --cpu-prof`): self time by function, with file:line,
 * and self time grouped by source file. Code run from a bundle with a `.map` beside it (see
 * bench/profile.ts) is mapped back to the TypeScript source.
 * `tsx bench/profile-summary.ts FILE [TOP] [LAST_SECONDS]`.
 */

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
  hitCount?: number;
}

interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface Hot {
  name: string;
  where: string;
  selfMs: number;
  share: number;
}

const ROOT = `${process.cwd()}/`;

const mappers = new Map<string, Mapper | null>();

function mapperFor(path: string): Mapper | null {
  let m = mappers.get(path);
  if (m === undefined) {
    const file = `${path}.map`;
    m = existsSync(file) ? createMapper(JSON.parse(readFileSync(file, 'utf8')) as SourceMapV3) : null;
    mappers.set(path, m);
  }
  return m;
}

function location(url: string, line: number, column: number): string {
  if (!url) return '(native)';
  let path = url.startsWith('file://') ? decodeURIComponent(url.slice(7)) : url;
  path = path.replace(/\?.*$/, '');
  const original = path.startsWith('/') ? mapperFor(path)?.lookup(line, column) : undefined;
  if (original) {
    path = resolve(dirname(path), original.source);
    line = original.line - 1;
  }
  const shown = path.startsWith(ROOT) ? relative(ROOT, path) : path.replace(/^.*node_modules\//, '');
  return `${shown}:${line + 1}`;
}

export interface Summary {
  /** Self time per function. */
  byFunction: Hot[];
  /** Self time per source file. */
  byFile: Hot[];
  /** Inclusive time (self + callees) per function, recursion counted once. */
  inclusive: Hot[];
  totalMs: number;
}

/** `lastMs`: only the samples of the profile's last `lastMs` (the measured load, not start-up and warm-up). */
export function summarise(file: string, lastMs?: number): Summary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const self = new Map<number, number>();
  const from = lastMs === undefined ? profile.startTime : profile.endTime - lastMs * 1000;
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0;
    t += delta;
    if (t < from) continue;
    const id = profile.samples[i] as number;
    self.set(id, (self.get(id) ?? 0) + delta / 1000);
  }
  const totalMs = (profile.endTime - Math.max(from, profile.startTime)) / 1000;
  const fn = new Map<string, Hot>();
  const files = new Map<string, Hot>();
  const inclusive = new Map<string, Hot>();
  const parent = new Map<number, Node>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node);
  const keyOf = new Map<number, { key: string; name: string; where: string }>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const where = location(url, lineNumber, columnNumber);
    const name = functionName || '(anonymous)';
    keyOf.set(node.id, { key: `${name} ${where}`, name, where });
  }
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (ms === 0) continue;
    const seen = new Set<string>();
    for (let n: Node | undefined = node; n; n = parent.get(n.id)) {
      const k = keyOf.get(n.id);
      if (!k || seen.has(k.key)) continue;
      seen.add(k.key);
      const h = inclusive.get(k.key) ?? { name: k.name, where: k.where, selfMs: 0, share: 0 };
      h.selfMs += ms;
      inclusive.set(k.key, h);
    }
  }
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (ms === 0) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const where = location(url, lineNumber, columnNumber);
    const name = functionName || '(anonymous)';
    const key = `${name} ${where}`;
    const f = fn.get(key) ?? { name, where, selfMs: 0, share: 0 };
    f.selfMs += ms;
    fn.set(key, f);
    const fileKey = url ? where.replace(/:\d+$/, '') : name;
    const g = files.get(fileKey) ?? { name: fileKey, where: '', selfMs: 0, share: 0 };
    g.selfMs += ms;
    files.set(fileKey, g);
  }
  const rank = (m: Map<string, Hot>) =>
    [...m.values()].map((h) => ({ ...h, share: h.selfMs / totalMs })).sort((a, b) => b.selfMs - a.selfMs);
  return { byFunction: rank(fn), byFile: rank(files), inclusive: rank(inclusive), totalMs };
}

if (process.argv[1]?.endsWith('profile-summary.ts')) {
  const top = Number(process.argv[3] ?? 30);
  const last = process.argv[4] === undefined ? undefined : Number(process.argv[4]) * 1000;
  const { byFunction, byFile, inclusive, totalMs } = summarise(process.argv[2] as string, last);
  const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)}%`;
  console.log(`total ${totalMs.toFixed(0)} ms\n\nself time by function:`);
  for (const h of byFunction.slice(0, top)) console.log(`${pct(h.share)}  ${h.name}  ${h.where}`);
  console.log('\ninclusive time, src/ only:');
  for (const h of inclusive.filter((x) => x.where.startsWith('src/')).slice(0, top))
    console.log(`${pct(h.share)}  ${h.name}  ${h.where}`);
  console.log('\nself time by file:');
  for (const h of byFile.slice(0, top)) console.log(`${pct(h.share)}  ${h.name}`);
}

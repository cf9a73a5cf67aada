/**
 * Just enough of Source Map v3 to map a generated (line, column) back to its original file and
 * line: the base64 VLQ `mappings` decoded into per-line segment lists.
 */

export interface SourceMapV3 {
  sources: string[];
  mappings: string;
}

type Segment = [genCol: number, source: number, line: number];

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...B64].map((c, i) => [c, i]));

function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const d = DIGIT.get(c) ?? 0;
    value += (d & 31) << shift;
    if (d & 32) {
      shift += 5;
      continue;
    }
    out.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return out;
}

export interface Mapper {
  /** 0-based generated line and column → original source path and 1-based line. */
  lookup(line: number, column: number): { source: string; line: number } | undefined;
}

export function createMapper(map: SourceMapV3): Mapper {
  const lines: Segment[][] = [];
  let source = 0;
  let origLine = 0;
  for (const text of map.mappings.split(';')) {
    const segs: Segment[] = [];
    let col = 0;
    for (const s of text.split(',')) {
      if (!s) continue;
      const [c = 0, src, ol] = decodeVlq(s);
      col += c;
      if (src === undefined || ol === undefined) continue;
      source += src;
      origLine += ol;
      segs.push([col, source, origLine]);
    }
    lines.push(segs);
  }
  return {
    lookup(line, column) {
      const segs = lines[line];
      if (!segs || segs.length === 0) return undefined;
      let best: Segment | undefined;
      for (const s of segs) {
        if (s[0] > column) break;
        best = s;
      }
      best ??= segs[0];
      if (!best) return undefined;
      return { source: map.sources[best[1]] ?? '?', line: best[2] + 1 };
    },
  };
}

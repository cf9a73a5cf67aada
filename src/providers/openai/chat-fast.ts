/**
 * The one chat chunk that streams by the hundred: a single choice whose delta is only `content`,
 * without logprobs or a finish reason, written compactly as the API writes it:
 *
 *   {…,"choices":[{"index":0,"delta":{"content":"…"},"logprobs":null,"finish_reason":null}],…}
 *
 * Watermarking rewrites every such chunk. Parsing the whole chunk and writing it again cost ~5 µs
 * a chunk here (bench/, docs/benchmarks.md), more than the watermark itself; this finds the
 * content string literal, parses only it, and splices the rewritten text back, so everything else
 * goes out as the upstream wrote it. Any other shape (another delta field, logprobs, a finish
 * reason, usage, an error, spacing) returns undefined and takes the general path.
 */
export interface ContentChunk {
  index: number;
  content: string;
  /** True when `render` drops a `"usage":null` (asked for with `dropNullUsage`). */
  dropsUsage: boolean;
  /** The chunk with its content replaced. */
  render(content: string): string;
}

const CHOICES = '"choices":[{"index":';
const DELTA = ',"delta":{"content":';
const REST = '},"logprobs":null,"finish_reason":null}]';
const NULL_USAGE = ',"usage":null}';

/** Index just past the JSON string literal that starts at `start` (a `"`), or -1. */
function literalEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x22) return i + 1;
  }
  return -1;
}

export function parseContentChunk(data: string, dropNullUsage: boolean): ContentChunk | undefined {
  const at = data.indexOf(CHOICES);
  if (at < 0 || data.indexOf('"choices"', at + 1) >= 0) return undefined;
  const digits = at + CHOICES.length;
  const comma = data.indexOf(',', digits);
  const indexText = data.slice(digits, comma);
  if (comma < 0 || !/^(?:0|[1-9]\d{0,5})$/.test(indexText) || !data.startsWith(DELTA, comma))
    return undefined;
  const start = comma + DELTA.length;
  if (data.charCodeAt(start) !== 0x22) return undefined;
  const end = literalEnd(data, start);
  if (end < 0 || !data.startsWith(REST, end)) return undefined;
  // Usage to read, an error, or anything else the general path must see: not this shape.
  // (Unescaped quotes cannot occur inside a string literal, so these searches see keys only.)
  if (!onlyNullUsage(data) || data.includes('"error"')) return undefined;
  const dropsUsage = dropNullUsage && data.includes('"usage"');
  if (dropsUsage && !data.endsWith(NULL_USAGE)) return undefined; // `usage` first: the general path
  let content: unknown;
  try {
    content = JSON.parse(data.slice(start, end));
  } catch {
    return undefined;
  }
  if (typeof content !== 'string') return undefined;
  return {
    index: Number(indexText),
    content,
    dropsUsage,
    render: (next) =>
      `${data.slice(0, start)}${JSON.stringify(next)}${data.slice(end, dropsUsage ? -NULL_USAGE.length : undefined)}${dropsUsage ? '}' : ''}`,
  };
}

/**
 * No `usage` key, or only `"usage":null` (which every chunk carries once the client asked for
 * `stream_options.include_usage`): nothing to meter, so the tap need not parse the chunk.
 */
export function onlyNullUsage(data: string): boolean {
  const at = data.indexOf('"usage"');
  return at < 0 || (data.startsWith('"usage":null', at) && data.indexOf('"usage"', at + 7) < 0);
}

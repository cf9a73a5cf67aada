import { indexOfQuoted, jsonString, startsAt, stringLiteral } from '../scan.ts';

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

/** A class rather than an object with a closure: one per streamed chunk. */
class Chunk implements ContentChunk {
  constructor(
    private readonly data: string,
    private readonly start: number,
    private readonly end: number,
    readonly index: number,
    readonly content: string,
    readonly dropsUsage: boolean,
  ) {}

  render(next: string): string {
    const { data, start, end, dropsUsage } = this;
    return `${data.slice(0, start)}${jsonString(next)}${data.slice(end, dropsUsage ? -NULL_USAGE.length : undefined)}${dropsUsage ? '}' : ''}`;
  }
}

/** The index digits: 0, or up to six digits without a leading zero; -1 otherwise. */
function indexAt(data: string, from: number, to: number): number {
  const n = to - from;
  if (n < 1 || n > 6) return -1;
  let value = 0;
  for (let i = from; i < to; i++) {
    const c = data.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9 || (c === 0 && i === from && n > 1)) return -1;
    value = value * 10 + c;
  }
  return value;
}

export function parseContentChunk(data: string, dropNullUsage: boolean): ContentChunk | undefined {
  const at = indexOfQuoted(data, CHOICES_REST);
  if (at < 0 || indexOfQuoted(data, 'choices"', at + 1) >= 0) return undefined;
  const digits = at + CHOICES.length;
  const comma = data.indexOf(',', digits);
  if (comma < 0) return undefined;
  const index = indexAt(data, digits, comma);
  if (index < 0 || !startsAt(data, DELTA, comma)) return undefined;
  const start = comma + DELTA.length;
  if (data.charCodeAt(start) !== 0x22) return undefined;
  const end = literalEnd(data, start);
  if (end < 0 || !startsAt(data, REST, end)) return undefined;
  // Usage to read, an error, or anything else the general path must see: not this shape.
  // (Unescaped quotes cannot occur inside a string literal, so these searches see keys only.)
  if (!onlyNullUsage(data) || indexOfQuoted(data, 'error"') >= 0) return undefined;
  const dropsUsage = dropNullUsage && indexOfQuoted(data, 'usage"') >= 0;
  if (dropsUsage && !data.endsWith(NULL_USAGE)) return undefined; // `usage` first: the general path
  const content = stringLiteral(data, start, end);
  if (content === undefined) return undefined;
  return new Chunk(data, start, end, index, content, dropsUsage);
}

const CHOICES_REST = CHOICES.slice(1);

/**
 * No `usage` key, or only `"usage":null` (which every chunk carries once the client asked for
 * `stream_options.include_usage`): nothing to meter, so the tap need not parse the chunk.
 */
export function onlyNullUsage(data: string): boolean {
  const at = indexOfQuoted(data, 'usage"');
  return at < 0 || (startsAt(data, '"usage":null', at) && indexOfQuoted(data, 'usage"', at + 7) < 0);
}

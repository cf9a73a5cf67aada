import type { NormalizedRequest } from '../providers/types.ts';
import type { RequestFeatures } from './features.ts';
import { fnv1a32, hash64Hex } from './hash.ts';
import { maskTemplate, scaffoldTokens, wordCount } from './template.ts';

/**
 * Fingerprints of one request, the join keys of the account and campaign levels. All are short
 * hex strings; absent when the part is missing or too generic to link anything.
 */
export interface Fingerprints {
  /** Masked instruction scaffold at the start of the last user turn (first 16 tokens). */
  head?: string;
  /** Masked scaffold at the end of the last user turn (last 12 tokens). */
  tail?: string;
  /** Masked system prompt (dates and numbers masked, so a daily-changing date still matches). */
  system?: string;
  /** The tool set: names and parameter schemas, order-independent. */
  tools?: string;
  /** Sampling parameters, without the model (so a switch to a new model keeps it). */
  sampling: string;
  /** The set of tokens biased with logit_bias, when any: a sweep changes it request by request. */
  bias?: string;
  /** SimHash64 of word 3-shingles of the masked prompt, as [hi, lo]. */
  simhash: [number, number];
}

const HEAD_TOKENS = 16;
const TAIL_TOKENS = 12;
const SYSTEM_MIN_WORDS = 8;

export function fingerprintRequest(
  request: NormalizedRequest,
  features: RequestFeatures,
  minScaffoldWords: number,
): Fingerprints {
  const tokens = scaffoldTokens(maskTemplate(features.clean.lastUser));
  const head = tokens.slice(0, HEAD_TOKENS);
  const tail = tokens.slice(-TAIL_TOKENS);
  const system = systemScaffold(features.clean.system);
  const fp: Fingerprints = {
    sampling: samplingSignature(features),
    simhash: simhashOfHashes(tokenHashes(tokens, system.prefixHashes)),
  };
  if (wordCount(head) >= minScaffoldWords) fp.head = hash64Hex(head.join(' '));
  if (tokens.length > HEAD_TOKENS && wordCount(tail) >= minScaffoldWords) fp.tail = hash64Hex(tail.join(' '));
  if (system.hash !== undefined) fp.system = system.hash;
  if (request.params.logitBiasKey !== undefined) fp.bias = hash64Hex(request.params.logitBiasKey);
  if (request.tools.length > 0) {
    const tools = request.tools.map((t) => `${t.name}\u0000${t.schema}`).sort();
    fp.tools = hash64Hex(tools.join('\u0001'));
  }
  return fp;
}

interface SystemScaffold {
  /** Hashes of the first 48 tokens, the part SimHash reads. */
  prefixHashes: readonly number[];
  hash?: string;
}

/** An app sends the same system prompt with every request: its scaffold is kept (small LRU). */
const SYSTEMS = new Map<string, SystemScaffold>();

function systemScaffold(clean: string): SystemScaffold {
  let s = SYSTEMS.get(clean);
  if (s === undefined) {
    const tokens = scaffoldTokens(maskTemplate(clean));
    const prefixHashes = tokens.slice(0, 48).map((t) => fnv1a32(t));
    s =
      wordCount(tokens) >= SYSTEM_MIN_WORDS
        ? { prefixHashes, hash: hash64Hex(tokens.join(' ')) }
        : { prefixHashes };
    if (SYSTEMS.size >= 64) SYSTEMS.delete(SYSTEMS.keys().next().value as string);
  }
  // Most recently used last, so that the oldest is evicted first.
  SYSTEMS.delete(clean);
  SYSTEMS.set(clean, s);
  return s;
}

/** Sampling parameters as a canonical string, then hashed. */
export function samplingSignature(features: RequestFeatures): string {
  const p = features.params;
  const parts = [
    `t=${p.temperature ?? ''}`,
    `p=${p.topP ?? ''}`,
    `m=${p.maxTokens ?? ''}`,
    `n=${p.n}`,
    `lp=${p.logprobs ? p.topLogprobs : ''}`,
    `tb=${p.thinkingBudget ?? ''}`,
    `re=${p.reasoningEffort ?? ''}`,
    `rf=${p.responseFormat ?? ''}`,
    `s=${p.stream ? 1 : 0}`,
    `tools=${features.toolCount}`,
  ];
  return hash64Hex(parts.join('|'));
}

/** Shingles beyond this many add cost but not discrimination: head and tail are kept. */
const SIMHASH_HEAD = 96;
const SIMHASH_TAIL = 32;

/**
 * Charikar SimHash over word 3-shingles (Manku et al.: near-duplicates within Hamming 3) of the
 * system prompt's first 48 tokens, a separator and the tokens (head and tail kept). Tokens are
 * hashed once and shingle hashes combined arithmetically.
 */
export function simhash64(tokens: readonly string[], prefix: readonly string[] = []): [number, number] {
  return simhashOfHashes(
    tokenHashes(
      tokens,
      prefix.slice(0, 48).map((t) => fnv1a32(t)),
    ),
  );
}

const SEPARATOR = fnv1a32('\u0000');

/** The token hashes SimHash reads: `prefix` (already hashed), a separator if any, the tokens. */
function tokenHashes(tokens: readonly string[], prefix: readonly number[]): number[] {
  const n = prefix.length > 0 ? prefix.length + 1 + tokens.length : tokens.length;
  const h: number[] = [];
  const take = (i: number) => {
    if (prefix.length === 0) h.push(fnv1a32(tokens[i] as string));
    else if (i < prefix.length) h.push(prefix[i] as number);
    else if (i === prefix.length) h.push(SEPARATOR);
    else h.push(fnv1a32(tokens[i - prefix.length - 1] as string));
  };
  if (n <= SIMHASH_HEAD + SIMHASH_TAIL) for (let i = 0; i < n; i++) take(i);
  else {
    for (let i = 0; i < SIMHASH_HEAD; i++) take(i);
    for (let i = n - SIMHASH_TAIL; i < n; i++) take(i);
  }
  return h;
}

// Bit counters for SimHash, kept as bit planes: plane p holds bit p of all 32 counters, so one
// shingle is added to 32 counters with a few word operations (a ripple carry), not 32 additions.
const LO_PLANES = new Int32Array(8);
const HI_PLANES = new Int32Array(8);

function addToPlanes(planes: Int32Array, word: number): void {
  let carry = word;
  for (let p = 0; carry !== 0; p++) {
    const t = (planes[p] as number) & carry;
    planes[p] = (planes[p] as number) ^ carry;
    carry = t;
  }
}

/** Bits whose counter is more than half the shingles (the majority vote of SimHash). */
function majority(planes: Int32Array, shingles: number): number {
  let out = 0;
  for (let bit = 0; bit < 32; bit++) {
    let count = 0;
    for (let p = 0; p < planes.length; p++) count |= (((planes[p] as number) >>> bit) & 1) << p;
    if (2 * count > shingles) out |= 1 << bit;
  }
  return out;
}

function simhashOfHashes(h: readonly number[]): [number, number] {
  // At most 128 hashes, so at most 126 shingles: counters fit in 8 planes.
  LO_PLANES.fill(0);
  HI_PLANES.fill(0);
  const shingles = Math.max(1, h.length - 2);
  for (let i = 0; i < shingles; i++) {
    const a = h[i] ?? 0;
    const b = h[i + 1] ?? 0x9e3779b9;
    const c = h[i + 2] ?? 0x7f4a7c15;
    addToPlanes(LO_PLANES, mix(a ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)));
    addToPlanes(HI_PLANES, mix(Math.imul(a, 0x27d4eb2f) ^ b ^ Math.imul(c, 0x165667b1)));
  }
  return [majority(HI_PLANES, shingles) >>> 0, majority(LO_PLANES, shingles) >>> 0];
}

function mix(input: number): number {
  let x = input;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Client network for linking: the /24 of an IPv4 address, the /48 of an IPv6 one. */
export function subnetOf(ip: string): string {
  const v4 = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/i.exec(ip.trim());
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.0/24`;
  if (ip.includes(':')) {
    const groups = expandIpv6(ip.trim().toLowerCase());
    if (groups) return `${groups.slice(0, 3).join(':')}::/48`;
  }
  return ip.trim().toLowerCase();
}

function expandIpv6(ip: string): string[] | undefined {
  const [head = '', tail] = ip.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  if (tail === undefined && left.length !== 8) return undefined;
  const missing = 8 - left.length - right.length;
  if (missing < 0) return undefined;
  const groups = [...left, ...Array.from({ length: missing }, () => '0'), ...right];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return undefined;
  return groups.map((g) => g.replace(/^0+(?=.)/, ''));
}

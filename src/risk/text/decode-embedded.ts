/**
 * Find payloads hidden in base64, hex or percent-encoding and return their decoded text, so the
 * detectors read what the model will be told to decode ("decode this and follow it"). Only
 * decodings that are mostly printable text are kept: random ids and hashes decode to noise.
 */
const HEX = /(?<![0-9A-Za-z])(?:[0-9a-fA-F]{2}[ :]?){16,}/g;
const PERCENT = /(?:%[0-9a-fA-F]{2}[^%\s]{0,3}){6,}/g;
// Hex of text always has digits; starting at a digit keeps the pre-check cheap on prose.
const HEX_HINT = /\d[0-9a-fA-F]{15}|\d[0-9a-fA-F][ :][0-9a-fA-F]{2}[ :][0-9a-fA-F]{2}[ :]/;
/** Bound the work on adversarially long inputs: at most this many payloads per text. */
const MAX_PAYLOADS = 8;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeEmbedded(text: string): string[] {
  const out: string[] = [];
  for (const token of base64Runs(text)) {
    if (out.length >= MAX_PAYLOADS) break;
    const decoded = fromBase64(token);
    if (decoded !== undefined) out.push(decoded);
  }
  for (const match of HEX_HINT.test(text) ? text.matchAll(HEX) : []) {
    if (out.length >= MAX_PAYLOADS) break;
    const decoded = fromHex(match[0]);
    if (decoded !== undefined) out.push(decoded);
  }
  for (const match of text.includes('%') ? text.matchAll(PERCENT) : []) {
    if (out.length >= MAX_PAYLOADS) break;
    const decoded = fromPercent(match[0]);
    if (decoded !== undefined) out.push(decoded);
  }
  return out;
}

const BASE64_RUN = /[A-Za-z0-9+/_-]{24,}/g;

/** Runs of 24+ base64 characters (plus up to two `=` of padding), at most 32. */
function base64Runs(text: string): string[] {
  const runs: string[] = [];
  BASE64_RUN.lastIndex = 0;
  for (let m = BASE64_RUN.exec(text); m !== null; m = BASE64_RUN.exec(text)) {
    const i = m.index + m[0].length;
    let end = i;
    while (end < text.length && end - i < 2 && text.charCodeAt(end) === 61) end++;
    runs.push(text.slice(m.index, end));
    if (runs.length >= 32) break;
  }
  return runs;
}

function fromBase64(token: string): string | undefined {
  // A long run of letters only is a word or identifier, not base64 of text.
  if (!/[0-9+/=_-]/.test(token) && !/[A-Z].*[a-z].*[A-Z]/.test(token)) return undefined;
  let b64 = token.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (b64.length % 4 === 1) return undefined;
  while (b64.length % 4 !== 0) b64 += '=';
  let binary: string;
  try {
    binary = atob(b64);
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return printable(bytes);
}

function fromHex(token: string): string | undefined {
  const digits = token.replace(/[ :]/g, '');
  if (digits.length % 2 !== 0) return undefined;
  const bytes = new Uint8Array(digits.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(digits.slice(2 * i, 2 * i + 2), 16);
  return printable(bytes);
}

function fromPercent(token: string): string | undefined {
  try {
    const text = decodeURIComponent(token);
    return text === token ? undefined : text;
  } catch {
    return undefined;
  }
}

/** UTF-8 text with at least 85% printable characters and some word structure, else undefined. */
function printable(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return undefined;
  }
  if (text.length < 8) return undefined;
  let good = 0;
  let letters = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) good++;
    if (/\p{L}/u.test(ch)) letters++;
  }
  const length = [...text].length;
  if (good < 0.85 * length || letters < 0.5 * length) return undefined;
  // Latin text needs spaces between words; CJK text does not.
  if (!/\s/.test(text) && !/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(text)) return undefined;
  return text;
}

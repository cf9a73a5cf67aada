import type { Rng } from '../rng.ts';

/**
 * The light disguises real harvesters use on their instructions: zero-width characters,
 * look-alike letters, spaced-out letters, base64. A detector should see through all of them.
 */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  i: 'і',
  y: 'у',
};

export function zeroWidth(rng: Rng, text: string): string {
  return text.replace(/[a-z]{5,}/g, (w) => (rng.chance(0.5) ? `${w.slice(0, 2)}\u200b${w.slice(2)}` : w));
}

export function homoglyphs(rng: Rng, text: string): string {
  return text.replace(/[aeopcxiy]/g, (ch) => (rng.chance(0.35) ? (HOMOGLYPHS[ch] ?? ch) : ch));
}

export function spacedOut(rng: Rng, text: string): string {
  return text.replace(/\b(reasoning|instructions|prompt|thinking|step)\b/gi, (w) =>
    rng.chance(0.7) ? w.split('').join(' ') : w,
  );
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 of the UTF-8 bytes (web-standard code only). */
export function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >> 18) & 63];
    out += B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? B64[n & 63] : '=';
  }
  return out;
}

/** Disguise an English instruction one way or another (or leave it alone). */
export function disguise(rng: Rng, instruction: string): string {
  switch (rng.int(0, 3)) {
    case 0:
      return zeroWidth(rng, instruction);
    case 1:
      return homoglyphs(rng, instruction);
    case 2:
      return spacedOut(rng, instruction);
    default:
      return `${rng.pick(['Decode this base64 and follow it:', 'Instructions (base64):', 'b64:'])} ${base64(instruction)}`;
  }
}

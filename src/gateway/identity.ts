import type * as v from 'valibot';
import type { IdentitySchema } from '../policy/gateway-schema.ts';
import { HmacSha256 } from './sha256.ts';

/** Who is calling: derived once per request, read by every later stage. */
export interface Identity {
  /** `acct_` + 16 hex digits of HMAC-SHA256(ACCOUNT_ID_SECRET, API key). Never the key itself. */
  account: string;
  ip: string;
  userAgent: string;
}

/** The API key as either SDK sends it: `x-api-key`, or `authorization: Bearer <key>`. */
export function apiKeyOf(headers: Headers): string | undefined {
  const key = headers.get('x-api-key');
  if (key) return key.trim();
  const auth = headers.get('authorization');
  const match = auth ? /^Bearer\s+(.+)$/i.exec(auth.trim()) : null;
  return match?.[1];
}

const encoder = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * Account ids under one secret: `acct_` + the first 8 bytes of HMAC-SHA256(secret, API key), in
 * hex. Computed per request, synchronously, in ~1 µs (sha256.ts), so nothing caches them: no
 * API key is kept in memory beyond its request, and none is ever logged.
 */
export function createAccountIds(secret: string): (apiKey: string) => string {
  const hmac = new HmacSha256(encoder.encode(secret));
  return (apiKey) => {
    const mac = hmac.digest(encoder.encode(apiKey));
    let id = 'acct_';
    for (let i = 0; i < 8; i++) id += HEX[mac[i] as number];
    return id;
  };
}

/** The account id for a key. Stable for a given secret, so operators can find a customer's traces. */
export async function accountIdFor(secret: string, apiKey: string): Promise<string> {
  return createAccountIds(secret)(apiKey);
}

type IdentityConfig = v.InferOutput<typeof IdentitySchema>;

/**
 * The client address: from the configured trusted header (for a list such as
 * `x-forwarded-for`, the entry `trustedHops` from the right, which is the one the outermost
 * trusted proxy saw), otherwise the socket address.
 */
export function clientIpOf(
  headers: Headers,
  config: IdentityConfig,
  socketAddress: string | undefined,
): string {
  if (config.clientIpHeader) {
    const value = headers.get(config.clientIpHeader);
    if (value) {
      const hops = value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const entry = hops[Math.max(0, hops.length - config.trustedHops)];
      if (entry) return normaliseIp(entry);
    }
  }
  return normaliseIp(socketAddress ?? 'unknown');
}

/** `::ffff:10.0.0.1` is 10.0.0.1; brackets and ports are not part of the address. */
function normaliseIp(ip: string): string {
  let s = ip.trim();
  if (s.startsWith('[')) s = s.slice(1, s.indexOf(']') === -1 ? undefined : s.indexOf(']'));
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(s)) s = s.slice(0, s.lastIndexOf(':'));
  if (s.toLowerCase().startsWith('::ffff:') && s.includes('.')) s = s.slice(7);
  return s;
}

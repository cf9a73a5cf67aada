import { LRUCache } from 'lru-cache';
import type * as v from 'valibot';
import type { IdentitySchema } from '../policy/gateway-schema.ts';

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

async function hmacHex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(message)));
  let hex = '';
  for (let i = 0; i < 8; i++) hex += (mac[i] ?? 0).toString(16).padStart(2, '0');
  return hex;
}

/** The account id for a key. Stable for a given secret, so operators can find a customer's traces. */
export async function accountIdFor(secret: string, apiKey: string): Promise<string> {
  return `acct_${await hmacHex(secret, apiKey)}`;
}

/**
 * Account ids with a bounded cache: one HMAC per distinct key rather than per request. Keys stay
 * in this process's memory only (the request carried them anyway); they are never logged.
 */
export function createAccountIds(secret: string, max = 100_000): (apiKey: string) => Promise<string> {
  const cache = new LRUCache<string, string>({ max });
  return async (apiKey) => {
    const hit = cache.get(apiKey);
    if (hit) return hit;
    const id = await accountIdFor(secret, apiKey);
    cache.set(apiKey, id);
    return id;
  };
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

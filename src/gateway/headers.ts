/**
 * Hop-by-hop headers (RFC 9110 §7.6.1) belong to one connection and are never forwarded, in
 * either direction, together with any header named in `Connection`. `host` and
 * `content-length` are recomputed for the new message; `accept-encoding` is chosen by the
 * gateway because it must be able to read the body it meters and rewrites.
 */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

const NOT_FORWARDED_UP = new Set([...HOP_BY_HOP, 'host', 'content-length', 'accept-encoding', 'expect']);

/** Encodings the core can decode on every runtime (DecompressionStream). */
export const ACCEPTED_ENCODINGS = 'gzip, deflate';

function connectionTokens(headers: Headers): Set<string> {
  const value = headers.get('connection');
  return new Set(value ? value.split(',').map((t) => t.trim().toLowerCase()) : []);
}

/** Request headers for the upstream: the client's own minus hop-by-hop and `drop` (e.g. the client-IP header). */
export function upstreamRequestHeaders(incoming: Headers, drop: ReadonlySet<string>): Record<string, string> {
  const named = connectionTokens(incoming);
  const out: Record<string, string> = {};
  incoming.forEach((value, name) => {
    if (NOT_FORWARDED_UP.has(name) || named.has(name) || drop.has(name)) return;
    out[name] = value;
  });
  out['accept-encoding'] = ACCEPTED_ENCODINGS;
  return out;
}

/** Response headers for the client; `rewritten` drops those that describe the upstream's bytes. */
export function clientResponseHeaders(upstream: Headers, rewritten: boolean): Headers {
  const named = connectionTokens(upstream);
  const out = new Headers();
  upstream.forEach((value, name) => {
    if (HOP_BY_HOP.has(name) || named.has(name)) return;
    if (rewritten && (name === 'content-length' || name === 'content-encoding')) return;
    out.append(name, value);
  });
  return out;
}

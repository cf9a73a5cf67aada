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

function connectionTokens(headers: Headers): Set<string> | undefined {
  const value = headers.get('connection');
  if (!value) return undefined;
  return new Set(value.split(',').map((t) => t.trim().toLowerCase()));
}

/** Request headers for the upstream: the client's own minus hop-by-hop and `drop` (e.g. the client-IP header). */
export function upstreamRequestHeaders(incoming: Headers, drop: string | undefined): Record<string, string> {
  const named = connectionTokens(incoming);
  const out: Record<string, string> = {};
  incoming.forEach((value, name) => {
    if (NOT_FORWARDED_UP.has(name) || named?.has(name) || name === drop) return;
    out[name] = value;
  });
  out['accept-encoding'] = ACCEPTED_ENCODINGS;
  return out;
}

/**
 * Response headers for the client; `rewritten` drops those that describe the upstream's bytes;
 * `extra` are added. A plain object (which @hono/node-server writes as it is, where a `Headers`
 * is converted back to one) unless a name repeats (`set-cookie`), which only `Headers` can hold.
 */
export function clientResponseHeaders(
  upstream: Headers,
  rewritten: boolean,
  extra?: Record<string, string>,
): Record<string, string> | Headers {
  const named = connectionTokens(upstream);
  let out: Record<string, string> | Headers = {};
  upstream.forEach((value, name) => {
    if (HOP_BY_HOP.has(name) || named?.has(name)) return;
    if (rewritten && (name === 'content-length' || name === 'content-encoding')) return;
    if (out instanceof Headers) out.append(name, value);
    else if (Object.hasOwn(out, name)) {
      const headers = new Headers(out);
      headers.append(name, value);
      out = headers;
    } else out[name] = value;
  });
  if (extra) {
    for (const [name, value] of Object.entries(extra)) {
      if (out instanceof Headers) out.set(name, value);
      else out[name] = value;
    }
  }
  return out;
}

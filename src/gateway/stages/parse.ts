import { isObject } from '../../providers/json.ts';
import { parseRequest } from '../../providers/parse.ts';
import { GatewayError } from '../errors.ts';
import type { Exchange } from '../exchange.ts';

/**
 * Read the body within the configured limit. A declared `content-length` over the limit is
 * refused before a byte is read; a chunked body is counted as it arrives and cut off at the limit.
 */
export async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) throw new GatewayError('body_too_large');
  if (declared !== null) {
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.length > limit) throw new GatewayError('body_too_large');
    return bytes;
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new GatewayError('body_too_large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** parse: bytes → JSON object → the provider-neutral request every later stage reads. */
export async function parseStage(ex: Exchange): Promise<void> {
  if (ex.route.method !== 'POST') return;
  const raw = await readBody(ex.incoming, ex.policy.gateway.bodyLimitBytes);
  let body: unknown;
  try {
    body = JSON.parse(decoder.decode(raw));
  } catch {
    throw new GatewayError('invalid_json');
  }
  if (!isObject(body)) throw new GatewayError('invalid_body');
  ex.rawBody = raw;
  ex.upstreamBody = raw;
  ex.body = body;
  ex.request = parseRequest(ex.route.provider, body, ex.route.endpoint);
}

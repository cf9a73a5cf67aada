import { createStreamOutputEstimate, meteredUsage } from '../../limits/stream-estimate.ts';
import { transformAnthropicJson } from '../../providers/anthropic/json.ts';
import { createAnthropicStreamHandler } from '../../providers/anthropic/stream.ts';
import { transformChatJson } from '../../providers/openai/chat-json.ts';
import { createChatStreamHandler } from '../../providers/openai/chat-stream.ts';
import { transformResponsesJson } from '../../providers/openai/responses-json.ts';
import { createResponsesStreamHandler } from '../../providers/openai/responses-stream.ts';
import type { JsonResult, ResponsePlan, StreamHandler } from '../../providers/plan.ts';
import type { Endpoint } from '../../providers/types.ts';
import { GatewayError } from '../errors.ts';
import type { Exchange } from '../exchange.ts';
import { clientResponseHeaders } from '../headers.ts';
import { type RelayOptions, relaySse, relaySseBody } from '../relay.ts';
import { type BodyReader, openBody, type UpstreamResponse } from '../upstream.ts';

const STREAM_HANDLERS: Partial<Record<Endpoint, (plan: ResponsePlan) => StreamHandler>> = {
  messages: createAnthropicStreamHandler,
  chat: createChatStreamHandler,
  responses: createResponsesStreamHandler,
};
const JSON_TRANSFORMS: Partial<Record<Endpoint, (body: unknown, plan: ResponsePlan) => JsonResult>> = {
  messages: transformAnthropicJson,
  chat: transformChatJson,
  responses: transformResponsesJson,
};

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A reader over the body as the client will get it: gzip/deflate decoded (we only ask for
 * those), anything else untouched. Identity bodies are read through the runtime's direct reader.
 */
function decodedReader(res: UpstreamResponse): { reader: BodyReader | null; decoded: boolean } {
  const encoding = res.headers.get('content-encoding')?.trim().toLowerCase();
  if (!encoding || encoding === 'identity' || (encoding !== 'gzip' && encoding !== 'deflate'))
    return { reader: openBody(res), decoded: false };
  if (!res.body) return { reader: null, decoded: false };
  const stream = res.body.pipeThrough(
    new DecompressionStream(encoding) as ReadableWritablePair<Uint8Array, Uint8Array>,
  );
  return { reader: stream.getReader(), decoded: true };
}

/** The body, as it came, for a response passed through untouched (gzip/deflate decoded). */
function passedBody(res: UpstreamResponse): { body: ReadableStream<Uint8Array> | null; decoded: boolean } {
  const encoding = res.headers.get('content-encoding')?.trim().toLowerCase();
  if (!res.body || !encoding || encoding === 'identity') return { body: res.body, decoded: false };
  if (encoding !== 'gzip' && encoding !== 'deflate') return { body: res.body, decoded: false };
  const stream = res.body.pipeThrough(
    new DecompressionStream(encoding) as ReadableWritablePair<Uint8Array, Uint8Array>,
  );
  return { body: stream, decoded: true };
}

async function readAll(reader: BodyReader, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new GatewayError('upstream_bad_response', { message: 'The upstream response is too large.' });
    }
    chunks.push(value);
  }
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

/**
 * transform response: SSE streams are relayed event by event (tap or rewrite, per the plan);
 * successful JSON bodies are read, metered and rewritten; anything else (upstream errors, model
 * lists) passes through. `done` runs once the client has everything, or the stream failed.
 * `extra` headers (the decision, when revealed) are added to the client's response.
 */
export async function transformResponseStage(
  ex: Exchange,
  res: UpstreamResponse,
  done: (ex: Exchange) => void,
  extra?: Record<string, string>,
  pullBodies = false,
): Promise<Response> {
  ex.status = res.status;
  const contentType = res.headers.get('content-type') ?? '';
  const ok = res.status >= 200 && res.status < 300;
  const streamHandler = STREAM_HANDLERS[ex.route.endpoint];
  const transform = JSON_TRANSFORMS[ex.route.endpoint];
  const sse = ok && streamHandler !== undefined && contentType.startsWith('text/event-stream');
  const json = !sse && ok && transform !== undefined && contentType.includes('json');
  if (sse || json) {
    const { reader } = decodedReader(res);
    if (reader && sse && streamHandler) {
      // A stream cut short (the client hung up, the upstream failed) may never show its usage:
      // what was delivered is metered from the events instead.
      const delivered = createStreamOutputEstimate(ex.route.dialect);
      const options: RelayOptions = {
        handler: streamHandler(ex.plan),
        dialect: ex.route.dialect,
        maxEventBytes: ex.policy.gateway.responseLimitBytes,
        onEvent: delivered.event,
        onFinish(outcome, usage, error) {
          ex.outcome = outcome;
          ex.usage = meteredUsage(usage, outcome === 'complete', delivered.tokens);
          if (error) ex.error = error.code;
          done(ex);
        },
      };
      // A pull body is no BodyInit by type; @hono/node-server's Response takes it (deps.ts).
      const stream = pullBodies
        ? (relaySseBody(reader, options) as unknown as ReadableStream<Uint8Array>)
        : relaySse(reader, options);
      return new Response(stream, {
        status: res.status,
        headers: clientResponseHeaders(res.headers, true, extra),
      });
    }
    if (reader && json && transform) {
      const bytes = await readAll(reader, ex.policy.gateway.responseLimitBytes);
      let out = bytes;
      try {
        const result = transform(JSON.parse(decoder.decode(bytes)), ex.plan);
        ex.usage = result.usage;
        if (result.changed) out = encoder.encode(JSON.stringify(result.body));
      } catch {
        ex.error = 'upstream_bad_response'; // not JSON after all: forwarded as it came
      }
      ex.outcome = 'complete';
      done(ex);
      const payload = out as Uint8Array<ArrayBuffer>;
      return new Response(payload, {
        status: res.status,
        headers: clientResponseHeaders(res.headers, true, extra),
      });
    }
  }
  const { body, decoded: wasDecoded } = passedBody(res);
  ex.outcome = ok ? 'complete' : 'upstream_error';
  done(ex);
  return new Response(body, {
    status: res.status,
    headers: clientResponseHeaders(res.headers, wasDecoded, extra),
  });
}

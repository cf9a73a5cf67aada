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
import { relaySse } from '../relay.ts';
import type { UpstreamResponse } from '../upstream.ts';

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

/** Decode gzip/deflate bodies (we only ask for those); anything else passes through untouched. */
function decoded(res: UpstreamResponse): { body: ReadableStream<Uint8Array> | null; decoded: boolean } {
  const encoding = res.headers.get('content-encoding')?.trim().toLowerCase();
  if (!res.body || !encoding || encoding === 'identity') return { body: res.body, decoded: false };
  if (encoding !== 'gzip' && encoding !== 'deflate') return { body: res.body, decoded: false };
  const stream = res.body.pipeThrough(
    new DecompressionStream(encoding) as ReadableWritablePair<Uint8Array, Uint8Array>,
  );
  return { body: stream, decoded: true };
}

async function readAll(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = body.getReader();
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
 */
export async function transformResponseStage(
  ex: Exchange,
  res: UpstreamResponse,
  done: (ex: Exchange) => void,
): Promise<Response> {
  ex.status = res.status;
  const { body, decoded: wasDecoded } = decoded(res);
  const contentType = res.headers.get('content-type') ?? '';
  const ok = res.status >= 200 && res.status < 300;
  const streamHandler = STREAM_HANDLERS[ex.route.endpoint];
  if (body && ok && streamHandler && contentType.startsWith('text/event-stream')) {
    // A stream cut short (the client hung up, the upstream failed) may never show its usage:
    // what was delivered is metered from the events instead.
    const delivered = createStreamOutputEstimate(ex.route.dialect);
    const stream = relaySse(body, {
      handler: streamHandler(ex.plan),
      dialect: ex.route.dialect,
      maxEventBytes: ex.policy.gateway.responseLimitBytes,
      onEvent: delivered.event,
      onFinish: (outcome, usage, error) => {
        ex.outcome = outcome;
        ex.usage = meteredUsage(usage, outcome === 'complete', delivered.tokens);
        if (error) ex.error = error.code;
        done(ex);
      },
    });
    return new Response(stream, { status: res.status, headers: clientResponseHeaders(res.headers, true) });
  }
  const transform = JSON_TRANSFORMS[ex.route.endpoint];
  if (body && ok && transform && contentType.includes('json')) {
    const bytes = await readAll(body, ex.policy.gateway.responseLimitBytes);
    let out = bytes;
    try {
      const result = transform(JSON.parse(new TextDecoder().decode(bytes)), ex.plan);
      ex.usage = result.usage;
      if (result.changed) out = encoder.encode(JSON.stringify(result.body));
    } catch {
      ex.error = 'upstream_bad_response'; // not JSON after all: forwarded as it came
    }
    ex.outcome = 'complete';
    done(ex);
    const payload = out as Uint8Array<ArrayBuffer>;
    return new Response(payload, { status: res.status, headers: clientResponseHeaders(res.headers, true) });
  }
  ex.outcome = ok ? 'complete' : 'upstream_error';
  done(ex);
  return new Response(body, { status: res.status, headers: clientResponseHeaders(res.headers, wasDecoded) });
}

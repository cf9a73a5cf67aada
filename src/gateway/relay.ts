import { type Dialect, errorEvent } from '../providers/dialect.ts';
import type { Emit, StreamHandler } from '../providers/plan.ts';
import type { Usage } from '../providers/usage.ts';
import { encodeSseEvent } from '../sse/encoder.ts';
import { createSseParser, type SseEvent } from '../sse/parser.ts';
import { GatewayError, toGatewayError } from './errors.ts';
import type { BodyReader } from './upstream.ts';

export type StreamOutcome = 'complete' | 'failed' | 'cancelled';

export interface RelayOptions {
  handler: StreamHandler;
  dialect: Dialect;
  maxEventBytes: number;
  /** Sees every upstream event, as the handler does (metering). */
  onEvent?: (event: SseEvent) => void;
  /** Called exactly once: after the last byte, after a failure, or when the client goes away. */
  onFinish: (outcome: StreamOutcome, usage: Usage, error?: GatewayError) => void;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * Index just past the last blank line (an event boundary) in `bytes`, or 0. Providers end lines
 * with LF or CRLF; a stream of bare-CR lines simply never finds a boundary and is forwarded
 * when the held tail grows past one event's bound.
 */
function lastBoundary(bytes: Uint8Array): number {
  for (let i = bytes.length - 1; i > 0; i--) {
    if (bytes[i] !== LF) continue;
    if (bytes[i - 1] === LF || (bytes[i - 1] === CR && i > 1 && bytes[i - 2] === LF)) return i + 1;
  }
  return 0;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/**
 * Relay an upstream SSE body to the client, one upstream chunk at a time (nothing buffers the
 * whole response). Pass-through streams are a tap: the upstream's bytes go out untouched, held
 * back only to the last complete event so that a failure can never leave half an event on the
 * wire. Rewriting streams re-encode the handler's events. Either way, an upstream failure or a
 * stream that ends before its terminal event becomes one error event in the caller's dialect,
 * and then the stream closes.
 */
export function relaySse(
  source: ReadableStream<Uint8Array> | BodyReader,
  options: RelayOptions,
): ReadableStream<Uint8Array> {
  const { handler, dialect, onFinish } = options;
  const reader = 'getReader' in source ? source.getReader() : source;
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  const encoder = new TextEncoder();
  let out = '';
  const emit: Emit = (event) => {
    out += encodeSseEvent(event);
  };
  const parser = createSseParser({
    onEvent: (event) => {
      options.onEvent?.(event);
      handler.event(event, emit);
    },
    maxEventBytes: options.maxEventBytes,
  });
  let held: Uint8Array = new Uint8Array(0);
  let finished = false;

  const finish = (outcome: StreamOutcome, error?: GatewayError) => {
    if (finished) return;
    finished = true;
    onFinish(outcome, handler.usage, error);
  };

  const fail = (controller: ReadableStreamDefaultController<Uint8Array>, err: unknown) => {
    const error =
      err instanceof GatewayError ? err : new GatewayError('upstream_bad_response', { cause: err });
    if (handler.rewrites) flushHeldText(controller);
    controller.enqueue(encoder.encode(encodeSseEvent(errorEvent(dialect, error))));
    controller.close();
    reader.cancel(error).catch(() => {});
    finish('failed', error);
  };

  function flushHeldText(controller: ReadableStreamDefaultController<Uint8Array>): void {
    if (out === '') return;
    controller.enqueue(encoder.encode(out));
    out = '';
  }

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      for (;;) {
        let result: ReadableStreamReadResult<Uint8Array>;
        try {
          result = await reader.read();
        } catch (err) {
          return fail(controller, toGatewayError(err));
        }
        if (result.done) {
          let complete: boolean;
          try {
            parser.feed(decoder.decode());
            parser.end();
            complete = handler.end(emit);
          } catch (err) {
            return fail(controller, err);
          }
          if (!complete) return fail(controller, new GatewayError('upstream_stream_truncated'));
          if (handler.rewrites) flushHeldText(controller);
          else if (held.length > 0) controller.enqueue(held);
          controller.close();
          return finish('complete');
        }
        const chunk = result.value;
        try {
          parser.feed(decoder.decode(chunk, { stream: true }));
        } catch (err) {
          return fail(controller, err);
        }
        if (handler.rewrites) {
          if (out === '') continue;
          return flushHeldText(controller);
        }
        const bytes = held.length > 0 ? concat(held, chunk) : chunk;
        const cut = lastBoundary(bytes);
        if (cut === 0 && bytes.length <= options.maxEventBytes) {
          held = bytes;
          continue;
        }
        const send = cut === 0 ? bytes.length : cut;
        held = bytes.subarray(send);
        return controller.enqueue(send === bytes.length ? bytes : bytes.subarray(0, send));
      }
    },
    async cancel(reason) {
      finish('cancelled');
      await reader.cancel(reason).catch(() => {});
    },
  });
}

import { type Dialect, errorEvent } from '../providers/dialect.ts';
import type { Emit, StreamHandler } from '../providers/plan.ts';
import type { Usage } from '../providers/usage.ts';
import { encodeSseEvent } from '../sse/encoder.ts';
import { createSseParser, type SseEvent, type SseParser } from '../sse/parser.ts';
import { Utf8ChunkDecoder } from '../sse/utf8.ts';
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
  const reader = 'getReader' in source ? source.getReader() : source;
  return new ReadableStream<Uint8Array>(new Relay(reader, options));
}

/**
 * The same relay as a minimal pull body (`getReader()` → `read()`, `cancel()`, `closed`) instead
 * of a web ReadableStream, for a runtime whose Response takes one (@hono/node-server writes any
 * body with a `getReader` by reading it chunk by chunk). In Node 20 a ReadableStream costs ~10 µs
 * to construct, and its queue a promise and a hand-over per chunk; this is the relay's own pull,
 * called when the socket wants more. Never for a Response that anything else reads.
 */
export function relaySseBody(source: BodyReader, options: RelayOptions): PullBody {
  return new PullBody(new Relay(source, options));
}

/** Where a pull puts its output: the web stream's controller, or a PullBody's queue. */
interface Sink {
  enqueue(chunk: Uint8Array): void;
  close(): void;
}

const DONE: ReadableStreamReadResult<Uint8Array> = { done: true, value: undefined };

/** A ReadableStream stand-in for @hono/node-server: see relaySseBody. */
export class PullBody implements Sink {
  locked = false;
  readonly closed: Promise<void>;
  private resolveClosed!: () => void;
  private readonly queue: Uint8Array[] = [];
  private done = false;

  constructor(private readonly relay: Relay) {
    this.closed = new Promise<void>((resolve) => {
      this.resolveClosed = resolve;
    });
  }

  getReader(): this {
    this.locked = true;
    return this;
  }

  async read(): Promise<ReadableStreamReadResult<Uint8Array>> {
    for (;;) {
      const chunk = this.queue.shift();
      if (chunk) return { done: false, value: chunk };
      if (this.done) return DONE;
      await this.relay.pull(this); // enqueues at least one chunk, or closes
    }
  }

  /** The client went away (a stream that has ended, like a web stream, ignores this). */
  cancel(reason?: unknown): Promise<void> {
    if (this.done) return Promise.resolve();
    this.close();
    return this.relay.cancel(reason);
  }

  enqueue(chunk: Uint8Array): void {
    this.queue.push(chunk);
  }

  close(): void {
    if (this.done) return;
    this.done = true;
    this.resolveClosed();
  }

  /** Lets go of the reader (what a web stream's reader does); nothing to do here. */
  releaseLock(): void {}
}

const encoder = new TextEncoder();

/**
 * The relay as the stream's underlying source (its `pull` and `cancel` are called with it as
 * `this`). A class, not closures: one per streamed response, and under tsx every named closure
 * created costs a defineProperty.
 */
class Relay {
  private readonly handler: StreamHandler;
  private readonly decoder = new Utf8ChunkDecoder();
  private readonly parser: SseParser;
  private readonly emitEvent: Emit;
  /** Re-encoded events not yet enqueued (rewriting streams). */
  private out = '';
  /** Tap: bytes after the last complete event, not yet forwarded. */
  private held: Uint8Array = new Uint8Array(0);
  private finished = false;
  /** Whether the first re-encoded output has been cut out of its chunk (see onEvent). */
  private firstOut = false;
  /** The upstream has ended: parse everything that is left. */
  private ending = false;

  constructor(
    private readonly reader: BodyReader,
    private readonly options: RelayOptions,
  ) {
    this.handler = options.handler;
    this.emitEvent = this.emit.bind(this);
    this.parser = createSseParser({ onEvent: this.onEvent.bind(this), maxEventBytes: options.maxEventBytes });
  }

  private emit(event: SseEvent): void {
    this.out += encodeSseEvent(event);
  }

  private onEvent(event: SseEvent): void {
    this.options.onEvent?.(event);
    this.handler.event(event, this.emitEvent);
    // The first bytes go out as soon as there are any, not after the rest of their chunk
    // (a burst of events takes a watermark ~0.5 ms): the parser stops here, and the next pull
    // parses the rest. One extra write per stream, for the time to first byte.
    if (!this.firstOut && this.out !== '' && !this.ending) {
      this.firstOut = true;
      this.parser.pause();
    }
  }

  private finish(outcome: StreamOutcome, error?: GatewayError): void {
    if (this.finished) return;
    this.finished = true;
    this.options.onFinish(outcome, this.handler.usage, error);
  }

  private fail(controller: Sink, err: unknown): void {
    const error =
      err instanceof GatewayError ? err : new GatewayError('upstream_bad_response', { cause: err });
    if (this.handler.rewrites) this.flushHeldText(controller);
    controller.enqueue(encoder.encode(encodeSseEvent(errorEvent(this.options.dialect, error))));
    controller.close();
    this.reader.cancel(error).catch(() => {});
    this.finish('failed', error);
  }

  private flushHeldText(controller: Sink): void {
    if (this.out === '') return;
    controller.enqueue(encoder.encode(this.out));
    this.out = '';
  }

  async pull(controller: Sink): Promise<void> {
    const { handler, parser } = this;
    for (;;) {
      if (parser.pending) {
        // The rest of a chunk whose first output went ahead (rewriting streams only).
        try {
          parser.feed('');
        } catch (err) {
          return this.fail(controller, err);
        }
        if (this.out === '') continue;
        return this.flushHeldText(controller);
      }
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await this.reader.read();
      } catch (err) {
        return this.fail(controller, toGatewayError(err));
      }
      if (result.done) {
        let complete: boolean;
        this.ending = true;
        try {
          parser.feed(this.decoder.end());
          parser.end();
          complete = handler.end(this.emitEvent);
        } catch (err) {
          return this.fail(controller, err);
        }
        if (!complete) return this.fail(controller, new GatewayError('upstream_stream_truncated'));
        if (handler.rewrites) this.flushHeldText(controller);
        else if (this.held.length > 0) controller.enqueue(this.held);
        controller.close();
        return this.finish('complete');
      }
      const chunk = result.value;
      try {
        parser.feed(this.decoder.decode(chunk));
      } catch (err) {
        return this.fail(controller, err);
      }
      if (handler.rewrites) {
        if (this.out === '') continue;
        return this.flushHeldText(controller);
      }
      const held = this.held;
      const bytes = held.length > 0 ? concat(held, chunk) : chunk;
      const cut = lastBoundary(bytes);
      if (cut === 0 && bytes.length <= this.options.maxEventBytes) {
        this.held = bytes;
        continue;
      }
      const send = cut === 0 ? bytes.length : cut;
      this.held = bytes.subarray(send);
      return controller.enqueue(send === bytes.length ? bytes : bytes.subarray(0, send));
    }
  }

  async cancel(reason?: unknown): Promise<void> {
    this.finish('cancelled');
    await this.reader.cancel(reason).catch(() => {});
  }
}

/**
 * How the core reaches the upstream API. Each runtime supplies one: the Node sidecar an undici
 * keep-alive pool, the Worker `fetch`. Implementations enforce the three timeouts and report
 * failures as GatewayErrors (`upstream_connect_timeout`, `upstream_timeout`,
 * `upstream_unreachable`, and `upstream_idle_timeout` from the body stream), so that the core
 * can answer in the caller's dialect without knowing the runtime.
 */
export interface UpstreamTimeouts {
  connectMs: number;
  firstByteMs: number;
  idleMs: number;
}

export interface UpstreamRequest {
  /** Absolute URL: the configured base plus the API path and query. */
  url: string;
  method: string;
  /** Lower-case names; hop-by-hop headers already removed. */
  headers: Record<string, string>;
  body?: Uint8Array;
  /** Aborted when the client goes away: the upstream request must be cancelled. */
  signal: AbortSignal;
  timeouts: UpstreamTimeouts;
}

export interface UpstreamResponse {
  status: number;
  headers: Headers;
  /** Null for bodiless responses. Errors mid-body are GatewayErrors. */
  body: ReadableStream<Uint8Array> | null;
  /**
   * Optional: a reader straight over the runtime's own body (Node: undici's stream), for the
   * responses the gateway reads itself, without a web ReadableStream in between (one fewer stream
   * per response, and no enqueue and read promise per chunk). Null when `body` is null. A caller
   * uses either this or `body`, never both.
   */
  open?(): BodyReader | null;
}

/** What the gateway needs of a body reader: `ReadableStreamDefaultReader` fits. */
export interface BodyReader {
  read(): Promise<ReadableStreamReadResult<Uint8Array>>;
  cancel(reason?: unknown): Promise<void>;
}

/** A reader over the response body: the runtime's direct one when it has one. */
export function openBody(res: UpstreamResponse): BodyReader | null {
  if (res.open) return res.open();
  return res.body ? res.body.getReader() : null;
}

export type Upstream = (request: UpstreamRequest) => Promise<UpstreamResponse>;

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
}

export type Upstream = (request: UpstreamRequest) => Promise<UpstreamResponse>;

/**
 * The error catalogue. Every failure the gateway produces itself is a `GatewayError` with a
 * stable `code`; `src/providers/*\/errors.ts` maps it to the caller's own dialect in one place.
 * Messages are written for the client: they never contain secrets, keys or raw input.
 */
export type ErrorKind =
  | 'invalid_request'
  | 'authentication'
  | 'permission'
  | 'not_found'
  | 'too_large'
  | 'rate_limit'
  | 'timeout'
  | 'upstream'
  | 'internal';

interface CatalogueEntry {
  status: number;
  kind: ErrorKind;
  message: string;
}

export const ERRORS = {
  invalid_json: { status: 400, kind: 'invalid_request', message: 'The request body is not valid JSON.' },
  invalid_body: { status: 400, kind: 'invalid_request', message: 'The request body must be a JSON object.' },
  body_too_large: { status: 413, kind: 'too_large', message: 'The request body exceeds the size limit.' },
  missing_api_key: { status: 401, kind: 'authentication', message: 'No API key was provided.' },
  not_found: { status: 404, kind: 'not_found', message: 'The requested resource was not found.' },
  method_not_allowed: { status: 405, kind: 'invalid_request', message: 'This method is not allowed here.' },
  request_blocked: { status: 403, kind: 'permission', message: 'This request was declined by policy.' },
  rate_limited: { status: 429, kind: 'rate_limit', message: 'Rate limit exceeded. Retry later.' },
  upstream_connect_timeout: {
    status: 504,
    kind: 'timeout',
    message: 'Timed out connecting to the upstream API.',
  },
  upstream_timeout: { status: 504, kind: 'timeout', message: 'The upstream API did not respond in time.' },
  upstream_idle_timeout: { status: 504, kind: 'timeout', message: 'The upstream API stopped sending data.' },
  upstream_unreachable: { status: 502, kind: 'upstream', message: 'The upstream API could not be reached.' },
  upstream_bad_response: {
    status: 502,
    kind: 'upstream',
    message: 'The upstream API sent an invalid response.',
  },
  upstream_stream_truncated: { status: 502, kind: 'upstream', message: 'The upstream stream ended early.' },
  upstream_not_configured: {
    status: 502,
    kind: 'upstream',
    message: 'No upstream is configured for this API.',
  },
  store_unavailable: { status: 503, kind: 'upstream', message: 'The gateway is temporarily unavailable.' },
  client_closed: { status: 499, kind: 'invalid_request', message: 'The client closed the request.' },
  internal_error: { status: 500, kind: 'internal', message: 'Internal gateway error.' },
} as const satisfies Record<string, CatalogueEntry>;

export type ErrorCode = keyof typeof ERRORS;

export class GatewayError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly kind: ErrorKind;
  /** Extra response headers (e.g. `retry-after` on a 429). */
  readonly headers: Record<string, string>;

  constructor(
    code: ErrorCode,
    options: { message?: string; cause?: unknown; headers?: Record<string, string> } = {},
  ) {
    const entry: CatalogueEntry = ERRORS[code];
    super(
      options.message ?? entry.message,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = 'GatewayError';
    this.code = code;
    this.status = entry.status;
    this.kind = entry.kind;
    this.headers = options.headers ?? {};
  }
}

/** Anything thrown becomes a GatewayError; unknown failures are internal errors, cause kept for logs. */
export function toGatewayError(err: unknown): GatewayError {
  return err instanceof GatewayError ? err : new GatewayError('internal_error', { cause: err });
}

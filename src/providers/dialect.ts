import type { ErrorKind, GatewayError } from '../gateway/errors.ts';
import type { SseEvent } from '../sse/parser.ts';

/**
 * The wire dialect a caller speaks. Errors, including a failure in the middle of a stream, are
 * always rendered in the caller's own dialect so the official SDKs raise their usual errors.
 */
export type Dialect = 'anthropic' | 'openai-chat' | 'openai-responses';

// https://docs.claude.com/en/api/errors
const ANTHROPIC_TYPE: Record<ErrorKind, string> = {
  invalid_request: 'invalid_request_error',
  authentication: 'authentication_error',
  permission: 'permission_error',
  not_found: 'not_found_error',
  too_large: 'request_too_large',
  rate_limit: 'rate_limit_error',
  timeout: 'timeout_error',
  upstream: 'api_error',
  internal: 'api_error',
};

// https://platform.openai.com/docs/guides/error-codes
const OPENAI_TYPE: Record<ErrorKind, string> = {
  invalid_request: 'invalid_request_error',
  authentication: 'invalid_request_error',
  permission: 'invalid_request_error',
  not_found: 'invalid_request_error',
  too_large: 'invalid_request_error',
  rate_limit: 'requests',
  timeout: 'timeout',
  upstream: 'server_error',
  internal: 'server_error',
};

/** The JSON body of an error response. */
export function errorBody(dialect: Dialect, err: GatewayError, requestId?: string): object {
  if (dialect === 'anthropic') {
    return {
      type: 'error',
      error: { type: ANTHROPIC_TYPE[err.kind], message: err.message },
      request_id: requestId ?? null,
    };
  }
  return { error: { message: err.message, type: OPENAI_TYPE[err.kind], param: null, code: err.code } };
}

/**
 * One SSE error event, sent as the last event of a stream that failed after its 200 status.
 * Anthropic: `event: error`; OpenAI chat: a data-only chunk with an `error` object (the SDK throws
 * on it); Responses: an `error` event with `code`/`message` at the top level.
 */
export function errorEvent(dialect: Dialect, err: GatewayError, sequenceNumber = 0): SseEvent {
  if (dialect === 'anthropic') {
    const data = { type: 'error', error: { type: ANTHROPIC_TYPE[err.kind], message: err.message } };
    return { event: 'error', data: JSON.stringify(data) };
  }
  if (dialect === 'openai-chat') {
    return { data: JSON.stringify(errorBody(dialect, err)) };
  }
  const data = {
    type: 'error',
    code: err.code,
    message: err.message,
    param: null,
    sequence_number: sequenceNumber,
  };
  return { event: 'error', data: JSON.stringify(data) };
}

import { parseAnthropicRequest } from './anthropic/parse-request.ts';
import { parseOpenAIRequest } from './openai/parse-request.ts';
import type { Endpoint, NormalizedRequest, ProviderName } from './types.ts';

/** Normalise a request body for either provider; the default endpoint is the main chat one. */
export function parseRequest(provider: ProviderName, body: unknown, endpoint?: Endpoint): NormalizedRequest {
  return provider === 'anthropic'
    ? parseAnthropicRequest(body, endpoint ?? 'messages')
    : parseOpenAIRequest(body, endpoint ?? 'chat');
}

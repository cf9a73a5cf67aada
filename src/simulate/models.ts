import type { Rng } from './rng.ts';
import type { Api, Provider } from './types.ts';

export const PATHS: Readonly<Record<Api, string>> = {
  messages: '/v1/messages',
  chat: '/v1/chat/completions',
  responses: '/v1/responses',
};

export const providerOf = (api: Api): Provider => (api === 'messages' ? 'anthropic' : 'openai');

/** Models in use before the simulated release, with rough popularity. */
export const MODELS: Readonly<Record<Provider, readonly (readonly [string, number])[]>> = {
  anthropic: [
    ['claude-sonnet-4-5', 6],
    ['claude-haiku-4-5', 3],
    ['claude-opus-4-1', 1],
  ],
  openai: [
    ['gpt-4.1', 4],
    ['gpt-4.1-mini', 3],
    ['gpt-4o', 2],
    ['gpt-4o-mini', 2],
    ['o4-mini', 1],
  ],
};

/** The model "released" mid-run (see `Infra.releaseAt`). */
export const NEW_MODEL: Readonly<Record<Provider, string>> = {
  anthropic: 'claude-opus-4-5',
  openai: 'gpt-5',
};

/** OpenAI reasoning models take `max_completion_tokens` and no sampling temperature. */
export const isReasoningModel = (model: string): boolean => /^(o\d|gpt-5)/.test(model);

export function pickModel(rng: Rng, provider: Provider): string {
  return rng.weighted(MODELS[provider]);
}

/** Pick an API surface: Anthropic has one; OpenAI clients mostly use Chat Completions. */
export function pickApi(rng: Rng, anthropicShare = 0.5, responsesShare = 0.2): Api {
  if (rng.chance(anthropicShare)) return 'messages';
  return rng.chance(responsesShare) ? 'responses' : 'chat';
}

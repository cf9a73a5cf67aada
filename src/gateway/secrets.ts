/**
 * Secrets come from the environment only. Without them the gateway still runs (so the README's
 * first command works on a fresh machine) on a fixed development secret, and says so loudly:
 * account ids and watermark keys derived from it are not private.
 */
export interface Secrets {
  accountId: string;
  watermark: string;
}

export const DEVELOPMENT_SECRET = 'distill-guard-development-secret-do-not-use-in-production';

type Env = Readonly<Record<string, string | undefined>>;

export function resolveSecret(env: Env, name: string, warn: (message: string) => void): string {
  const value = env[name];
  if (value && value.length > 0) return value;
  warn(`${name} is not set: using the built-in development secret (not for production)`);
  return DEVELOPMENT_SECRET;
}

export function resolveSecrets(env: Env, warn: (message: string) => void): Secrets {
  return {
    accountId: resolveSecret(env, 'ACCOUNT_ID_SECRET', warn),
    watermark: resolveSecret(env, 'WATERMARK_SECRET', warn),
  };
}

import type { Logger } from '../../gateway/deps.ts';
import type { Policy } from '../../policy/schema.ts';
import { createMemoryStore } from '../../store/memory.ts';
import { createRedisStore } from '../../store/redis.ts';
import type { Store } from '../../store/types.ts';

/**
 * The sidecar's state, chosen by the policy's `store:` section at start-up (a change needs a
 * restart). `REDIS_URL` overrides `store.redis.url`, so a password need not sit in the policy.
 */
export function createNodeStore(
  config: Policy['store'],
  env: Readonly<Record<string, string | undefined>>,
  logger: Logger,
): Store {
  if (config.kind === 'memory') return createMemoryStore(config.memory);
  const url = env.REDIS_URL || config.redis.url;
  logger.info('using the redis store', { url: redactUrl(url), keyPrefix: config.redis.keyPrefix });
  return createRedisStore({
    url,
    keyPrefix: config.redis.keyPrefix,
    failMode: config.redis.failMode,
    commandTimeoutMs: config.redis.commandTimeoutMs,
    log: (message, fields) => logger.warn(message, fields),
  });
}

/** Never log a Redis password. */
function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'redis://(unparseable)';
  }
}

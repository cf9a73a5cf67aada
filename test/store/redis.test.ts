import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisStore } from '../../src/store/redis.ts';
import type { Store } from '../../src/store/types.ts';
import { type RedisServer, redisSuiteMode, startRedis } from '../redis-server.ts';
import { storeContract } from './contract.ts';

const mode = redisSuiteMode();
let server: RedisServer;
const open: Store[] = [];

const make = (prefix = 'dg-test:') => {
  const store = createRedisStore({
    url: server.url,
    keyPrefix: prefix,
    failMode: 'closed',
    commandTimeoutMs: 2000,
    log: () => {},
  });
  open.push(store);
  return store;
};

describe.skipIf(mode === 'skip')('redis', () => {
  beforeAll(async () => {
    server = await startRedis();
  });
  afterAll(async () => {
    await Promise.all(open.map((s) => s.close()));
    await server?.stop();
  });

  // Three clients on one Redis: the concurrency case is then three sidecars racing.
  storeContract('redis (3 clients, one server)', async () => [make(), make(), make()]);

  it('namespaces keys with the prefix', async () => {
    const a = make('tenant-a:');
    const b = make('tenant-b:');
    await a.set('k', 'from-a', 60_000, Date.now());
    expect(await b.get('k', Date.now())).toBeUndefined();
  });

  it('fails open or closed when Redis is unreachable, with one clear log line', async () => {
    const logs: string[] = [];
    const options = {
      url: 'redis://127.0.0.1:1',
      keyPrefix: 'x:',
      commandTimeoutMs: 200,
      log: (m: string) => logs.push(m),
    } as const;
    const openStore = createRedisStore({ ...options, failMode: 'open' });
    const closed = createRedisStore({ ...options, failMode: 'closed' });
    open.push(openStore, closed);
    const bucket = { key: 'k', rule: { limit: 1, periodMs: 1000 }, cost: 1 };
    expect((await openStore.take([bucket], 0)).allowed).toBe(true);
    await expect(closed.take([bucket], 0)).rejects.toMatchObject({ code: 'store_unavailable', status: 503 });
    expect(logs.some((l) => l === 'redis store unavailable; failing open')).toBe(true);
    expect(logs.some((l) => l === 'redis store unavailable; failing closed')).toBe(true);
  });
});

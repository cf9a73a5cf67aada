import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memory.ts';
import { storeContract } from './contract.ts';

storeContract('memory', async () => [createMemoryStore()]);

describe('memory store bounds', () => {
  it('evicts the least recently used keys beyond maxKeys', async () => {
    const store = createMemoryStore({ maxKeys: 100 });
    for (let i = 0; i < 500; i++) await store.set(`k${i}`, 'v', 60_000, 0);
    expect(await store.get('k0', 0)).toBeUndefined();
    expect(await store.get('k499', 0)).toBe('v');
  });

  it('expires lazily against the caller clock (virtual time)', async () => {
    const store = createMemoryStore();
    await store.set('k', 'v', 1000, 0);
    expect(await store.get('k', 999)).toBe('v');
    expect(await store.get('k', 1000)).toBeUndefined();
  });
});

import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HmacSha256, sha256 } from './sha256.ts';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const reference = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('sha256', () => {
  it('matches the FIPS 180-4 examples', () => {
    const enc = new TextEncoder();
    expect(hex(sha256(enc.encode('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(hex(sha256(new Uint8Array(0)))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('matches node:crypto at every length around the block and padding boundaries', () => {
    for (let n = 0; n <= 200; n++) {
      const b = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      expect(hex(sha256(b))).toBe(reference(b));
    }
  });

  it('matches node:crypto on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), (b) => hex(sha256(b)) === reference(b)),
      { numRuns: 200 },
    );
  });
});

describe('HmacSha256', () => {
  const subtle = async (key: Uint8Array, message: Uint8Array) => {
    if (key.length === 0) return createHmac('sha256', key).update(message).digest('hex'); // subtle refuses
    const k = await crypto.subtle.importKey(
      'raw',
      key as Uint8Array<ArrayBuffer>,
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    return hex(new Uint8Array(await crypto.subtle.sign('HMAC', k, message as Uint8Array<ArrayBuffer>)));
  };

  it('matches crypto.subtle for keys and messages around the block boundaries', async () => {
    for (const keyLength of [0, 1, 32, 63, 64, 65, 100, 200]) {
      const key = Uint8Array.from({ length: keyLength }, (_, i) => (i * 7 + keyLength) & 0xff);
      const mac = new HmacSha256(key);
      for (let n = 0; n <= 140; n += 7) {
        const message = Uint8Array.from({ length: n }, (_, i) => (i * 13 + n) & 0xff);
        expect(hex(mac.digest(message))).toBe(await subtle(key, message));
        expect(hex(mac.digest(message))).toBe(await subtle(key, message)); // reusable
      }
    }
  });

  it('matches crypto.subtle on arbitrary keys and messages', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 150 }),
        fc.uint8Array({ maxLength: 300 }),
        async (key, m) => {
          expect(hex(new HmacSha256(key).digest(m))).toBe(await subtle(key, m));
        },
      ),
      { numRuns: 200 },
    );
  });
});

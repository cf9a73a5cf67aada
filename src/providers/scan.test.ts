import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexOfQuoted, jsonString, startsAt, stringLiteral } from './scan.ts';

const unit = fc.constantFrom('"', 'u', 's', 'a', 'g', 'e', ':', '\\', 'x', '\n', 'é', '\uD800');
const text = fc.string({ unit, maxLength: 30 });

describe('scan', () => {
  it('indexOfQuoted is indexOf of the quoted pattern (property)', () => {
    fc.assert(
      fc.property(text, fc.string({ unit, minLength: 1, maxLength: 4 }), fc.nat(40), (t, rest, from) => {
        expect(indexOfQuoted(t, rest, from)).toBe(t.indexOf(`"${rest}`, from));
        expect(indexOfQuoted(t, rest)).toBe(t.indexOf(`"${rest}`));
      }),
      { numRuns: 5000 },
    );
  });

  it('startsAt is startsWith (property)', () => {
    fc.assert(
      fc.property(text, fc.string({ unit, minLength: 1, maxLength: 4 }), fc.nat(40), (t, p, at) => {
        expect(startsAt(t, p, at)).toBe(t.startsWith(p, at));
      }),
      { numRuns: 5000 },
    );
  });

  it('stringLiteral reads exactly what JSON.parse reads as one string, and nothing else (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          text,
          text.map((s) => JSON.stringify(s)),
        ),
        (t) => {
          let expected: string | undefined;
          try {
            const v: unknown = JSON.parse(t);
            expected = typeof v === 'string' && t.startsWith('"') ? v : undefined;
          } catch {
            expected = undefined;
          }
          expect(stringLiteral(t, 0, t.length)).toBe(expected);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('jsonString is JSON.stringify (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(unit, fc.string({ maxLength: 1 })), maxLength: 20 }), (t) => {
        expect(jsonString(t)).toBe(JSON.stringify(t));
      }),
      { numRuns: 5000 },
    );
  });
});

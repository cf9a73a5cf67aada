import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bonferroniLog, createTail, fisherLog, log10Of, logFactorial } from './stats.ts';

const tailOf = (groups: [number, number][], s: number) => createTail(new Map(groups))(s);

/** Brute force over every outcome, for small n: the definition of the tail. */
function bruteTail(ms: number[], s: number): number {
  let total = 0;
  const walk = (i: number, hits: number, p: number) => {
    if (i === ms.length) {
      if (hits >= s) total += p;
      return;
    }
    const q = 1 / ms[i]!;
    walk(i + 1, hits + 1, p * q);
    walk(i + 1, hits, p * (1 - q));
  };
  walk(0, 0, 1);
  return total;
}

describe('exact tails', () => {
  it('matches the reference values (Appendix A) for Bin(N, 1/2)', () => {
    expect(Math.exp(tailOf([[2, 20]], 20))).toBeCloseTo(9.5367e-7, 10);
    expect(Math.exp(tailOf([[2, 100]], 65)) / 1.7588e-3).toBeCloseTo(1, 3);
    expect(Math.exp(tailOf([[2, 35]], 30)) / 1.11806e-5).toBeCloseTo(1, 3);
  });

  it('equals brute force for mixed classes of 2 and 3 variants', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 6 }), fc.nat(15), (n2, n3, s) => {
        const ms = [...Array(n2).fill(2), ...Array(n3).fill(3)];
        const exact = bruteTail(ms, s);
        const got = Math.exp(
          tailOf(
            [
              [2, n2],
              [3, n3],
            ],
            s,
          ),
        );
        expect(Math.abs(got - exact)).toBeLessThan(1e-12 + exact * 1e-9);
      }),
    );
  });

  it('stays exact deep in the tail, where a normal approximation is off by orders of magnitude', () => {
    // P[Bin(200, 1/2) = 200] = 2^-200 exactly.
    expect(log10Of(tailOf([[2, 200]], 200))).toBeCloseTo(-200 * Math.log10(2), 9);
    // P[Bin(300, 1/3) >= 300] = 3^-300 ≈ 1e-143; the tail past N is impossible.
    expect(log10Of(tailOf([[3, 300]], 300))).toBeCloseTo(-300 * Math.log10(3), 9);
    expect(tailOf([[2, 5]], 6)).toBe(Number.NEGATIVE_INFINITY);
    expect(tailOf([[2, 5]], 0)).toBe(0);
    // ln C(60, 30) 2^-60 summed from 45: against a value computed with exact big integers.
    let num = 0n;
    let c = 1n;
    for (let k = 0; k <= 60; k++) {
      if (k >= 45) num += c;
      c = (c * BigInt(60 - k)) / BigInt(k + 1);
    }
    const exact = Number((num * 10n ** 30n) / 2n ** 60n) / 1e30;
    expect(Math.exp(tailOf([[2, 60]], 45)) / exact).toBeCloseTo(1, 10);
  });

  it('agrees with a full convolution, and stays fast on a huge corpus', () => {
    const [n2, n3] = [300, 120];
    const exact = new Array(n2 + n3 + 1).fill(0);
    const pmf = (n: number, p: number) =>
      Array.from({ length: n + 1 }, (_, k) =>
        Math.exp(
          logFactorial(n) -
            logFactorial(k) -
            logFactorial(n - k) +
            k * Math.log(p) +
            (n - k) * Math.log1p(-p),
        ),
      );
    const a = pmf(n2, 1 / 2);
    const b = pmf(n3, 1 / 3);
    for (const [i, x] of a.entries()) for (const [j, y] of b.entries()) exact[i + j] += x * y;
    const tail = createTail(
      new Map([
        [2, n2],
        [3, n3],
      ]),
    );
    for (const s of [1, 100, 190, 250, 300]) {
      const want = exact.slice(s).reduce((x, y) => x + y, 0);
      expect(Math.exp(tail(s)) / want).toBeCloseTo(1, 9);
    }
    const t0 = performance.now();
    const big = createTail(
      new Map([
        [2, 400_000],
        [3, 100_000],
      ]),
    );
    expect(Math.exp(big(200_000 + 33_334))).toBeGreaterThan(0.4);
    expect(big(400_000)).toBeLessThan(-1e4);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it('log factorials are exact sums', () => {
    expect(logFactorial(0)).toBe(0);
    expect(Math.exp(logFactorial(10))).toBeCloseTo(3628800, 4);
  });
});

describe('Fisher and Bonferroni', () => {
  it('one p-value passes through; two combine by the closed form', () => {
    expect(fisherLog([Math.log(0.01)])).toBeCloseTo(Math.log(0.01), 12);
    // X = -2 ln(0.05 * 0.05) = 11.98; P[χ²_4 >= X] = e^{-t}(1 + t), t = X / 2.
    const t = -2 * Math.log(0.05);
    expect(Math.exp(fisherLog([Math.log(0.05), Math.log(0.05)]))).toBeCloseTo(Math.exp(-t) * (1 + t), 12);
    expect(fisherLog([])).toBe(0);
    expect(fisherLog([0, 0])).toBe(0);
  });

  it('handles p-values far below the smallest double', () => {
    const got = log10Of(fisherLog([-2000, -1500]));
    expect(got).toBeLessThan(-1500 / Math.LN10);
    expect(Number.isFinite(got)).toBe(true);
  });

  it('Bonferroni multiplies and caps at 1', () => {
    expect(Math.exp(bonferroniLog(Math.log(1e-9), 1000))).toBeCloseTo(1e-6, 15);
    expect(bonferroniLog(Math.log(0.5), 10)).toBe(0);
  });
});

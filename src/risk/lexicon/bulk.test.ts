import { describe, expect, it } from 'vitest';
import { bulkCount } from './bulk.ts';

describe('bulkCount', () => {
  it.each([
    ['Generate 200 question/answer pairs', 200],
    ['Generate a labeled dataset of 1,000 short posts', 1000],
    ['Genera 2.500 preguntas con respuesta', 2500],
    ['Écris 10\u00a0000 dialogues', 10000],
    ["Write 1'000 examples", 1000],
  ])('%s → %i', (text, n) => {
    expect(bulkCount(text)).toBe(n);
  });

  it('does not read decimals, versions or years as counts', () => {
    expect(bulkCount('pi is 3.14159')).toBeLessThan(10);
    expect(bulkCount('upgrade from version 1.2.3')).toBeLessThan(10);
    expect(bulkCount('what happened in 1,989 or 2,024 questions')).toBeLessThan(10);
  });
});

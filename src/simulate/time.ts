import type { Rng } from './rng.ts';
import type { Lang } from './types.ts';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** Simulated span: Monday 2 March 2026, 00:00 UTC, for `days` days. */
export interface Clock {
  start: number;
  days: number;
  end: number;
  /** When the new model "ships"; campaigns move to it within a day. */
  releaseAt: number;
}

export function createClock(days = 6): Clock {
  const start = Date.UTC(2026, 2, 2);
  return { start, days, end: start + days * DAY, releaseAt: start + Math.floor(days / 2) * DAY + 17 * HOUR };
}

/** Local-hour weights of people at a keyboard: quiet at night, busy late morning and evening. */
const HUMAN_HOURS = [1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 2, 4, 6, 7, 7, 6, 6, 7, 7, 6, 5, 5, 6, 7, 6, 4, 2];
/** Office apps (support bots, RAG tools, graders): working hours, light weekends. */
const OFFICE_HOURS = [
  0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 2, 6, 9, 9, 8, 6, 8, 9, 9, 8, 5, 3, 2, 1, 1, 0.5, 0.3,
];

/** Typical UTC offset (hours) for speakers of a language; a few languages span several zones. */
export function timezoneFor(rng: Rng, lang: Lang): number {
  switch (lang) {
    case 'zh':
      return 8;
    case 'ru':
      return rng.pick([3, 3, 3, 5, 7]);
    case 'es':
      return rng.pick([1, -6, -5, -3, -3]);
    case 'pt':
      return rng.pick([-3, -3, 0]);
    case 'de':
    case 'fr':
      return 1;
    case 'ja':
      return 9;
    default:
      return rng.pick([-8, -5, -5, -5, 0, 0, 1, 5.5, 10]);
  }
}

/**
 * A time on `day` (0-based) at a local hour drawn from a diurnal profile, returned in UTC ms.
 * Weekend days are scaled by `weekend` via a second draw (the caller may move to another day).
 */
export function diurnalTime(
  rng: Rng,
  clock: Clock,
  day: number,
  opts: { tz: number; profile?: 'human' | 'office' },
): number {
  const weights = opts.profile === 'office' ? OFFICE_HOURS : HUMAN_HOURS;
  const hour = rng.weighted(weights.map((w, h) => [h, w] as const));
  const local = day * DAY + hour * HOUR + Math.floor(rng.next() * HOUR);
  const ts = Math.round(clock.start + local - opts.tz * HOUR);
  // A local day near the edge of the span can fall outside it in UTC: use the neighbouring day.
  return ts >= clock.end ? ts - DAY : ts < clock.start ? ts + DAY : ts;
}

/** Pick a day, favouring weekdays for office traffic (the run starts on a Monday). */
export function pickDay(rng: Rng, clock: Clock, office = false): number {
  const days = Array.from({ length: clock.days }, (_, d) => [d, office && d % 7 >= 5 ? 0.25 : 1] as const);
  return rng.weighted(days);
}

/** Whether a time falls inside the simulated span (requests outside it are left out of the trace). */
export function inSpan(clock: Clock, ts: number): boolean {
  return ts >= clock.start && ts < clock.end;
}

/** Human pacing inside a session: reading, thinking and typing between turns. */
export function thinkTime(rng: Rng): number {
  return 15_000 + rng.exp(90_000);
}

/**
 * Machine-regular timing: `count` requests in batches, one batch starting near `hourUtc` on each
 * of the chosen days, spaced `interval` ms apart with ±`jitter` ms.
 */
export function batchTimes(
  rng: Rng,
  clock: Clock,
  count: number,
  opts: { hourUtc: number; interval: number; jitter: number; days?: number[] },
): number[] {
  const days = opts.days ?? Array.from({ length: clock.days }, (_, d) => d);
  const out: number[] = [];
  days.forEach((day, i) => {
    const share = Math.floor(count / days.length) + (i < count % days.length ? 1 : 0);
    let ts = clock.start + day * DAY + opts.hourUtc * HOUR + rng.int(0, 20) * MINUTE;
    for (let k = 0; k < share; k++) {
      out.push(Math.round(ts));
      ts += opts.interval + rng.float(-opts.jitter, opts.jitter);
    }
  });
  return out;
}

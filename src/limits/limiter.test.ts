import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import * as fx from '../../test/mock/fixtures.ts';
import type { Dialect } from '../providers/dialect.ts';
import { parseRequest } from '../providers/parse.ts';
import { createSseParser } from '../sse/parser.ts';
import { createMemoryStore } from '../store/memory.ts';
import { type LimitsConfig, LimitsConfigSchema } from './config.ts';
import { estimateInputTokens, estimateTokens } from './estimate.ts';
import { checkLimits, tarpitDelayMs } from './limiter.ts';
import { createStreamOutputEstimate, meteredUsage } from './stream-estimate.ts';

const limits = (input: v.InferInput<typeof LimitsConfigSchema>): LimitsConfig =>
  v.parse(LimitsConfigSchema, input);

const TIGHT = limits({
  tiers: {
    tight: {
      account: { requests: { perMinute: 3 }, tokens: { perMinute: 3000 } },
      capMaxTokens: true,
    },
  },
  defaultTier: 'tight',
  suspectTier: 'tight',
});

const request = (text: string, provider: 'anthropic' | 'openai' = 'anthropic') =>
  parseRequest(provider, {
    model: 'm',
    max_tokens: 4096,
    messages: [{ role: 'user', content: text }],
  });

const subject = { account: 'acct_0123456789abcdef', ip: '10.0.0.1' };
const T0 = 1_760_000_000_000;
const check =
  (config: LimitsConfig, text: string, now: number, dialect: Dialect = 'anthropic') =>
  (store: ReturnType<typeof createMemoryStore>) =>
    checkLimits(
      store,
      config,
      {
        subject,
        suspect: false,
        request: request(text, dialect === 'anthropic' ? 'anthropic' : 'openai'),
        dialect,
      },
      now,
    );

describe('token estimate', () => {
  it('about four Latin characters per token, one per CJK character, never zero', () => {
    expect(estimateTokens('a'.repeat(400))).toBe(100);
    expect(estimateTokens('漢字かな')).toBe(4);
    expect(estimateInputTokens(request(''))).toBeGreaterThanOrEqual(1);
    expect(estimateInputTokens(request('x'.repeat(4000)))).toBe(1000 + 4);
  });
});

describe('checkLimits', () => {
  it('3 requests a minute: the 4th is refused with retry-after and the provider headers', async () => {
    const store = createMemoryStore();
    for (let i = 0; i < 3; i++) expect((await check(TIGHT, 'hi', T0)(store)).allowed).toBe(true);
    const denied = await check(TIGHT, 'hi', T0 + 1000)(store);
    expect(denied).toMatchObject({ allowed: false, limitedBy: 'account requests per 60s' });
    expect(denied.retryAfterMs).toBe(19_000); // one request every 20 s
    expect(denied.headers).toMatchObject({
      'retry-after': '19',
      'retry-after-ms': '19000',
      'anthropic-ratelimit-requests-limit': '3',
      'anthropic-ratelimit-requests-remaining': '0',
      'anthropic-ratelimit-requests-reset': new Date(T0 + 60_000).toISOString(),
      'anthropic-ratelimit-tokens-limit': '3000',
    });
    const openai = await check(TIGHT, 'hi', T0 + 1000, 'openai-chat')(store);
    expect(openai.headers).toMatchObject({
      'retry-after': '19',
      'x-ratelimit-limit-requests': '3',
      'x-ratelimit-remaining-requests': '0',
      'x-ratelimit-reset-requests': '59s',
      'x-ratelimit-limit-tokens': '3000',
    });
    expect((await check(TIGHT, 'hi', T0 + 20_000)(store)).allowed).toBe(true);
  });

  it('input tokens are estimated before the call and taken at admission', async () => {
    const store = createMemoryStore();
    const text = 'x'.repeat(4000); // ~1,004 tokens
    const estimate = estimateInputTokens(request(text));
    const first = await check(TIGHT, text, T0)(store);
    expect(first.estimatedInputTokens).toBe(estimate);
    // What is left for output: the window minus the estimate and the one output token taken.
    expect(first.outputRemaining).toBe(3000 - estimate - 1);
    const second = await check(TIGHT, text, T0)(store);
    expect(second.outputRemaining).toBe(3000 - 2 * (estimate + 1));
    const third = await check(TIGHT, text, T0)(store);
    expect(third).toMatchObject({ allowed: false, limitedBy: 'account tokens per 60s' });
  });

  it('a request larger than a whole window is refused at once, and the SDKs are told not to retry', async () => {
    const store = createMemoryStore();
    const denied = await check(TIGHT, 'x'.repeat(20_000), T0)(store);
    expect(denied.allowed).toBe(false);
    expect(denied.headers['x-should-retry']).toBe('false');
    expect(denied.message).toMatch(/too large/);
    // Nothing was charged.
    expect((await check(TIGHT, 'hi', T0)(store)).outputRemaining).toBe(
      3000 - estimateInputTokens(request('hi')) - 1,
    );
  });

  it('output tokens are reconciled from usage: the debt delays the next request', async () => {
    const store = createMemoryStore();
    const config = limits({
      tiers: { s: { account: { outputTokens: { perMinute: 1000 } } } },
      defaultTier: 's',
      suspectTier: 's',
    });
    const first = await check(config, 'hi', T0)(store);
    expect(first.allowed).toBe(true);
    await first.reconcile({ inputTokens: 10, outputTokens: 2500, reported: true }, T0 + 10);
    const next = await check(config, 'hi', T0 + 20)(store);
    expect(next.allowed).toBe(false);
    // 2,500 tokens at 1,000 a minute: the bucket has room for one more after 90 s.
    expect(next.retryAfterMs).toBe(90_000 - 20 + 60);
    expect((await check(config, 'hi', T0 + 91_000)(store)).allowed).toBe(true);
  });

  it('reconciles input against the estimate, both ways, and ignores unreported usage', async () => {
    const store = createMemoryStore();
    const config = limits({
      tiers: { s: { account: { inputTokens: { perMinute: 1000 } } } },
      defaultTier: 's',
      suspectTier: 's',
    });
    const text = 'x'.repeat(2000); // ~504 tokens
    const estimate = estimateInputTokens(request(text));
    const first = await check(config, text, T0)(store);
    await first.reconcile({ inputTokens: 0, outputTokens: 0, reported: false }, T0);
    // The real prompt was smaller: refunded, so a second and a third fit.
    await first.reconcile({ inputTokens: 100, outputTokens: 5, reported: true }, T0);
    expect((await check(config, text, T0)(store)).allowed).toBe(true);
    expect(estimate).toBeGreaterThan(400);
    expect((await check(config, text, T0)(store)).allowed).toBe(false);
  });

  it('suspects meet the suspect tier at once, keeping the share of the window already used', async () => {
    const store = createMemoryStore();
    const config = limits({
      tiers: {
        standard: { account: { requests: { perMinute: 10 } } },
        suspect: { account: { requests: { perMinute: 2 } } },
      },
    });
    const input = (suspect: boolean) => ({
      subject,
      suspect,
      request: request('hi'),
      dialect: 'anthropic' as const,
    });
    for (let i = 0; i < 5; i++)
      expect((await checkLimits(store, config, input(false), T0)).allowed).toBe(true);
    // Half the minute is used: half of the suspect tier's 2 is left.
    expect(await checkLimits(store, config, input(true), T0)).toMatchObject({
      tier: 'suspect',
      allowed: true,
    });
    expect(await checkLimits(store, config, input(true), T0)).toMatchObject({
      tier: 'suspect',
      allowed: false,
    });
  });

  it('a campaign bucket that refuses shows in retry-after only, never in the limit headers', async () => {
    const store = createMemoryStore();
    const config = limits({
      tiers: {
        s: {
          account: { requests: { perMinute: 100 } },
          campaign: { requests: { perMinute: 2 }, tokens: { perMinute: 500 } },
        },
      },
      defaultTier: 's',
      suspectTier: 's',
    });
    const input = (text: string) => ({
      subject: { ...subject, campaign: 'cmp_0123456789ab' },
      suspect: true,
      request: request(text),
      dialect: 'anthropic' as const,
    });
    for (let i = 0; i < 2; i++)
      expect((await checkLimits(store, config, input('hi'), T0)).allowed).toBe(true);
    const denied = await checkLimits(store, config, input('hi'), T0);
    expect(denied).toMatchObject({ allowed: false, limitedBy: 'campaign requests per 60s' });
    expect(denied.headers['retry-after']).toBe('30');
    expect(denied.headers['anthropic-ratelimit-requests-limit']).toBe('100');
    expect(JSON.stringify(denied.headers)).not.toMatch(/"2"|"500"/);
    const oversized = await checkLimits(store, config, input('x'.repeat(4000)), T0);
    expect(oversized.message).toBe('Request too large for the rate limit.');
  });

  it('disabled limits admit everything', async () => {
    const outcome = await check(limits({ enabled: false }), 'x'.repeat(100_000), T0)(createMemoryStore());
    expect(outcome.allowed).toBe(true);
  });
});

describe('tarpit', () => {
  it('grows with risk and never exceeds the bound', () => {
    const config = limits({ tarpit: { maxDelayMs: 2000 } });
    expect(tarpitDelayMs(config, 0)).toBe(0);
    expect(tarpitDelayMs(config, 0.5)).toBe(1000);
    expect(tarpitDelayMs(config, 7)).toBe(2000);
    expect(tarpitDelayMs(limits({ tarpit: { enabled: false } }), 1)).toBe(0);
  });
});

describe('output delivered by a stream cut short', () => {
  const feed = (dialect: Dialect, stream: string) => {
    const estimate = createStreamOutputEstimate(dialect);
    const parser = createSseParser({ onEvent: estimate.event, maxEventBytes: 1 << 20 });
    parser.feed(stream);
    parser.end();
    return estimate.tokens;
  };

  it('is of the order of the usage the upstream reports for the whole stream', () => {
    // Text of 72 characters; the fixtures report 18 output tokens.
    expect(feed('anthropic', fx.anthropicTextStream('m'))).toBeGreaterThanOrEqual(18);
    expect(feed('anthropic', fx.anthropicTextStream('m'))).toBeLessThanOrEqual(30);
    expect(feed('openai-chat', fx.chatTextStream('m', true))).toBe(11); // one per content chunk
    expect(feed('openai-responses', fx.responsesStream('m'))).toBe(9); // one per text delta
  });

  it('replaces the usage only of a stream that did not complete, and only upwards', () => {
    const reported = { inputTokens: 40, outputTokens: 1, reported: true };
    expect(meteredUsage(reported, true, 30)).toBe(reported);
    expect(meteredUsage(reported, false, 30)).toEqual({ inputTokens: 40, outputTokens: 30, reported: true });
    expect(meteredUsage({ inputTokens: 0, outputTokens: 0, reported: false }, false, 5)).toMatchObject({
      outputTokens: 5,
      reported: true,
    });
    expect(meteredUsage({ ...reported, outputTokens: 50 }, false, 30).outputTokens).toBe(50);
  });
});

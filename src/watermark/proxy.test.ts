import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { syntheticAnswers } from '../../test/support/synthetic-answers.ts';
import { defaultWatermarkConfig, type WatermarkConfig, WatermarkConfigSchema } from './config.ts';
import { embedText } from './embedder.ts';
import { deriveKeys } from './keys.ts';
import { createWatermarks, type FlagSignals, keyOwner } from './proxy.ts';

const base = defaultWatermarkConfig();
const allow: FlagSignals = { enforced: 'allow', suspect: false, shadow: false };
const cfg = (o: Partial<WatermarkConfig>): WatermarkConfig => ({ ...base, ...o });

describe('keyOwner: which layers a response gets', () => {
  it.each([
    ['ordinary traffic: global only', base, allow, {}],
    [
      'suspect: its own campaign',
      base,
      { ...allow, suspect: true },
      { account: 'a', campaign: { solo: 'a' } },
    ],
    ['flagged campaign', base, { ...allow, campaign: 'c:1' }, { account: 'a', campaign: { id: 'c:1' } }],
    [
      'enforced watermark',
      base,
      { ...allow, enforced: 'watermark' },
      { account: 'a', campaign: { solo: 'a' } },
    ],
    ['enforced degrade', base, { ...allow, enforced: 'degrade' }, { account: 'a', campaign: { solo: 'a' } }],
    ['shadow mode embeds nothing', base, { ...allow, suspect: true, shadow: true }, undefined],
    ['flagged: all', cfg({ flagged: 'all' }), allow, { account: 'a', campaign: { solo: 'a' } }],
    ['flagged: none', cfg({ flagged: 'none' }), { ...allow, suspect: true }, {}],
    ['disabled', cfg({ enabled: false }), { ...allow, suspect: true }, undefined],
    [
      'global strength 0, unflagged',
      cfg({ strength: { global: 0, campaign: 1, account: 1 } }),
      allow,
      undefined,
    ],
  ] as const)('%s', (_, config, verdict, expected) => {
    expect(keyOwner(config, 'a', verdict)).toEqual(expected);
  });
});

describe('config', () => {
  it('defaults: on, epoch 1, global at half strength', () => {
    expect(base).toEqual({
      enabled: true,
      epoch: 1,
      flagged: 'verdict',
      strength: { global: 0.5, campaign: 1, account: 1 },
      keyCacheSize: 10_000,
    });
  });

  it('rejects unknown keys and out-of-range strengths', () => {
    expect(v.safeParse(WatermarkConfigSchema, { strenght: {} }).success).toBe(false);
    expect(v.safeParse(WatermarkConfigSchema, { strength: { global: 1.5 } }).success).toBe(false);
    expect(v.safeParse(WatermarkConfigSchema, { epoch: 0 }).success).toBe(false);
  });
});

describe('createWatermarks', () => {
  it('gives each exchange the embedder of its keys', async () => {
    const [text] = syntheticAnswers(1, 3, 20) as [string];
    const wm = createWatermarks('proxy-secret');
    const config = cfg({ flagged: 'all' });
    const make = await wm.forExchange(config, 'acct_9', allow);
    const keys = await deriveKeys('proxy-secret', 1, { account: 'acct_9', campaign: { solo: 'acct_9' } });
    const rewriter = make!();
    expect(rewriter.push(text) + rewriter.flush()).toBe(embedText(text, keys, config.strength));
    expect(await wm.forExchange(cfg({ enabled: false }), 'acct_9', allow)).toBeUndefined();
  });
});

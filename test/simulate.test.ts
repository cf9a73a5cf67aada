import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseRequest } from '../src/providers/parse.ts';
import { endpointOf, ReplayLineSchema } from '../src/risk/replay.ts';
import { NEW_MODEL } from '../src/simulate/models.ts';
import { type Simulation, simulate } from '../src/simulate/simulate.ts';
import { createClock } from '../src/simulate/time.ts';
import type { TrafficLine } from '../src/simulate/types.ts';
import { bodyProblems } from './simulate/bodies.ts';

const CAMPAIGNS = [
  'agentic-trace',
  'broad-imitation',
  'censorship-alt',
  'grader-harvest',
  'logprob-harvest',
  'reasoning-extraction',
  'slow-ramp',
  'system-prompt-extraction',
  'training-data-gen',
];
const HARD_NEGATIVES = [
  'hard-negative:classifier',
  'hard-negative:essay-grader',
  'hard-negative:eval-harness',
  'hard-negative:stepwise-student',
  'hard-negative:summariser',
  'hard-negative:ticket-router',
  'hard-negative:vpn',
];
const BENIGN = ['chat', 'developer', 'developer:agent', 'history', 'rag-app', 'student', 'support-bot'];

const jsonl = (rows: readonly unknown[]) => rows.map((r) => JSON.stringify(r)).join('\n');
const subnet = (ip: string) => ip.split('.').slice(0, 3).join('.');

describe('simulate (small scale)', () => {
  let sim: Simulation;
  let campaignOf: Map<string, string | null>;
  const of = (name: string): TrafficLine[] => sim.traffic.filter((t) => campaignOf.get(t.account) === name);
  beforeAll(() => {
    sim = simulate({ seed: 7, scale: 0.1 });
    campaignOf = new Map(sim.accounts.map((a) => [a.account, a.campaign]));
  });

  it('is deterministic in the seed', () => {
    expect(jsonl(simulate({ seed: 7, scale: 0.1 }).traffic)).toBe(jsonl(sim.traffic));
    const other = simulate({ seed: 8, scale: 0.1 });
    expect(jsonl(other.traffic)).not.toBe(jsonl(sim.traffic));
    expect(other.accounts.map((a) => a.account)).not.toEqual(sim.accounts.map((a) => a.account));
  });

  it('writes valid replay lines whose bodies the provider parser reads', () => {
    const problems: string[] = [];
    for (const line of sim.traffic) {
      const parsed = v.safeParse(ReplayLineSchema, line);
      if (!parsed.success) problems.push(`${line.id}: schema`);
      const request = parseRequest(line.provider, line.body, endpointOf(line.provider, line.path));
      const last = request.messages[request.messages.length - 1];
      if (!request.model || !last || last.text.trim() === '')
        problems.push(`${line.id}: no model or empty last turn`);
      for (const p of bodyProblems(line.provider, line.path, line.body)) problems.push(`${line.id}: ${p}`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('is sorted by ts inside the span, with unique ids and proxy-style account ids', () => {
    const clock = createClock();
    expect(sim.traffic.every((t, i) => i === 0 || (sim.traffic[i - 1] as TrafficLine).ts <= t.ts)).toBe(true);
    expect(sim.traffic.every((t) => t.ts >= clock.start && t.ts < clock.end && Number.isInteger(t.ts))).toBe(
      true,
    );
    expect(new Set(sim.traffic.map((t) => t.id)).size).toBe(sim.traffic.length);
    expect(sim.accounts.every((a) => /^acct_[0-9a-f]{16}$/.test(a.account))).toBe(true);
  });

  it('labels exactly the accounts that appear in the traffic', () => {
    expect(new Set(sim.traffic.map((t) => t.account))).toEqual(new Set(sim.accounts.map((a) => a.account)));
    expect(new Set(sim.accounts.map((a) => a.account)).size).toBe(sim.accounts.length);
    for (const a of sim.accounts) {
      if (a.label === 'attacker') expect(CAMPAIGNS).toContain(a.campaign);
      else expect([...HARD_NEGATIVES, ...BENIGN]).toContain(a.campaign);
    }
  });

  it('has every campaign shape, hard negative and benign population', () => {
    const names = new Set(sim.accounts.map((a) => a.campaign));
    for (const name of [...CAMPAIGNS, ...HARD_NEGATIVES, ...BENIGN]) expect(names, name).toContain(name);
  });

  it('gives each campaign its tell', () => {
    const bodies = (name: string) => of(name).map((t) => t.body);
    const logprob = bodies('logprob-harvest');
    expect(logprob.some((b) => b.top_logprobs === 20 && b.logprobs === true)).toBe(true);
    expect(logprob.some((b) => typeof b.n === 'number' && b.n > 1)).toBe(true);
    expect(logprob.some((b) => typeof b.logit_bias === 'object')).toBe(true);
    const router = bodies('hard-negative:ticket-router');
    expect(router.every((b) => (b.top_logprobs as number) <= 3)).toBe(true);
    const agentic = of('agentic-trace').filter((t) => t.body.tool_choice !== undefined);
    expect(agentic.every((t) => JSON.stringify(t.body.tool_choice).includes('none'))).toBe(true);
    const schemas = new Map<string, Set<string>>();
    for (const t of agentic) {
      const key = JSON.stringify(t.body.tools);
      schemas.set(key, (schemas.get(key) ?? new Set()).add(t.account));
    }
    expect(Math.max(...[...schemas.values()].map((s) => s.size))).toBeGreaterThanOrEqual(3);
  });

  it('runs hydra campaigns through the /24s the VPN users share', () => {
    const vpn = new Set(of('hard-negative:vpn').map((t) => subnet(t.ip)));
    const attackers = new Set(
      sim.traffic.filter((t) => CAMPAIGNS.includes(campaignOf.get(t.account) ?? '')).map((t) => subnet(t.ip)),
    );
    expect([...vpn].filter((s) => attackers.has(s)).length).toBeGreaterThanOrEqual(3);
  });

  it('moves broad imitation to the new model after the release, and only then', () => {
    const { releaseAt } = createClock();
    const lines = of('broad-imitation');
    const fresh = new Set(Object.values(NEW_MODEL));
    expect(lines.filter((t) => t.ts < releaseAt).some((t) => fresh.has(t.body.model as string))).toBe(false);
    const late = lines.filter((t) => t.ts > releaseAt + 86_400_000);
    expect(late.filter((t) => fresh.has(t.body.model as string)).length / late.length).toBeGreaterThan(0.3);
  });

  it('writes attack prompts in several languages', () => {
    const text = of('reasoning-extraction')
      .map((t) => JSON.stringify(t.body))
      .join('\n');
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text).toMatch(/[\u0400-\u04ff]/);
    expect(text).toMatch(/Pregunta|Respuesta/);
  });

  it('ramps slow-ramp accounts from home addresses onto the proxy network', () => {
    const { start, end } = createClock();
    const pooled = new Set(of('broad-imitation').map((t) => subnet(t.ip)));
    const share = (lines: TrafficLine[]) =>
      lines.filter((t) => pooled.has(subnet(t.ip))).length / lines.length;
    const ramp = of('slow-ramp');
    expect(share(ramp.filter((t) => t.ts < start + 86_400_000))).toBe(0);
    expect(share(ramp.filter((t) => t.ts > end - 86_400_000))).toBeGreaterThan(0.2);
  });

  it('makes the hard negatives heavy users', () => {
    for (const name of HARD_NEGATIVES.filter((n) => n !== 'hard-negative:vpn')) {
      const counts = new Map<string, number>();
      for (const t of of(name)) counts.set(t.account, (counts.get(t.account) ?? 0) + 1);
      expect(Math.min(...counts.values()), name).toBeGreaterThanOrEqual(40);
    }
  });

  it('keeps attacker accounts under per-account rate limits', () => {
    const times = new Map<string, number[]>();
    for (const t of sim.traffic)
      if (CAMPAIGNS.includes(campaignOf.get(t.account) ?? ''))
        times.set(t.account, [...(times.get(t.account) ?? []), t.ts]);
    let worst = 0;
    for (const ts of times.values())
      for (let i = 0, j = 0; i < ts.length; i++) {
        while ((ts[i] as number) - (ts[j] as number) >= 60_000) j++;
        worst = Math.max(worst, i - j + 1);
      }
    expect(worst).toBeLessThanOrEqual(20);
  });

  it('scales roughly linearly', () => {
    const double = simulate({ seed: 7, scale: 0.2 }).traffic.length;
    expect(double / sim.traffic.length).toBeGreaterThan(1.6);
    expect(double / sim.traffic.length).toBeLessThan(2.4);
  });
});

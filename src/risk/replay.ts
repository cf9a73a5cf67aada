import * as v from 'valibot';
import { accountTier } from '../limits/limiter.ts';
import type { Policy } from '../policy/schema.ts';
import { parseRequest } from '../providers/parse.ts';
import type { Endpoint, ProviderName } from '../providers/types.ts';
import { createMemoryStore } from '../store/memory.ts';
import type { Store } from '../store/types.ts';
import type { RiskConfig } from './config.ts';
import { type Action, decide } from './decide.ts';
import { createRiskEngine, type PreparedRequest } from './engine.ts';
import { scoreRequest } from './score-request.ts';
import { type FamilyScores, zeroFamilies } from './types.ts';

/** One line of a replay trace (DESIGN.md, `replay`). */
export const ReplayLineSchema = v.object({
  id: v.union([v.string(), v.number()]),
  ts: v.pipe(v.number(), v.finite()),
  account: v.string(),
  ip: v.optional(v.string(), ''),
  userAgent: v.optional(v.string(), ''),
  provider: v.picklist(['anthropic', 'openai']),
  path: v.optional(v.string()),
  body: v.unknown(),
});

/** One line of `score` input. */
export const ScoreLineSchema = v.object({
  id: v.union([v.string(), v.number()]),
  provider: v.picklist(['anthropic', 'openai']),
  body: v.unknown(),
});

export interface ReplayOutput {
  id: string | number;
  account: string;
  action: Action;
  risk: number;
  suspect: boolean;
  reasons: string[];
}

export interface ScoreOutput {
  id: string | number;
  risk: number;
  families: FamilyScores;
  reasons: string[];
}

/** A line that could not even be read as JSON: it still gets its output line, in place. */
export class UnreadableLine {
  constructor(readonly message: string) {}
}

/**
 * A replay line with its pure work done (validated, parsed, scored): everything `Replayer.next`
 * needs that does not depend on earlier lines. Plain data, so it can be computed on another
 * thread and posted back.
 */
export type PreparedLine =
  | { ok: false; id: string | number; problem: string }
  | {
      ok: true;
      id: string | number;
      ts: number;
      account: string;
      ip: string;
      userAgent: string;
      prepared: PreparedRequest;
    };

export interface Replayer {
  /** Judge the next line; lines must be fed in trace order (virtual time = `ts`). */
  next(line: unknown): Promise<ReplayOutput>;
  /** The pure part of `next` for a line: any order, any thread (same policy). */
  prepare(line: unknown): PreparedLine;
  /** `next` for a line already prepared; lines in trace order. */
  nextPrepared(line: PreparedLine): Promise<ReplayOutput>;
}

/**
 * Replay a trace through the live engine in virtual time: same scoring, same account and
 * campaign state semantics, no clock but the trace's. Deterministic: the same trace and
 * policy give byte-identical output. `action` is the policy's decision (in shadow mode the
 * proxy would still have allowed it).
 */
export function createReplayer(policy: Policy, store: Store = createMemoryStore()): Replayer {
  const engine = createRiskEngine({ config: policy.risk, store });
  const decisionConfig = policy.decision;
  const prepare = (input: unknown): PreparedLine => {
    const parsed = v.safeParse(ReplayLineSchema, input);
    if (!parsed.success) return { ok: false, id: idOf(input), problem: issue(input, parsed.issues) };
    const line = parsed.output;
    const request = parseRequest(line.provider, line.body, endpointOf(line.provider, line.path));
    return {
      ok: true,
      id: line.id,
      ts: line.ts,
      account: line.account,
      ip: line.ip,
      userAgent: line.userAgent,
      prepared: engine.prepare(request),
    };
  };
  const nextPrepared = async (line: PreparedLine): Promise<ReplayOutput> => {
    if (!line.ok) {
      return {
        id: line.id,
        account: '',
        action: decisionConfig.default,
        risk: 0,
        suspect: false,
        reasons: [`invalid line: ${line.problem}`],
      };
    }
    const assessment = await engine.assessPrepared(
      { account: line.account, ip: line.ip, userAgent: line.userAgent, now: line.ts },
      line.prepared,
    );
    const decision = decide(assessment, decisionConfig, { tier: accountTier(policy.limits, line.account) });
    return {
      id: line.id,
      account: line.account,
      action: decision.action,
      risk: round(assessment.risk),
      suspect: assessment.suspect,
      reasons: assessment.reasons,
    };
  };
  return {
    next: async (line) => nextPrepared(prepare(line)),
    prepare,
    nextPrepared,
  };
}

/**
 * `score`: each line judged as a first request from a fresh account. With no history there is
 * no account or campaign evidence (account evidence starts at the second extraction-like
 * request), so this is the request-level score; a test holds the engine to that.
 */
export function scoreLine(input: unknown, riskConfig: RiskConfig): ScoreOutput {
  const parsed = v.safeParse(ScoreLineSchema, input);
  if (!parsed.success) {
    return {
      id: idOf(input),
      risk: 0,
      families: zeroFamilies(),
      reasons: [`invalid line: ${issue(input, parsed.issues)}`],
    };
  }
  const { id, provider, body } = parsed.output;
  const s = scoreRequest(parseRequest(provider, body), riskConfig);
  const families = Object.fromEntries(
    Object.entries(s.families).map(([f, x]) => [f, round(x)]),
  ) as FamilyScores;
  return { id, risk: round(s.risk), families, reasons: s.reasons };
}

/** Map a request path to its endpoint; unknown paths use the provider's main endpoint. */
export function endpointOf(provider: ProviderName, path: string | undefined): Endpoint | undefined {
  if (path === undefined) return undefined;
  const p = path.split('?')[0] ?? '';
  if (p.endsWith('/messages/count_tokens')) return 'count_tokens';
  if (p.endsWith('/messages')) return 'messages';
  if (p.endsWith('/chat/completions')) return 'chat';
  if (p.endsWith('/responses')) return 'responses';
  return provider === 'anthropic' ? 'messages' : 'chat';
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

function idOf(input: unknown): string | number {
  if (typeof input === 'object' && input !== null && 'id' in input) {
    const id = (input as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return id;
  }
  return '';
}

function issue(input: unknown, issues: readonly v.BaseIssue<unknown>[]): string {
  if (input instanceof UnreadableLine) return input.message;
  const first = issues[0];
  if (!first) return 'unreadable';
  const path = (first.path ?? []).map((p) => String(p.key)).join('.');
  return path ? `${path}: ${first.message}` : first.message;
}

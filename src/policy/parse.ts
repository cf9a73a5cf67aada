import * as v from 'valibot';
import { isMap, isPair, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import { type Policy, PolicySchema } from './schema.ts';

export interface PolicyProblem {
  file: string;
  line: number;
  col: number;
  message: string;
}

export type PolicyResult = { ok: true; policy: Policy } | { ok: false; problems: PolicyProblem[] };

export class PolicyError extends Error {
  readonly problems: PolicyProblem[];
  constructor(problems: PolicyProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'PolicyError';
    this.problems = problems;
  }
}

export function formatProblem(p: PolicyProblem): string {
  return `${p.file}:${p.line}:${p.col} ${p.message}`;
}

/** Parse and validate policy YAML. Every problem carries the file, line and column it is at. */
export function parsePolicy(source: string, file = 'policy.yaml'): PolicyResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number, message: string): PolicyProblem => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, col, message };
  };
  const yamlProblems = [...doc.errors, ...doc.warnings].map((e) =>
    at(e.pos[0], e.message.split('\n')[0] ?? ''),
  );
  if (doc.errors.length > 0) return { ok: false, problems: yamlProblems };

  const input = doc.toJS() ?? {};
  if (typeof input !== 'object' || Array.isArray(input)) {
    return {
      ok: false,
      problems: [at(doc.contents?.range?.[0] ?? 0, 'the policy must be a mapping of sections')],
    };
  }
  const result = v.safeParse(PolicySchema, input);
  if (result.success) return { ok: true, policy: result.output };
  const problems = result.issues.map((issue) => {
    const path = (issue.path ?? []).map((p) => p.key as string | number);
    const unknownKey = issue.expected === 'never' && issue.kind === 'schema';
    return at(offsetOf(doc.contents, path, unknownKey), describe(issue, path));
  });
  return { ok: false, problems };
}

/** Parse or throw a PolicyError. */
export function parsePolicyOrThrow(source: string, file?: string): Policy {
  const result = parsePolicy(source, file);
  if (!result.ok) throw new PolicyError(result.problems);
  return result.policy;
}

/** The embedded default policy: what an empty file means. */
export function defaultPolicy(): Policy {
  return v.parse(PolicySchema, {});
}

function describe(issue: v.BaseIssue<unknown>, path: (string | number)[]): string {
  const where = path.length > 0 ? path.join('.') : 'policy';
  if (issue.expected === 'never' && issue.kind === 'schema') return `${where}: unknown key`;
  const message = issue.message
    .replace(/^Invalid type: Expected (.*) but received (.*)$/, 'expected $1, got $2')
    .replace(/^Invalid (value|length|key): Expected (.*) but received (.*)$/, 'expected $2, got $3');
  return `${where}: ${message}`;
}

/**
 * Where a path points in the YAML: the value at the deepest pair that exists, or for an unknown
 * key the key itself; a missing key is reported at the mapping that should hold it.
 */
function offsetOf(root: unknown, path: (string | number)[], atKey: boolean): number {
  let node = root as Node | null | undefined;
  let offset = node?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      if (!pair || !isPair(pair)) break;
      node = pair.value as Node | null;
      offset = (atKey ? (pair.key as Node | null) : node)?.range?.[0] ?? offset;
    } else if (node && 'items' in node && Array.isArray(node.items) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset;
}

import { describe, expect, it } from 'vitest';
import { defaultPolicy, formatProblem, parsePolicy } from './parse.ts';

function problems(source: string): string[] {
  const result = parsePolicy(source, 'p.yaml');
  if (result.ok) throw new Error('expected problems');
  return result.problems.map(formatProblem);
}

describe('parsePolicy', () => {
  it('treats an empty file as the embedded defaults', () => {
    const result = parsePolicy('', 'p.yaml');
    expect(result.ok && result.policy).toEqual(defaultPolicy());
    expect(defaultPolicy().gateway.timeouts.connectMs).toBe(10_000);
  });

  it('fills defaults around the keys that are given', () => {
    const result = parsePolicy('gateway:\n  bodyLimitBytes: 1024\n', 'p.yaml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.policy.gateway.bodyLimitBytes).toBe(1024);
    expect(result.policy.gateway.timeouts.idleMs).toBe(120_000);
  });

  it.each([
    ['gateway:\n  bodyLimitBytes: lots\n', 'p.yaml:2:19 gateway.bodyLimitBytes: expected number, got "lots"'],
    ['gateway:\n  timeouts:\n    conectMs: 5\n', 'p.yaml:3:5 gateway.timeouts.conectMs: unknown key'],
    ['upstreams:\n  openai: ftp://x\n', 'p.yaml:2:11 upstreams.openai: must be an http(s) URL'],
    ['gateway:\n  bodyLimitBytes: 0\n', 'p.yaml:2:19 gateway.bodyLimitBytes: expected >=1, got 0'],
    ['version: 2\n', 'p.yaml:1:10 version: version must be 1'],
  ])('reports %j at file:line:col', (source, expected) => {
    expect(problems(source)).toEqual([expected]);
  });

  it('reports YAML syntax errors with their position', () => {
    const [first] = problems('gateway:\n  bodyLimitBytes: [1, 2\n');
    expect(first).toMatch(/^p\.yaml:\d+:\d+ /);
  });

  it('rejects duplicate keys and a non-mapping document', () => {
    expect(problems('audit: {}\naudit: {}\n')[0]).toMatch(/^p\.yaml:2:1 .*unique/i);
    expect(problems('- a\n- b\n')).toEqual(['p.yaml:1:1 the policy must be a mapping of sections']);
  });
});

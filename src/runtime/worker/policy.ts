import bundled from '../../../config/policy.yaml';
import { parsePolicyOrThrow } from '../../policy/parse.ts';
import type { Policy } from '../../policy/schema.ts';

/**
 * The Worker's policy: `POLICY_YAML` (a var or a secret) when set, else `config/policy.yaml` as
 * bundled at build time. Parsed once per isolate; a policy that does not validate throws a
 * PolicyError with `file:line:col` problems, and the Worker refuses traffic rather than run
 * without the protections the operator wrote (a typo must not switch one off).
 * The `store:` and `audit.path` sections are sidecar settings: the Worker always keeps state in
 * Durable Objects and writes audit records to its logs.
 */
export function loadWorkerPolicy(source: string | undefined): Policy {
  if (source !== undefined && source.trim() !== '') return parsePolicyOrThrow(source, 'POLICY_YAML');
  return parsePolicyOrThrow(bundled, 'config/policy.yaml');
}

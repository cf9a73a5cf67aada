import type { AuditRecord } from '../deps.ts';
import type { Exchange } from '../exchange.ts';
import { sha256 } from '../sha256.ts';

/** Bodies up to this size are hashed inline; larger ones by `crypto.subtle` (faster per byte). */
const INLINE_HASH_BYTES = 16 * 1024;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex16(digest: Uint8Array): string {
  let hex = '';
  for (let i = 0; i < 16; i++) hex += HEX[digest[i] ?? 0];
  return hex;
}

/**
 * record: the audit line for one exchange. Ids and hashes only: no key, no prompt text. Built
 * synchronously (no promise per request) unless the body is large enough for `crypto.subtle`.
 */
export function auditRecord(ex: Exchange, now: number): AuditRecord | Promise<AuditRecord> {
  const bytes = ex.rawBody;
  if (!bytes || bytes.length === 0) return build(ex, now, '');
  if (bytes.length <= INLINE_HASH_BYTES) return build(ex, now, hex16(sha256(bytes)));
  return crypto.subtle
    .digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
    .then((digest) => build(ex, now, hex16(new Uint8Array(digest))));
}

function build(ex: Exchange, now: number, bodyHash: string): AuditRecord {
  const record: AuditRecord = {
    ts: new Date(ex.startedAt).toISOString(),
    requestId: ex.id,
    account: ex.identity.account,
    ip: ex.identity.ip,
    provider: ex.route.provider,
    endpoint: ex.route.endpoint,
    model: ex.request?.model ?? '',
    stream: ex.request?.params.stream ?? false,
    bodyHash,
    action: ex.verdict.action,
    enforced: ex.verdict.enforced,
    rule: ex.verdict.rule,
    risk: Math.round(ex.verdict.risk * 1000) / 1000,
    suspect: ex.verdict.suspect,
    reasons: ex.verdict.reasons,
    status: ex.status,
    outcome: ex.outcome,
    inputTokens: ex.usage?.inputTokens ?? 0,
    outputTokens: ex.usage?.outputTokens ?? 0,
    latencyMs: now - ex.startedAt,
  };
  if (ex.verdict.campaign) record.campaign = ex.verdict.campaign;
  if (ex.error) record.error = ex.error;
  return record;
}

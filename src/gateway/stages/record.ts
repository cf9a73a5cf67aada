import type { AuditRecord } from '../deps.ts';
import type { Exchange } from '../exchange.ts';
import { sha256 } from '../sha256.ts';

/** Bodies up to this size are hashed inline; larger ones by `crypto.subtle` (faster per byte). */
const INLINE_HASH_BYTES = 16 * 1024;

async function sha256Prefix(bytes: Uint8Array | undefined): Promise<string> {
  if (!bytes || bytes.length === 0) return '';
  const digest =
    bytes.length <= INLINE_HASH_BYTES
      ? sha256(bytes)
      : new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (let i = 0; i < 16; i++) hex += (digest[i] ?? 0).toString(16).padStart(2, '0');
  return hex;
}

/** record: the audit line for one exchange. Ids and hashes only: no key, no prompt text. */
export async function auditRecord(ex: Exchange, now: number): Promise<AuditRecord> {
  const record: AuditRecord = {
    ts: new Date(ex.startedAt).toISOString(),
    requestId: ex.id,
    account: ex.identity.account,
    ip: ex.identity.ip,
    provider: ex.route.provider,
    endpoint: ex.route.endpoint,
    model: ex.request?.model ?? '',
    stream: ex.request?.params.stream ?? false,
    bodyHash: await sha256Prefix(ex.rawBody),
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

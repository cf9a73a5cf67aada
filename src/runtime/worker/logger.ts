import type { AuditRecord, Logger } from '../../gateway/deps.ts';

/**
 * Structured logs on the Worker: one JSON object per console call, which Workers Logs and
 * Logpush index by field. Audit records go to `console.log` too (the policy's `audit.path` is a
 * sidecar setting); ship them with Logpush or a Tail Worker.
 */
export function createConsoleLogger(): Logger {
  const log =
    (level: 'info' | 'warn' | 'error', write: (line: string) => void) =>
    (message: string, fields?: Record<string, unknown>) =>
      write(JSON.stringify({ level, msg: message, ...fields }));
  return {
    info: log('info', (l) => console.log(l)),
    warn: log('warn', (l) => console.warn(l)),
    error: log('error', (l) => console.error(l)),
  };
}

export function consoleAudit(record: AuditRecord): void {
  console.log(JSON.stringify({ audit: true, ...record }));
}

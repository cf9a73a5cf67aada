import { createWriteStream, type WriteStream } from 'node:fs';
import type { AuditRecord, Logger } from '../../gateway/deps.ts';

/** Structured logs: one JSON object per line on standard error. */
export function createJsonLogger(write: (line: string) => void = (l) => process.stderr.write(l)): Logger {
  const log = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    write(`${JSON.stringify({ ts: new Date().toISOString(), level, msg: message, ...fields })}\n`);
  };
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

/** Pending audit lines are written at the latest once this much has accumulated. */
const AUDIT_BATCH_CHARS = 64 * 1024;

/**
 * The audit log: JSONL appended to a file, or standard output for `-`. The path is read from
 * the current policy for each record, so a reload that moves the log takes effect at once.
 *
 * Lines are batched: those of one turn of the event loop go out in one write (setImmediate), not
 * one write per request; standard output to a file or pipe is a synchronous system call per
 * write, which cost more than building the record. `close()` writes what is pending.
 */
export function createAuditSink(pathOf: () => string): ((record: AuditRecord) => void) & { close(): void } {
  const files = new Map<string, WriteStream>();
  let pending = '';
  let pendingPath = '';
  let scheduled = false;
  const write = (path: string, text: string) => {
    if (path === '-') {
      process.stdout.write(text);
      return;
    }
    let file = files.get(path);
    if (!file) {
      file = createWriteStream(path, { flags: 'a' });
      files.set(path, file);
    }
    file.write(text);
  };
  const flush = () => {
    scheduled = false;
    if (pending === '') return;
    const text = pending;
    pending = '';
    write(pendingPath, text);
  };
  const sink = (record: AuditRecord) => {
    const line = `${JSON.stringify(record)}\n`;
    const path = pathOf();
    if (pending !== '' && path !== pendingPath) flush();
    pendingPath = path;
    pending += line;
    if (pending.length >= AUDIT_BATCH_CHARS) flush();
    else if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
  return Object.assign(sink, {
    close() {
      flush();
      for (const f of files.values()) f.end();
      files.clear();
    },
  });
}

import { createWriteStream, type WriteStream } from 'node:fs';
import type { AuditRecord, Logger } from '../../gateway/deps.ts';

/** Structured logs: one JSON object per line on standard error. */
export function createJsonLogger(write: (line: string) => void = (l) => process.stderr.write(l)): Logger {
  const log = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    write(`${JSON.stringify({ ts: new Date().toISOString(), level, msg: message, ...fields })}\n`);
  };
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

/**
 * The audit log: JSONL appended to a file, or standard output for `-`. The path is read from
 * the current policy for each record, so a reload that moves the log takes effect at once.
 */
export function createAuditSink(pathOf: () => string): ((record: AuditRecord) => void) & { close(): void } {
  const files = new Map<string, WriteStream>();
  const sink = (record: AuditRecord) => {
    const line = `${JSON.stringify(record)}\n`;
    const path = pathOf();
    if (path === '-') {
      process.stdout.write(line);
      return;
    }
    let file = files.get(path);
    if (!file) {
      file = createWriteStream(path, { flags: 'a' });
      files.set(path, file);
    }
    file.write(line);
  };
  return Object.assign(sink, {
    close() {
      for (const f of files.values()) f.end();
      files.clear();
    },
  });
}

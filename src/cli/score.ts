import { access } from 'node:fs/promises';
import { scoreLine } from '../risk/replay.ts';
import { parseCommandArgs, UsageError, withUsage } from './args.ts';
import type { Command } from './io.ts';
import { createLineWriter, policyFromArgs, readJsonl } from './jsonl.ts';

const USAGE = `usage: distill-guard score [--policy FILE] FILE

Score requests for extraction risk, each as the first request of a fresh account.
Input: JSONL, one {id, provider, body} per line ("-" reads standard input), where
provider is anthropic or openai and body is the exact JSON a client POSTs.
Output: JSONL, one {id, risk, families, reasons} per input line, in input order.
  --policy FILE   policy YAML whose risk: section is used (default: embedded)
`;

export const scoreCommand: Command = (args, io) =>
  withUsage(io, USAGE, async () => {
    const { values, positionals } = parseCommandArgs(args, { policy: { type: 'string' } });
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new UsageError('score takes exactly one FILE');
    const policy = await policyFromArgs(values.policy, io);
    if (!policy) return 1;
    if (!(await readable(file, io))) return 1;
    const out = createLineWriter(io);
    for await (const line of readJsonl(file)) {
      out.line(scoreLine(line, policy.risk));
    }
    out.flush();
    return 0;
  });

export async function readable(file: string, io: { stderr(text: string): void }): Promise<boolean> {
  if (file === '-') return true;
  try {
    await access(file);
    return true;
  } catch (err) {
    io.stderr(`${file}: cannot read the file: ${(err as NodeJS.ErrnoException).code ?? String(err)}\n`);
    return false;
  }
}

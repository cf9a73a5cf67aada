import { createReplayer } from '../risk/replay.ts';
import { parseCommandArgs, UsageError, withUsage } from './args.ts';
import type { Command } from './io.ts';
import { createLineWriter, policyFromArgs, readJsonl } from './jsonl.ts';
import { readable } from './score.ts';

const USAGE = `usage: distill-guard replay [--policy FILE] FILE

Replay recorded traffic through the risk engine and the policy's decision rules
in virtual time (the trace's timestamps; nothing waits). Deterministic.
Input: JSONL sorted by ts, one {id, ts, account, ip, userAgent, provider, path,
body} per line ("-" reads standard input); ts in milliseconds.
Output: JSONL, one {id, account, action, risk, suspect, reasons} per input line,
in input order. action is what the policy decides (in shadow mode the proxy
would still have allowed it).
  --policy FILE   policy YAML (default: embedded)
`;

export const replayCommand: Command = (args, io) =>
  withUsage(io, USAGE, async () => {
    const { values, positionals } = parseCommandArgs(args, { policy: { type: 'string' } });
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new UsageError('replay takes exactly one FILE');
    const policy = await policyFromArgs(values.policy, io);
    if (!policy) return 1;
    if (!(await readable(file, io))) return 1;
    const replayer = createReplayer(policy);
    const out = createLineWriter(io);
    for await (const line of readJsonl(file)) {
      out.line(await replayer.next(line));
    }
    out.flush();
    return 0;
  });

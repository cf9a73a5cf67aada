import { readFile } from 'node:fs/promises';
import { formatProblem, parsePolicy } from '../policy/parse.ts';
import { parseCommandArgs, UsageError, withUsage } from './args.ts';
import type { Command } from './io.ts';

const USAGE = `usage: distill-guard check FILE

Validate a policy file. Exits 0 when it is valid; otherwise prints one
"file:line:col message" line per problem and exits 1.
`;

export const checkCommand: Command = (args, io) =>
  withUsage(io, USAGE, async () => {
    const { values, positionals } = parseCommandArgs(args, {});
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new UsageError('check takes exactly one FILE');
    let source: string;
    try {
      source = await readFile(file, 'utf8');
    } catch (err) {
      io.stderr(`${file}:1:1 cannot read the file: ${(err as NodeJS.ErrnoException).code ?? String(err)}\n`);
      return 1;
    }
    const result = parsePolicy(source, file);
    if (result.ok) {
      io.stdout(`${file}: ok\n`);
      return 0;
    }
    for (const problem of result.problems) io.stderr(`${formatProblem(problem)}\n`);
    return 1;
  });

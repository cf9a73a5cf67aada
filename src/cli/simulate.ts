import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { simulate, summarise } from '../simulate/simulate.ts';
import { parseCommandArgs, UsageError, withUsage } from './args.ts';
import type { Command } from './io.ts';

const USAGE = `usage: distill-guard simulate --seed N --out DIR [--scale X]

Write seeded synthetic API traffic for testing a policy:
  DIR/traffic.jsonl   one request per line in the replay input format
                      {id, ts, account, ip, userAgent, provider, path, body}, sorted by ts
  DIR/accounts.jsonl  {account, label, campaign} per account: label "attacker" or
                      "benign"; campaign is the campaign name for attackers and the
                      population name for benign accounts ("hard-negative:*" marks the
                      heavy benign users that must not be flagged)
  --seed N    integer seed; the same seed and scale give byte-identical files
  --out DIR   output directory (created if missing)
  --scale X   multiplies accounts and volume, up to 10 (default 1: about
              60,000 requests over six simulated days)
Then: distill-guard replay DIR/traffic.jsonl
`;

export const simulateCommand: Command = (args, io) =>
  withUsage(io, USAGE, async () => {
    const { values } = parseCommandArgs(
      args,
      { seed: { type: 'string' }, out: { type: 'string' }, scale: { type: 'string' } },
      false,
    );
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (values.seed === undefined) throw new UsageError('--seed is required');
    if (values.out === undefined || values.out === '') throw new UsageError('--out is required');
    const seed = Number(values.seed);
    if (!/^-?\d+$/.test(values.seed.trim()) || !Number.isSafeInteger(seed))
      throw new UsageError(`invalid seed: ${values.seed} (an integer)`);
    const scale = Number(values.scale ?? '1');
    // The whole trace is built in memory before sorting: about 140 MB per unit of scale.
    if (!Number.isFinite(scale) || scale <= 0 || scale > 10)
      throw new UsageError(`invalid scale: ${values.scale} (a number above 0, at most 10)`);
    const sim = simulate({ seed, scale });
    await mkdir(values.out, { recursive: true });
    await writeLines(join(values.out, 'traffic.jsonl'), sim.traffic);
    await writeLines(join(values.out, 'accounts.jsonl'), sim.accounts);
    const rows = summarise(sim);
    const attackers = sim.accounts.filter((a) => a.label === 'attacker').length;
    io.stdout(
      `wrote ${sim.traffic.length} requests from ${sim.accounts.length} accounts (${attackers} attackers) to ${values.out}\n`,
    );
    for (const r of rows)
      io.stdout(
        `  ${r.label.padEnd(8)} ${r.campaign.padEnd(32)} ${String(r.accounts).padStart(5)} accounts ${String(r.requests).padStart(7)} requests\n`,
      );
    return 0;
  });

/** Stream JSONL to a file in ~1 MB writes, honouring back-pressure. */
async function writeLines(path: string, rows: readonly unknown[]): Promise<void> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  let buffer = '';
  for (const row of rows) {
    buffer += `${JSON.stringify(row)}\n`;
    if (buffer.length >= 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

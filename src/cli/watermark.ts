import { resolveSecret } from '../gateway/secrets.ts';
import { calibrate } from '../watermark/calibrate.ts';
import type { WatermarkConfig } from '../watermark/config.ts';
import { detect } from '../watermark/detect.ts';
import { embedText } from '../watermark/embedder.ts';
import { deriveKeys } from '../watermark/keys.ts';
import { hashSlots } from '../watermark/tape.ts';
import { parseCommandArgs, UsageError, withUsage } from './args.ts';
import type { CliIo, Command } from './io.ts';
import { policyFromArgs } from './jsonl.ts';
import { readDocuments, readIds } from './watermark-input.ts';

const USAGE = `usage: distill-guard watermark embed --account ID [--campaign ID] [options]
       distill-guard watermark detect [--accounts a,b,… | --accounts-file F] [options] FILE…
       distill-guard watermark calibrate [--keys N] [options] FILE…

embed      Text on standard input, watermarked text on standard output: what the proxy
           returns to a flagged account. The account layer is at full strength; the global
           and campaign layers at the policy's strengths (0.5 and 1 by default). The campaign
           layer uses --campaign's key, or without it the account's own campaign key (a
           flagged account outside any campaign is a campaign of its own).
detect     Is a suspect corpus watermarked, and by which candidate account? FILEs are plain
           text (one document each) or JSONL with a "text" field ("-" reads standard input).
           Prints one JSON object {units, matches, pValue, verdict, layers, attribution}:
           pValue is for "came from this API", attribution lists {account, pValue, pAdjusted}
           (Bonferroni over the candidates), most likely first.
calibrate  The random-key null: the detector over FILEs under --keys fresh random keys.
           Prints the p-value distribution (KS distance from uniform, minimum, counts below
           1e-2/1e-3/1e-6) and how many false attributions it made.

options:
  --policy F        strengths and epoch from this policy's watermark: section (default: embedded)
  --epoch N         key epoch; detect otherwise tries the policy's epoch and the one before
  --campaigns a,b   detect: candidate campaign ids as well
  --alpha P         detect: "watermarked" below this p-value (default 1e-6)
  --keys N          calibrate: number of random keys (default 1000)

WATERMARK_SECRET comes from the environment (a development secret, with a warning, if unset).
`;

const OPTIONS = {
  account: { type: 'string' },
  campaign: { type: 'string' },
  accounts: { type: 'string' },
  'accounts-file': { type: 'string' },
  campaigns: { type: 'string' },
  policy: { type: 'string' },
  epoch: { type: 'string' },
  alpha: { type: 'string' },
  keys: { type: 'string' },
} as const;

function positive(value: string | undefined, name: string, fallback: number, integer = true): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n)))
    throw new UsageError(`--${name} must be a positive ${integer ? 'integer' : 'number'}`);
  return n;
}

function randomHex(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Runs `read`; a file that cannot be read is reported as `file: cannot read the file: CODE`. */
async function reading<T>(file: string, io: CliIo, read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (err) {
    io.stderr(`${file}: cannot read the file: ${(err as NodeJS.ErrnoException).code ?? String(err)}\n`);
    return undefined;
  }
}

export const watermarkCommand: Command = (args, io) =>
  withUsage(io, USAGE, async () => {
    const { values, positionals } = parseCommandArgs(args, OPTIONS);
    const [sub, ...files] = positionals;
    if (values.help || sub === undefined) {
      io.stdout(USAGE);
      return values.help ? 0 : 2;
    }
    const policy = await policyFromArgs(values.policy, io);
    if (!policy) return 1;
    const config: WatermarkConfig = policy.watermark;
    const epoch = positive(values.epoch, 'epoch', config.epoch);
    const secret = resolveSecret(io.env, 'WATERMARK_SECRET', (m) => io.stderr(`warning: ${m}\n`));
    if (sub === 'embed') {
      if (!values.account) throw new UsageError('embed needs --account ID');
      if (files.length > 0) throw new UsageError('embed reads standard input and takes no FILE');
      const { account, campaign } = values;
      const keys = await deriveKeys(secret, epoch, {
        account,
        campaign: campaign ? { id: campaign } : { solo: account },
      });
      io.stdout(embedText(await io.readStdin(), keys, { ...config.strength, account: 1 }));
      return 0;
    }
    if (sub !== 'detect' && sub !== 'calibrate') throw new UsageError(`unknown watermark command: ${sub}`);
    if (files.length === 0) throw new UsageError(`${sub} needs at least one FILE`);
    const alpha = positive(values.alpha, 'alpha', 1e-6, false);
    const keys = positive(values.keys, 'keys', 1000);
    const texts: string[] = [];
    for (const file of files) {
      const docs = await reading(file, io, () => readDocuments(file, io));
      if (!docs) return 1;
      texts.push(...docs);
    }
    const accountsFile = values['accounts-file'];
    const accounts = await reading(accountsFile ?? '', io, () => readIds(values.accounts, accountsFile));
    if (!accounts) return 1;
    if (sub === 'calibrate') {
      const result = await calibrate(hashSlots(texts), {
        epochs: [epoch],
        strength: config.strength,
        keys,
        randomId: randomHex,
        uniform: Math.random,
      });
      io.stdout(`${JSON.stringify(result)}\n`);
      return 0;
    }
    const epochs = values.epoch !== undefined || epoch <= 1 ? [epoch] : [epoch, epoch - 1];
    const report = await detect(texts, {
      secret,
      epochs,
      strength: config.strength,
      accounts,
      campaigns: await readIds(values.campaigns, undefined),
      alpha,
    });
    io.stdout(`${JSON.stringify(report)}\n`);
    return 0;
  });

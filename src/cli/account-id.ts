import { accountIdFor } from '../gateway/identity.ts';
import { resolveSecret } from '../gateway/secrets.ts';
import { parseCommandArgs, UsageError, withUsage } from './args.ts';
import type { Command } from './io.ts';

const USAGE = `usage: distill-guard account-id KEY

Print the account id the proxy derives from an API key: "acct_" followed by a
hex prefix of HMAC-SHA256(ACCOUNT_ID_SECRET, KEY). Use it to find a customer's
records in the audit log. Reads ACCOUNT_ID_SECRET from the environment.
`;

export const accountIdCommand: Command = (args, io) =>
  withUsage(io, USAGE, async () => {
    const { values, positionals } = parseCommandArgs(args, {});
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    const [key, ...extra] = positionals;
    if (!key || extra.length > 0) throw new UsageError('account-id takes exactly one KEY');
    const secret = resolveSecret(io.env, 'ACCOUNT_ID_SECRET', (m) => io.stderr(`warning: ${m}\n`));
    io.stdout(`${await accountIdFor(secret, key)}\n`);
    return 0;
  });

import { poolIp } from '../../infra.ts';
import type { Population } from '../../population.ts';
import { userLang } from '../../text/vocab.ts';
import type { SimAccount } from '../../types.ts';
import { chatAccount } from '../chat-users.ts';
import { humanClient } from '../human.ts';

/**
 * Ordinary chat users behind a commercial VPN whose exit /24s are the same ones the campaigns
 * rotate through: sharing infrastructure with attackers must not make them attackers.
 */
export const VPN_USERS = { accounts: 70 };

export const vpnUsers: Population = {
  name: 'hard-negative:vpn',
  label: 'benign',
  generate(ctx) {
    const n = Math.max(1, Math.round(VPN_USERS.accounts * ctx.scale));
    return Array.from({ length: n }, (_, i): SimAccount => {
      const rng = ctx.rng.fork(`a${i}`);
      const account = ctx.infra.accountId(rng);
      const pool = ctx.infra.pools[i % ctx.infra.pools.length];
      if (!pool) throw new Error('no proxy pools');
      // A VPN hands out a new exit address now and then.
      const ips = Array.from({ length: rng.int(1, 4) }, () => poolIp(rng, pool));
      const client = humanClient(rng, userLang(rng), { ips });
      return chatAccount(ctx, rng, account, { campaign: 'hard-negative:vpn', client });
    });
  },
};

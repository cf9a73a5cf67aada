import type { Rng } from './rng.ts';

/** A commercial proxy network: several /24s whose exit addresses many customers share. */
export interface ProxyPool {
  name: string;
  /** `a.b.c` prefixes of the /24s. */
  subnets: string[];
}

export interface Infra {
  pools: ProxyPool[];
  /** Fresh, unique account ids (`acct_` + 16 hex digits, like the proxy's). */
  accountId(rng: Rng): string;
}

/** Infrastructure shared by all populations (campaigns and the VPN hard negatives). */
export function createInfra(rng: Rng): Infra {
  const used = new Set<string>();
  const pools = ['proxy-north', 'proxy-east', 'proxy-south'].map((name) => ({
    name,
    subnets: Array.from(
      { length: rng.int(3, 5) },
      () => `${rng.pick(PUBLIC_FIRST_OCTETS)}.${rng.int(0, 255)}.${rng.int(0, 255)}`,
    ),
  }));
  return {
    pools,
    accountId(r) {
      for (;;) {
        const id = `acct_${r.hex(16)}`;
        if (!used.has(id)) {
          used.add(id);
          return id;
        }
      }
    },
  };
}

/** First octets of ordinary routed IPv4 space (no private, loopback or multicast ranges). */
const PUBLIC_FIRST_OCTETS = [
  5, 23, 31, 37, 45, 46, 62, 77, 78, 81, 85, 89, 91, 94, 103, 109, 141, 176, 185, 188, 193, 195, 212, 217,
];
const RESIDENTIAL_FIRST = [
  24, 49, 67, 73, 79, 82, 86, 90, 98, 112, 114, 118, 121, 171, 177, 186, 189, 190, 201, 222,
];
const CLOUD_FIRST = [3, 13, 18, 20, 34, 35, 44, 52, 54, 104, 138, 146, 159, 161];

/** An exit address in one of the pool's /24s. */
export function poolIp(rng: Rng, pool: ProxyPool): string {
  return `${rng.pick(pool.subnets)}.${rng.int(2, 254)}`;
}

/** A home or mobile address; some users are on IPv6. */
export function residentialIp(rng: Rng): string {
  if (rng.chance(0.15)) return `2a0${rng.int(1, 9)}:${rng.hex(4)}:${rng.hex(4)}:${rng.hex(4)}::${rng.hex(3)}`;
  return `${rng.pick(RESIDENTIAL_FIRST)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

/** A few addresses in one cloud /24, for an application's servers. */
export function cloudIps(rng: Rng, count: number): string[] {
  const prefix = `${rng.pick(CLOUD_FIRST)}.${rng.int(0, 255)}.${rng.int(0, 255)}`;
  return Array.from({ length: count }, () => `${prefix}.${rng.int(2, 254)}`);
}

/** SDK and HTTP-client user agents, as they appear in real API traffic. */
export const SDK_UAS = {
  anthropic: [
    'Anthropic/JS 1.16.0',
    'Anthropic/JS 1.14.2',
    'Anthropic/Python 0.72.0',
    'Anthropic/Python 0.69.1',
  ],
  openai: [
    'OpenAI/JS 6.49.0',
    'OpenAI/JS 6.41.1',
    'OpenAI/Python 1.109.1',
    'OpenAI/Python 2.8.0',
    'OpenAI/Python 1.99.6',
  ],
  generic: [
    'python-httpx/0.28.1',
    'python-httpx/0.27.2',
    'python-requests/2.32.3',
    'axios/1.7.9',
    'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)',
    'curl/8.5.0',
    'Go-http-client/2.0',
    'okhttp/4.12.0',
  ],
  browser: [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15',
    'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  ],
} as const;

/** A user agent that fits the API the account calls: mostly its SDK, sometimes a bare client. */
export function pickUa(rng: Rng, provider: 'anthropic' | 'openai'): string {
  const r = rng.next();
  if (r < 0.7) return rng.pick(SDK_UAS[provider]);
  if (r < 0.93) return rng.pick(SDK_UAS.generic);
  return rng.pick(SDK_UAS.browser);
}

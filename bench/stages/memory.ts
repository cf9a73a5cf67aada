import { checkLimits } from '../../src/limits/limiter.ts';
import { defaultPolicy } from '../../src/policy/parse.ts';
import { parseRequest } from '../../src/providers/parse.ts';
import { createRiskEngine } from '../../src/risk/engine.ts';
import { endpointOf } from '../../src/risk/replay.ts';
import { createMemoryStore } from '../../src/store/memory.ts';
import { generateTrace } from '../trace.ts';

/**
 * Memory per tracked account: one request from each of N distinct accounts through the risk
 * engine and the rate limiter, on one memory store with the default policy (account snapshots,
 * campaign membership, GCRA buckets: what the sidecar keeps per account). Resident and heap
 * memory are read after full GCs before and after. Run as a process with --expose-gc; prints
 * one JSON result.
 */

export interface MemoryResult {
  accounts: number;
  rssMb: number;
  heapMb: number;
  /** Per 100k accounts. */
  rssPer100kMb: number;
  heapPer100kMb: number;
  bytesPerAccount: number;
}

function settle(): { rss: number; heap: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  for (let i = 0; i < 3; i++) gc();
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed };
}

export async function benchMemory(accounts = 100_000): Promise<MemoryResult> {
  const policy = defaultPolicy();
  const store = createMemoryStore(policy.store.memory);
  const engine = createRiskEngine({ config: policy.risk, store });
  const templates = generateTrace(7, 1000);
  const t0 = templates[0]?.ts ?? 0;
  const one = async (i: number) => {
    const line = templates[i % templates.length] as (typeof templates)[number];
    const account = `acct_${i.toString(16).padStart(16, '0')}`;
    const now = t0 + i * 20;
    const request = parseRequest(line.provider, line.body, endpointOf(line.provider, line.path));
    const a = await engine.assess({ request, account, ip: line.ip, userAgent: line.userAgent, now });
    await checkLimits(
      store,
      policy.limits,
      {
        subject: { account, ip: line.ip },
        suspect: a.suspect,
        request,
        dialect: line.provider === 'anthropic' ? 'anthropic' : 'openai-chat',
      },
      now,
    );
  };
  // Warm up code paths (and the campaign keys of the templates) before the baseline.
  for (let i = 0; i < 2000; i++) await one(accounts + 1_000_000 + i);
  const before = settle();
  for (let i = 0; i < accounts; i++) await one(i);
  const after = settle();
  const rss = after.rss - before.rss;
  const heap = after.heap - before.heap;
  return {
    accounts,
    rssMb: rss / 2 ** 20,
    heapMb: heap / 2 ** 20,
    rssPer100kMb: (rss / 2 ** 20) * (100_000 / accounts),
    heapPer100kMb: (heap / 2 ** 20) * (100_000 / accounts),
    bytesPerAccount: heap / accounts,
  };
}

if (process.argv[1]?.endsWith('memory.ts')) {
  process.stdout.write(`${JSON.stringify(await benchMemory(Number(process.argv[2] ?? 100_000)))}\n`);
}

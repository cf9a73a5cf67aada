import { readFileSync } from 'node:fs';
// @ts-expect-error autocannon ships no types
import autocannon from 'autocannon';

/**
 * The fallback load generator when wrk is not installed: autocannon in its own process (pinned
 * like wrk would be). Reads a JSON spec, prints one JSON result in the shape of LoadResult.
 */
interface Result {
  requests: { total: number };
  duration: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  latency: { p50: number; p99: number; mean: number };
}

const spec = JSON.parse(readFileSync(process.argv[2] as string, 'utf8'));
const result: Result = await autocannon(spec);
process.stdout.write(
  JSON.stringify({
    requests: result.requests.total,
    rps: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    meanMs: result.latency.mean,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  }),
);

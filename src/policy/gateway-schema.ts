import * as v from 'valibot';

/** Policy sections owned by the gateway itself: upstreams, transport limits, identity, audit. */

const httpUrl = v.pipe(
  v.string(),
  v.url('must be an absolute URL'),
  v.check((s) => /^https?:\/\//.test(s), 'must be an http(s) URL'),
);
const positiveInt = v.pipe(v.number(), v.integer(), v.minValue(1));

export const UpstreamsSchema = v.strictObject({
  /** Base URL without `/v1`; routes append `/v1/...`. */
  anthropic: v.optional(httpUrl, 'https://api.anthropic.com'),
  openai: v.optional(httpUrl, 'https://api.openai.com'),
});

export const TimeoutsSchema = v.strictObject({
  /** TCP/TLS connect to the upstream. */
  connectMs: v.optional(positiveInt, 10_000),
  /** Request sent to response headers received. */
  firstByteMs: v.optional(positiveInt, 120_000),
  /** Longest silence between two body chunks (streams included). */
  idleMs: v.optional(positiveInt, 120_000),
});

export const GatewaySchema = v.strictObject({
  /** Requests with a larger body get a 413 before anything is parsed. */
  bodyLimitBytes: v.optional(positiveInt, 32 * 1024 * 1024),
  /** Upper bound on a non-streamed upstream body the gateway reads to meter or rewrite. */
  responseLimitBytes: v.optional(positiveInt, 64 * 1024 * 1024),
  timeouts: v.optional(TimeoutsSchema, {}),
});

export const IdentitySchema = v.strictObject({
  /**
   * Header that a trusted load balancer sets to the client address (`x-forwarded-for`,
   * `x-real-ip`, `cf-connecting-ip`). Unset: the socket address. Never trust it without a proxy
   * in front that overwrites it.
   */
  clientIpHeader: v.optional(
    v.pipe(v.string(), v.toLowerCase(), v.regex(/^[a-z0-9-]+$/, 'must be a header name')),
  ),
  /**
   * For a list-valued header such as `x-forwarded-for`: how many trusted proxies append to it.
   * The client is the entry this many places from the right.
   */
  trustedHops: v.optional(positiveInt, 1),
});

export const AuditSchema = v.strictObject({
  /** Write one JSONL decision record per request. */
  enabled: v.optional(v.boolean(), true),
  /** Node sidecar: a file to append to, or `-` for standard output. */
  path: v.optional(v.string(), '-'),
});

import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  anthropicJson,
  anthropicStream,
  chatJson,
  chatStream,
  PATHS,
  providerHeaders,
  requestBodies,
} from '../fixtures.ts';

/**
 * The gateway core's CPU per request without sockets: `app.fetch` of a source tree (default:
 * this one) against an in-memory upstream that answers with the bench's pre-encoded bodies, the
 * response read to its end. Request construction is measured alone and subtracted. Much less
 * noisy than the socket benchmark, for comparing two trees while iterating:
 *
 *   tsx bench/tools/inproc.ts [--root DIR] [--policy allow|default] [--n 3000]
 */
const { values } = parseArgs({
  options: {
    root: { type: 'string', default: resolve(import.meta.dirname, '..', '..') },
    policy: { type: 'string', default: 'allow' },
    n: { type: 'string', default: '3000' },
    workloads: { type: 'string', default: 'json,sse,oai-json,oai-sse' },
  },
});
const root = resolve(values.root as string);
const load = (p: string) => import(pathToFileURL(join(root, p)).href);
const { createApp } = await load('src/gateway/app.ts');
const { defaultPolicy, parsePolicy } = await load('src/policy/parse.ts');
const { createAuditSink } = await load('src/runtime/node/logger.ts');
const { readFileSync } = await import('node:fs');

const policy =
  values.policy === 'allow'
    ? parsePolicy(readFileSync(join(root, 'bench/policies/allow-all.yaml'), 'utf8'), 'allow-all.yaml').policy
    : defaultPolicy();
const enc = new TextEncoder();
const BODIES: Record<string, { json: Uint8Array; sse: Uint8Array }> = {
  '/v1/messages': { json: enc.encode(anthropicJson()), sse: enc.encode(anthropicStream()) },
  '/v1/chat/completions': { json: enc.encode(chatJson()), sse: enc.encode(chatStream()) },
};
const upstream = async (req: { url: string; body?: Uint8Array }) => {
  const path = new URL(req.url).pathname;
  const b = BODIES[path]!;
  const stream = req.body ? new TextDecoder().decode(req.body).includes('"stream":true') : false;
  const bytes = stream ? b.sse : b.json;
  const headers = new Headers(
    stream
      ? { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', 'request-id': 'r' }
      : { 'content-type': 'application/json', 'request-id': 'r', 'content-length': String(bytes.length) },
  );
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(bytes);
      c.close();
    },
  });
  return { status: 200, headers, body };
};
let lines = 0;
const audit = createAuditSink(() => '-');
const sink = (r: unknown) => {
  lines += JSON.stringify(r).length > 0 ? 1 : 0;
};
void audit;
const app = createApp({
  policy: () => policy,
  upstream,
  secrets: { accountId: 'bench-account-secret', watermark: 'bench-watermark-secret' },
  upstreamOverrides: { anthropic: 'http://up', openai: 'http://up' },
  audit: sink,
});

const WORK = {
  json: { provider: 'anthropic', stream: false },
  sse: { provider: 'anthropic', stream: true },
  'oai-json': { provider: 'openai', stream: false },
  'oai-sse': { provider: 'openai', stream: true },
} as const;

function requests(w: (typeof WORK)[keyof typeof WORK], count: number): Request[] {
  const bodies = requestBodies(w.provider, w.stream);
  const out: Request[] = [];
  for (let i = 0; i < count; i++) {
    const key = `sk-bench-${i % 1000}`;
    const headers: Record<string, string> = {
      ...providerHeaders(w.provider),
      host: '127.0.0.1',
      'content-type': 'application/json',
      ...(w.provider === 'anthropic' ? { 'x-api-key': key } : { authorization: `Bearer ${key}` }),
    };
    out.push(
      new Request(`http://127.0.0.1${PATHS[w.provider]}`, {
        method: 'POST',
        headers,
        body: bodies[i % bodies.length] ?? '',
      }),
    );
  }
  return out;
}

async function drain(res: Response): Promise<number> {
  if (!res.body) return 0;
  const reader = res.body.getReader();
  let n = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return n;
    n += value.length;
  }
}

const n = Number(values.n);
for (const name of (values.workloads as string).split(',')) {
  const w = WORK[name as keyof typeof WORK];
  // warm-up
  for (const r of requests(w, 1500)) await drain(await app.fetch(r));
  let best = Number.POSITIVE_INFINITY;
  let bytes = 0;
  for (let t = 0; t < 5; t++) {
    const c0 = process.cpuUsage();
    const reqs = requests(w, n);
    const c1 = process.cpuUsage(c0);
    const c2 = process.cpuUsage();
    for (const r of reqs) {
      const res = await app.fetch(r);
      if (res.status !== 200) throw new Error(`status ${res.status}: ${await res.text()}`);
      bytes = await drain(res);
    }
    const c3 = process.cpuUsage(c2);
    void c1;
    best = Math.min(best, (c3.user + c3.system) / n);
  }
  console.log(
    `${name.padEnd(9)} ${values.policy} ${best.toFixed(1).padStart(7)} µs/request (${bytes} B out)`,
  );
}
void lines;

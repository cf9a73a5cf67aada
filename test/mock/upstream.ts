import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as fx from './fixtures.ts';

const CORPUS = fileURLToPath(new URL('../fixtures/watermark-corpus/', import.meta.url));

/** Build the answer around a corpus document when the request names one. */
function withDoc<T>(doc: string | string[] | undefined, build: () => T): T {
  if (typeof doc !== 'string' || doc.includes('..')) return build();
  const text = readFileSync(join(CORPUS, doc), 'utf8');
  const half = Math.floor(text.length / 2);
  const args = JSON.stringify({ note: text });
  const third = Math.floor(args.length / 3);
  return fx.withContent(
    {
      text,
      thinking: text,
      thinkingDeltas: [text.slice(0, half), text.slice(half)],
      toolText: text,
      toolJson: [args.slice(0, third), args.slice(third)],
      chatArgs: [args.slice(0, third), args.slice(third, 2 * third), args.slice(2 * third)],
    },
    build,
  );
}

/**
 * A local stand-in for api.anthropic.com and api.openai.com: the one thing the tests mock.
 * It answers in the providers' exact JSON and SSE formats (see fixtures.ts) and records every
 * request it receives. `x-mock-scenario` (or the model name) selects a behaviour; content
 * variants combine, comma-separated (`reasoning,logprobs`):
 *   thinking | tools | logprobs | reasoning   content variants
 *   redacted-thinking      Anthropic: thinking, redacted_thinking, text, tool_use
 *   (chat `reasoning`: `reasoning_content` as OpenAI-compatible reasoning upstreams send it)
 *   gzip                   compress the body
 *   trickle                one write per SSE event, 5 ms apart
 *   fail-mid-stream        destroy the socket after half the events
 *   truncate               end cleanly after half the events, without the terminal event
 *   stall                  send half the events, then go silent
 *   slow-headers           wait 2 s before the status line
 *   hang                   never answer (abort propagation)
 *   upstream-429           a rate-limit error in the provider's dialect
 * `x-mock-input-tokens: N` / `x-mock-output-tokens: N` make every `usage` in the answer report N
 * input / output tokens (JSON and SSE alike), to exercise token metering.
 * `x-mock-doc: DOMAIN/FILE` answers with that answer of test/fixtures/watermark-corpus instead of
 * the fixed text: as the text, the thinking, and (as `{"note": …}`) the tool-call arguments.
 */
export interface Recorded {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  json: Record<string, unknown> | undefined;
  /** Resolves when the client side of this request went away before the response ended. */
  aborted: Promise<void>;
  /** True once the mock has written the whole response. */
  finished: boolean;
}

export interface MockUpstream {
  url: string;
  requests: Recorded[];
  last(): Recorded;
  close(): Promise<void>;
}

function scenarioOf(req: IncomingMessage, json: Record<string, unknown> | undefined): string {
  const header = req.headers['x-mock-scenario'];
  if (typeof header === 'string') return header;
  const model = typeof json?.model === 'string' ? json.model : '';
  return model.startsWith('mock-') ? model.slice(5) : '';
}

function sseEvents(text: string): string[] {
  return text.split(/(?<=\n\n)/).filter(Boolean);
}

async function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  scenarios: string,
): Promise<void> {
  const list = scenarios.split(',');
  const scenario = ['slow-headers', 'gzip', 'fail-mid-stream', 'truncate', 'stall', 'trickle'].find((t) =>
    list.includes(t),
  );
  const headers: Record<string, string> = {
    'content-type': type,
    'request-id': 'req_mock_01',
    'x-upstream': 'mock',
  };
  if (type.startsWith('text/event-stream')) headers['cache-control'] = 'no-cache';
  if (scenario === 'slow-headers') await new Promise((r) => setTimeout(r, 2000));
  if (scenario === 'gzip') {
    const zipped = gzipSync(body);
    res.writeHead(status, {
      ...headers,
      'content-encoding': 'gzip',
      'content-length': String(zipped.length),
    });
    res.end(zipped);
    return;
  }
  if (!type.startsWith('text/event-stream')) {
    res.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(body)) });
    res.end(body);
    return;
  }
  res.writeHead(status, headers);
  const events = sseEvents(body);
  const half = Math.floor(events.length / 2);
  if (scenario === 'fail-mid-stream' || scenario === 'truncate' || scenario === 'stall') {
    res.write(events.slice(0, half).join(''));
    if (scenario === 'fail-mid-stream') setTimeout(() => res.socket?.destroy(), 20);
    if (scenario === 'truncate') setTimeout(() => res.end(), 20);
    return; // stall: silence until the client gives up
  }
  if (scenario === 'trickle') {
    for (const e of events) {
      res.write(e);
      await new Promise((r) => setTimeout(r, 5));
    }
    res.end();
    return;
  }
  res.end(body);
}

interface UsagePatch {
  input?: number;
  output?: number;
}

/** Set the token counts of every `usage` object (message_start's running output count excepted). */
function patchUsage(value: unknown, patch: UsagePatch, inMessageStart = false): void {
  if (typeof value !== 'object' || value === null) return;
  const obj = value as Record<string, unknown>;
  const start = inMessageStart || obj.type === 'message_start';
  const usage = obj.usage as Record<string, unknown> | null | undefined;
  if (typeof usage === 'object' && usage !== null) {
    if (patch.input !== undefined) {
      if ('input_tokens' in usage) usage.input_tokens = patch.input;
      if ('prompt_tokens' in usage) usage.prompt_tokens = patch.input;
    }
    if (patch.output !== undefined && !start) {
      if ('output_tokens' in usage) usage.output_tokens = patch.output;
      if ('completion_tokens' in usage) usage.completion_tokens = patch.output;
    }
    const input = Number(usage.input_tokens ?? usage.prompt_tokens);
    const output = Number(usage.output_tokens ?? usage.completion_tokens);
    if ('total_tokens' in usage) usage.total_tokens = input + output;
  }
  for (const v of Object.values(obj)) patchUsage(v, patch, start);
}

function withUsage(type: string, body: string, usage: UsagePatch): string {
  const patch = (text: string) => {
    const data = JSON.parse(text) as unknown;
    patchUsage(data, usage);
    return JSON.stringify(data);
  };
  if (!type.startsWith('text/event-stream')) return patch(body);
  return sseEvents(body)
    .map((e) => e.replace(/^data: (\{.*)$/m, (_, json: string) => `data: ${patch(json)}`))
    .join('');
}

function route(
  path: string,
  json: Record<string, unknown> | undefined,
  scenarios: string,
): { status: number; type: string; body: string } {
  const has = (name: string) => scenarios.split(',').includes(name);
  const model = typeof json?.model === 'string' ? json.model : 'unknown-model';
  const stream = json?.stream === true;
  const JSON_T = 'application/json';
  const SSE_T = 'text/event-stream; charset=utf-8';
  if (has('upstream-429')) {
    const body = path.startsWith('/v1/messages')
      ? { type: 'error', error: { type: 'rate_limit_error', message: 'Upstream says slow down' } }
      : {
          error: {
            message: 'Upstream says slow down',
            type: 'requests',
            param: null,
            code: 'rate_limit_exceeded',
          },
        };
    return { status: 429, type: JSON_T, body: JSON.stringify(body) };
  }
  if (path === '/v1/messages') {
    const redacted = has('redacted-thinking');
    const rich = has('thinking') || has('tools') || redacted;
    if (stream)
      return {
        status: 200,
        type: SSE_T,
        body: rich ? fx.anthropicThinkingToolStream(model, redacted) : fx.anthropicTextStream(model),
      };
    return {
      status: 200,
      type: JSON_T,
      body: JSON.stringify(rich ? fx.anthropicThinkingJson(model) : fx.anthropicJson(model)),
    };
  }
  if (path === '/v1/messages/count_tokens')
    return { status: 200, type: JSON_T, body: JSON.stringify({ input_tokens: 14 }) };
  if (path === '/v1/chat/completions') {
    const includeUsage =
      (json?.stream_options as { include_usage?: boolean } | undefined)?.include_usage === true;
    const logprobs = has('logprobs') || json?.logprobs === true;
    const reasoning = has('reasoning');
    if (stream)
      return {
        status: 200,
        type: SSE_T,
        body: has('tools')
          ? fx.chatToolStream(model, includeUsage)
          : fx.chatTextStream(model, includeUsage, logprobs, reasoning),
      };
    return { status: 200, type: JSON_T, body: JSON.stringify(fx.chatJson(model, logprobs, reasoning)) };
  }
  if (path === '/v1/responses') {
    const reasoning = has('reasoning');
    const include = Array.isArray(json?.include) ? json.include : [];
    const logprobs = has('logprobs') || include.includes('message.output_text.logprobs');
    if (stream) return { status: 200, type: SSE_T, body: fx.responsesStream(model, reasoning, logprobs) };
    return {
      status: 200,
      type: JSON_T,
      body: JSON.stringify(fx.responsesJson(model, reasoning, logprobs)),
    };
  }
  if (path === '/v1/models')
    return {
      status: 200,
      type: JSON_T,
      body: JSON.stringify(fx.modelsList(has('openai') ? 'openai' : 'anthropic')),
    };
  return { status: 404, type: JSON_T, body: JSON.stringify({ error: { message: `mock has no ${path}` } }) };
}

export async function startMockUpstream(): Promise<MockUpstream> {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let resolveAborted: () => void = () => {};
    const aborted = new Promise<void>((r) => {
      resolveAborted = r;
    });
    res.on('close', () => {
      if (!res.writableFinished) resolveAborted();
    });
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: Record<string, unknown> | undefined;
      try {
        json = body ? (JSON.parse(body) as Record<string, unknown>) : undefined;
      } catch {
        json = undefined;
      }
      const url = new URL(req.url ?? '/', 'http://mock');
      const record: Recorded = {
        method: req.method ?? '',
        path: url.pathname + url.search,
        headers: req.headers,
        body,
        json,
        aborted,
        finished: false,
      };
      res.on('finish', () => {
        record.finished = true;
      });
      requests.push(record);
      const scenario = scenarioOf(req, json);
      if (scenario === 'hang') return;
      const provider = req.headers['anthropic-version'] ? 'anthropic' : 'openai';
      const answer = withDoc(req.headers['x-mock-doc'], () =>
        route(url.pathname, json, scenario === '' && url.pathname === '/v1/models' ? provider : scenario),
      );
      const tokens = (name: string) => {
        const value = req.headers[name];
        return typeof value === 'string'
          ? { [name.includes('input') ? 'input' : 'output']: Number(value) }
          : {};
      };
      const usage: UsagePatch = { ...tokens('x-mock-input-tokens'), ...tokens('x-mock-output-tokens') };
      if (Object.keys(usage).length > 0 && answer.status === 200)
        answer.body = withUsage(answer.type, answer.body, usage);
      void send(res, answer.status, answer.type, answer.body, scenario);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    last() {
      const r = requests.at(-1);
      if (!r) throw new Error('the mock upstream has seen no request');
      return r;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

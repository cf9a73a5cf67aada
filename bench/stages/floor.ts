import { defaultPolicy } from '../../src/policy/parse.ts';
import { parseRequest } from '../../src/providers/parse.ts';
import { createRiskEngine } from '../../src/risk/engine.ts';
import { createMemoryStore } from '../../src/store/memory.ts';
import { createEmbedder, embedText } from '../../src/watermark/embedder.ts';
import { deriveKeys } from '../../src/watermark/keys.ts';
import { anthropicJson, anthropicStream, chatJson, chatStream, requestBodies } from '../fixtures.ts';

/**
 * The design's own work per request, on the proxy benchmark's exact traffic, with no gateway
 * around it: the risk engine assessing each request inline (DESIGN.md: "scores every request
 * inline"), and the embedder writing the global watermark key into each answer ("a global key
 * on all traffic"). Neither can be skipped under the default policy, so their sum is a floor
 * under what distill-guard adds over the bare pass-through; the report sets it against the 80%
 * throughput budget. CPU time, median of 5 repetitions. Run as a process; prints one JSON result.
 */

export interface FloorCase {
  scenario: 'json-c50' | 'sse-c50' | 'oai-json-c50' | 'oai-sse-c50';
  /** Request JSON parsed, normalised and assessed by the engine (memory store, 1000 accounts). */
  engineUs: number;
  /** The answer's text through the embedder with the all-traffic keys (global layer). */
  embedUs: number;
  /** Text deltas (streams) or 1 (a whole message). */
  pieces: number;
  chars: number;
}

const cpuUs = (run: () => void | Promise<void>, n: number) => async () => {
  const t = process.cpuUsage();
  for (let i = 0; i < n; i++) await run();
  const c = process.cpuUsage(t);
  return (c.user + c.system) / n;
};

async function median(measure: () => Promise<number>, reps = 5): Promise<number> {
  await measure(); // warm-up
  const xs: number[] = [];
  for (let r = 0; r < reps; r++) xs.push(await measure());
  xs.sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)]!;
}

/** The text deltas of a bench SSE body, in order, for either provider. */
function streamTexts(sse: string): string[] {
  const out: string[] = [];
  for (const line of sse.split('\n')) {
    if (!line.startsWith('data: {')) continue;
    const data = JSON.parse(line.slice(6));
    const text = data.delta?.text ?? data.choices?.[0]?.delta?.content;
    if (typeof text === 'string' && text) out.push(text);
  }
  return out;
}

export async function benchFloor(quick = false): Promise<FloorCase[]> {
  const keys = await deriveKeys('bench-watermark-secret', 1);
  const config = defaultPolicy().risk;
  const n = quick ? 2000 : 10000;
  const out: FloorCase[] = [];
  const cases = [
    {
      scenario: 'json-c50',
      provider: 'anthropic',
      stream: false,
      texts: [JSON.parse(anthropicJson()).content[0].text],
    },
    { scenario: 'sse-c50', provider: 'anthropic', stream: true, texts: streamTexts(anthropicStream()) },
    {
      scenario: 'oai-json-c50',
      provider: 'openai',
      stream: false,
      texts: [JSON.parse(chatJson()).choices[0].message.content],
    },
    { scenario: 'oai-sse-c50', provider: 'openai', stream: true, texts: streamTexts(chatStream()) },
  ] as const;
  for (const c of cases) {
    const bodies = requestBodies(c.provider, c.stream);
    // A fresh engine per case, its 1000 accounts warmed up the way the load generator does.
    const engine = createRiskEngine({ config, store: createMemoryStore() });
    let i = 0;
    const start = Date.parse('2026-12-01T00:00:00Z');
    const assess = async () => {
      const k = i++;
      await engine.assess({
        request: parseRequest(c.provider, JSON.parse(bodies[k % bodies.length]!)),
        account: `acct_bench${k % 1000}`,
        ip: `10.0.${(k >> 8) & 255}.${k & 255}`,
        userAgent: 'bench',
        now: start + k, // virtual time: one request a millisecond
      });
    };
    const engineUs = await median(cpuUs(assess, n));
    const texts = c.texts as readonly string[];
    const embed = c.stream
      ? () => {
          const e = createEmbedder(keys);
          for (const t of texts) e.push(t);
          e.flush();
        }
      : () => {
          embedText(texts[0]!, keys);
        };
    const embedUs = await median(cpuUs(embed, c.stream ? n / 10 : n / 2));
    out.push({
      scenario: c.scenario,
      engineUs,
      embedUs,
      pieces: texts.length,
      chars: texts.reduce((s, t) => s + t.length, 0),
    });
  }
  return out;
}

if (process.argv[1]?.endsWith('floor.ts')) {
  process.stdout.write(`${JSON.stringify(await benchFloor(process.argv[2] === '--quick'))}\n`);
}

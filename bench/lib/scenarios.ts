import type { Scenario } from './matrix.ts';

/**
 * What each configuration is measured on. Throughput and full-response latency come from wrk at
 * concurrency 50 and 1; stream timings come from the SSE client. `burst` streams arrive from the
 * mock in one write (the per-event cost is then the proxy's parsing and re-encoding); `trickle`
 * streams arrive one event per write, as a model's tokens do, so every event crosses the proxy on
 * its own and the watermark's hold-back shows.
 */
export function scenarios(quick: boolean): Scenario[] {
  const long = quick ? 1 : 3;
  const short = quick ? 1 : 2;
  const anthropicJson = { provider: 'anthropic', stream: false } as const;
  const anthropicSse = { provider: 'anthropic', stream: true, sse: 'burst' } as const;
  const list: Scenario[] = [
    {
      id: 'json-c1',
      label: 'Anthropic JSON, c=1',
      kind: 'load',
      workload: anthropicJson,
      connections: 1,
      durationS: short,
    },
    {
      id: 'json-c50',
      label: 'Anthropic JSON, c=50',
      kind: 'load',
      workload: anthropicJson,
      connections: 50,
      durationS: long,
    },
    {
      id: 'sse-c1',
      label: 'Anthropic SSE (burst), c=1',
      kind: 'load',
      workload: anthropicSse,
      connections: 1,
      durationS: short,
    },
    {
      id: 'sse-c50',
      label: 'Anthropic SSE (burst), c=50',
      kind: 'load',
      workload: anthropicSse,
      connections: 50,
      durationS: long,
    },
    {
      id: 'stream-c1',
      label: 'Anthropic SSE (trickle), c=1: stream timings',
      kind: 'stream',
      workload: { provider: 'anthropic', stream: true, sse: 'trickle' },
      connections: 1,
      durationS: short,
    },
    {
      id: 'stream-c50',
      label: 'Anthropic SSE (trickle, 10 events per write), c=50: stream timings',
      kind: 'stream',
      workload: { provider: 'anthropic', stream: true, sse: 'trickle', eventsPerWrite: 10 },
      connections: 50,
      durationS: short,
    },
  ];
  if (!quick) {
    list.push(
      {
        id: 'oai-json-c50',
        label: 'OpenAI chat JSON, c=50',
        kind: 'load',
        workload: { provider: 'openai', stream: false },
        connections: 50,
        durationS: short,
      },
      {
        id: 'oai-sse-c50',
        label: 'OpenAI chat SSE (burst), c=50',
        kind: 'load',
        workload: { provider: 'openai', stream: true, sse: 'burst' },
        connections: 50,
        durationS: short,
      },
    );
  }
  return list;
}

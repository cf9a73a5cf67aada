import type { Rng } from '../rng.ts';
import type { Msg, ToolDef } from '../types.ts';
import { expand } from './expand.ts';
import { humanize } from './humanize.ts';
import { CITIES, NAMES } from './vocab.ts';

/**
 * Small tool sets of real applications, with real round trips: the model calls a tool, the app
 * runs it and sends back the actual result.
 */
interface ToolKit {
  system: string;
  tools: ToolDef[];
  /** A user request, the call it leads to, and the app's real result. */
  step(rng: Rng): {
    ask: string;
    call: { name: string; input: Record<string, unknown> };
    result: string;
    final: string;
  };
}

const obj = (props: Record<string, unknown>, required: string[]) => ({
  type: 'object',
  properties: props,
  required,
});

const KITS: readonly ToolKit[] = [
  {
    system: 'You help users of a travel app. Use the tools to look things up; never guess prices.',
    tools: [
      {
        name: 'get_weather',
        description: 'Current weather and 3-day forecast for a city.',
        parameters: obj(
          { city: { type: 'string' }, units: { type: 'string', enum: ['metric', 'imperial'] } },
          ['city'],
        ),
      },
      {
        name: 'search_hotels',
        description: 'Search available hotels.',
        parameters: obj(
          {
            city: { type: 'string' },
            check_in: { type: 'string', format: 'date' },
            nights: { type: 'integer' },
          },
          ['city', 'check_in'],
        ),
      },
    ],
    step(rng) {
      const city = rng.pick(CITIES.en);
      const t = rng.int(4, 29);
      return {
        ask: expand(
          rng,
          `[[What's the weather like|Will it rain|Do I need a jacket]] in ${city} [[this week|tomorrow|over the weekend]]?`,
        ),
        call: { name: 'get_weather', input: { city, units: 'metric' } },
        result: JSON.stringify({
          city,
          now: { temp_c: t, sky: rng.pick(['clear', 'cloudy', 'rain']) },
          forecast: [t + 1, t - 2, t],
        }),
        final: `It's about ${t}°C in ${city} right now, with similar temperatures over the next few days.`,
      };
    },
  },
  {
    system:
      'You are the analytics assistant for an online shop. Query the warehouse with run_sql (read-only). Answer briefly.',
    tools: [
      {
        name: 'run_sql',
        description: 'Run a read-only SQL query on the analytics warehouse and return rows as JSON.',
        parameters: obj({ query: { type: 'string' } }, ['query']),
      },
      { name: 'list_tables', description: 'List tables and their columns.', parameters: obj({}, []) },
    ],
    step(rng) {
      const n = rng.int(120, 9000);
      const month = rng.pick(['January', 'February', 'last month', 'this quarter']);
      return {
        ask: expand(
          rng,
          `[[How many orders did we get|Order count for|What were total orders]] ${month}[[?| compared with the month before?| broken down by country?]]`,
        ),
        call: {
          name: 'run_sql',
          input: { query: "SELECT count(*) AS n FROM orders WHERE created_at >= date_trunc('month', now())" },
        },
        result: JSON.stringify({ rows: [{ n }], elapsed_ms: rng.int(30, 900) }),
        final: `${n} orders.`,
      };
    },
  },
  {
    system: 'You triage GitHub issues for the maintainers of a small open-source library.',
    tools: [
      {
        name: 'get_issue',
        description: 'Fetch an issue by number.',
        parameters: obj({ number: { type: 'integer' } }, ['number']),
      },
      {
        name: 'add_label',
        description: 'Add a label to an issue.',
        parameters: obj({ number: { type: 'integer' }, label: { type: 'string' } }, ['number', 'label']),
      },
      {
        name: 'search_issues',
        description: 'Full-text search over open issues.',
        parameters: obj({ q: { type: 'string' } }, ['q']),
      },
    ],
    step(rng) {
      const n = rng.int(40, 2400);
      return {
        ask: expand(
          rng,
          `[[Can you look at|Please triage|Check]] issue #${n}[[ and tell me if it's a duplicate| and label it| — is it a bug or a feature request]]?`,
        ),
        call: { name: 'get_issue', input: { number: n } },
        result: JSON.stringify({
          number: n,
          title: rng.pick(['Crash when config file is empty', 'Typo in README', 'Timeout on large uploads']),
          comments: rng.int(0, 14),
          state: 'open',
        }),
        final: `Issue #${n} looks new rather than a duplicate; I'd label it as a bug.`,
      };
    },
  },
  {
    system: 'You are an assistant for a small accounting team. Use the CRM tools when asked about customers.',
    tools: [
      {
        name: 'find_customer',
        description: 'Look up a customer by name or email.',
        parameters: obj({ query: { type: 'string' } }, ['query']),
      },
      {
        name: 'list_invoices',
        description: 'List invoices for a customer id.',
        parameters: obj(
          { customer_id: { type: 'string' }, status: { type: 'string', enum: ['open', 'paid', 'overdue'] } },
          ['customer_id'],
        ),
      },
    ],
    step(rng) {
      const name = rng.pick(NAMES.en);
      return {
        ask: expand(
          rng,
          `[[Does|Has]] ${name} [[have any overdue invoices|paid last month's invoice|got anything outstanding]]?`,
        ),
        call: { name: 'find_customer', input: { query: name } },
        result: JSON.stringify({ id: `cus_${rng.hex(6)}`, name, overdue: rng.int(0, 3) }),
        final: `I found ${name}'s account; details below.`,
      };
    },
  },
];

/** A developer's agent: fixed small toolkit per account, 1–2 real tool round trips per thread. */
export function pickKit(rng: Rng): ToolKit {
  return rng.pick(KITS);
}

export function agentThread(rng: Rng, kit: ToolKit): Msg[] {
  const s = kit.step(rng);
  const id = rng.hex(20);
  const msgs: Msg[] = [
    { role: 'user', text: humanize(rng, s.ask, 'en') },
    {
      role: 'assistant',
      text: rng.chance(0.5) ? 'Let me check.' : '',
      calls: [{ id, name: s.call.name, input: s.call.input }],
    },
    { role: 'tool', callId: id, result: s.result },
  ];
  if (rng.chance(0.4)) {
    msgs.push({ role: 'assistant', text: s.final });
    msgs.push({
      role: 'user',
      text: rng.pick([
        'thanks. and compared to last time?',
        'ok, can you double-check that?',
        'Great, do the same for the next one.',
      ]),
    });
  }
  return msgs;
}

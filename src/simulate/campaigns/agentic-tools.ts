import type { ToolDef } from '../types.ts';

/**
 * The long, fixed tool sets an agentic-trace campaign pastes into every request from every
 * account: identical definitions are what give it away.
 */
const s = (description: string, extra: Record<string, unknown> = {}) => ({
  type: 'string',
  description,
  ...extra,
});
const i = (description: string) => ({ type: 'integer', description });
const tool = (
  name: string,
  description: string,
  properties: Record<string, unknown>,
  required: string[],
): ToolDef => ({
  name,
  description,
  parameters: { type: 'object', properties, required, additionalProperties: false },
});

export const OPS_TOOLS: readonly ToolDef[] = [
  tool(
    'search_flights',
    'Search one-way or return flights between two airports on given dates.',
    {
      origin: s('IATA code'),
      destination: s('IATA code'),
      depart_date: s('YYYY-MM-DD'),
      return_date: s('YYYY-MM-DD, optional'),
      cabin: s('cabin class', { enum: ['economy', 'premium', 'business'] }),
      passengers: i('number of travellers'),
    },
    ['origin', 'destination', 'depart_date'],
  ),
  tool(
    'hold_fare',
    'Place a 24-hour hold on a fare returned by search_flights.',
    { fare_id: s('fare identifier'), passenger_names: { type: 'array', items: { type: 'string' } } },
    ['fare_id', 'passenger_names'],
  ),
  tool(
    'search_hotels',
    'Find hotels near a location with availability for the dates.',
    {
      location: s('city, address or landmark'),
      check_in: s('YYYY-MM-DD'),
      check_out: s('YYYY-MM-DD'),
      max_price: i('per night, in the account currency'),
      amenities: { type: 'array', items: { type: 'string' } },
    },
    ['location', 'check_in', 'check_out'],
  ),
  tool(
    'book_hotel',
    'Book a room using a rate id from search_hotels.',
    { rate_id: s('rate identifier'), guest_name: s('lead guest'), special_requests: s('free text') },
    ['rate_id', 'guest_name'],
  ),
  tool(
    'get_order',
    'Fetch an order with its items, payments and shipments.',
    { order_id: s('order id, e.g. ORD-12345') },
    ['order_id'],
  ),
  tool(
    'issue_refund',
    'Refund all or part of a payment on an order.',
    {
      order_id: s('order id'),
      amount: { type: 'number', description: 'amount to refund' },
      reason: s('reason code', { enum: ['damaged', 'late', 'not_received', 'other'] }),
    },
    ['order_id', 'amount', 'reason'],
  ),
  tool(
    'update_address',
    'Change the delivery address of an unshipped order.',
    {
      order_id: s('order id'),
      address: {
        type: 'object',
        properties: {
          line1: s('street'),
          city: s('city'),
          postcode: s('postcode'),
          country: s('ISO country code'),
        },
        required: ['line1', 'city', 'country'],
      },
    },
    ['order_id', 'address'],
  ),
  tool(
    'send_email',
    'Send an email to a customer from the support mailbox.',
    { to: s('email address'), subject: s('subject line'), body: s('plain-text body') },
    ['to', 'subject', 'body'],
  ),
  tool(
    'create_ticket',
    'Open an internal ticket for a human agent.',
    {
      summary: s('one line'),
      priority: s('priority', { enum: ['low', 'normal', 'high', 'urgent'] }),
      details: s('context for the agent'),
    },
    ['summary', 'priority'],
  ),
  tool(
    'lookup_customer',
    'Find a customer by email, phone or loyalty number.',
    { query: s('email, phone or loyalty number') },
    ['query'],
  ),
];

export const SWE_TOOLS: readonly ToolDef[] = [
  tool(
    'bash',
    'Run a shell command in the repository sandbox and return stdout, stderr and exit code.',
    { command: s('the command line'), timeout_s: i('seconds before the command is killed') },
    ['command'],
  ),
  tool(
    'read_file',
    'Read a file from the repository, optionally a line range.',
    {
      path: s('path relative to the repo root'),
      start_line: i('first line, 1-based'),
      end_line: i('last line, inclusive'),
    },
    ['path'],
  ),
  tool(
    'write_file',
    'Create or overwrite a file with the given content.',
    { path: s('path relative to the repo root'), content: s('full new content') },
    ['path', 'content'],
  ),
  tool(
    'str_replace',
    'Replace one exact occurrence of a string in a file.',
    {
      path: s('file path'),
      old_str: s('text to replace; must occur exactly once'),
      new_str: s('replacement text'),
    },
    ['path', 'old_str', 'new_str'],
  ),
  tool(
    'search_code',
    'Search the repository with a regular expression.',
    { pattern: s('regex'), glob: s('file glob, e.g. **/*.py') },
    ['pattern'],
  ),
  tool(
    'run_tests',
    'Run the test suite or a subset and report failures.',
    { selector: s('test file, class or -k expression') },
    [],
  ),
  tool('git_diff', 'Show the current uncommitted diff.', {}, []),
  tool(
    'submit',
    'Finish the task and submit the patch with a short summary.',
    { summary: s('what was changed and why') },
    ['summary'],
  ),
];

/** A Chinese-language variant of the ops set, as one campaign cell used it. */
export const OPS_TOOLS_ZH: readonly ToolDef[] = OPS_TOOLS.map((t) => ({
  ...t,
  description: `（客服系统）${t.description}`,
}));

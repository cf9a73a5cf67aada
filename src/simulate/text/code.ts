import type { Rng } from '../rng.ts';
import { expand } from './expand.ts';
import { humanize } from './humanize.ts';

/** Ordinary programming questions around small, realistic snippets and errors. */
const SNIPPETS = [
  {
    lang: 'python',
    code: 'def {{fn}}(items):\n    total = 0\n    for i in range(len(items) + 1):\n        total += items[i]["{{field}}"]\n    return total / len(items)',
    ask: [
      '[[Why do I get|Getting]] IndexError: list index out of range [[here|in this function]]?',
      'This crashes on the last element, what am I missing?',
    ],
  },
  {
    lang: 'typescript',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the snippet is JavaScript source containing a template literal.
    code: 'async function {{fn}}(ids: string[]) {\n  const results = [];\n  ids.forEach(async (id) => {\n    const res = await fetch(`/api/{{field}}/${id}`);\n    results.push(await res.json());\n  });\n  return results;\n}',
    ask: [
      'Why does this always return an empty array?',
      '[[results|the array]] is empty when I log it after calling this. [[Why?|What is wrong?]]',
    ],
  },
  {
    lang: 'sql',
    code: "SELECT c.name, COUNT(o.id) AS orders\nFROM customers c\nLEFT JOIN orders o ON o.customer_id = c.id\nWHERE o.created_at > '2025-01-01'\nGROUP BY c.name;",
    ask: [
      'Customers with no orders disappear from the result even though I used a LEFT JOIN. Why?',
      'How do I keep customers with zero {{field}}?',
    ],
  },
  {
    lang: 'go',
    code: 'func {{fn}}(urls []string) {\n\tvar wg sync.WaitGroup\n\tfor _, u := range urls {\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tfetch(u)\n\t\t}()\n\t}\n\twg.Wait()\n}',
    ask: [
      'This panics with "negative WaitGroup counter" sometimes. Why?',
      'Is there a race here? It hangs or panics randomly.',
    ],
  },
  {
    lang: 'rust',
    code: 'fn longest(a: &str, b: &str) -> &str {\n    if a.len() > b.len() { a } else { b }\n}',
    ask: [
      'error[E0106]: missing lifetime specifier. How do I fix this?',
      'Can you explain the lifetime error in this function?',
    ],
  },
  {
    lang: 'bash',
    code: 'for f in $(ls *.{{ext}}); do\n  mv $f backup/$f.bak\ndone',
    ask: [
      'This breaks on filenames with spaces. Better way?',
      'How do I make this loop safe for weird file names?',
    ],
  },
  {
    lang: 'python',
    code: 'import pandas as pd\ndf = pd.read_csv("{{field}}.csv")\ndf[df["amount"] > 100]["flag"] = True',
    ask: [
      'I get SettingWithCopyWarning and the column does not change. Why?',
      'Why is "flag" still empty after this?',
    ],
  },
  {
    lang: 'javascript',
    code: 'const [{{field}}, set{{Field}}] = useState([]);\nuseEffect(() => {\n  fetch("/api/{{field}}").then(r => r.json()).then(set{{Field}});\n});',
    ask: [
      'My component keeps re-rendering and hammering the API. Why?',
      'Why does this effect run in an infinite loop?',
    ],
  },
  {
    lang: 'java',
    code: 'for (String s : names) {\n    if (s.startsWith("{{prefix}}")) {\n        names.remove(s);\n    }\n}',
    ask: ['ConcurrentModificationException here, how do I remove items while iterating?'],
  },
  {
    lang: 'yaml',
    code: 'services:\n  web:\n    image: node:20\n    ports:\n      - "3000:3000"\n    depends_on:\n      - db\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: example',
    ask: [
      'The web container starts before Postgres is ready and crashes. How do I wait for it?',
      'depends_on does not seem to wait for the db. Why?',
    ],
  },
];

const FIELDS = ['users', 'invoices', 'orders', 'events', 'products', 'sessions', 'scores', 'payments'];
const FUNCS = [
  'average_price',
  'loadAll',
  'fetchAll',
  'compute_mean',
  'syncRecords',
  'collect',
  'processBatch',
];

/** A code question: prose plus a fenced snippet; sometimes the snippet comes first. */
export function codeQuestion(rng: Rng): string {
  const s = rng.pick(SNIPPETS);
  const field = rng.pick(FIELDS);
  const vars = {
    fn: rng.pick(FUNCS),
    field,
    Field: field.charAt(0).toUpperCase() + field.slice(1),
    ext: rng.pick(['log', 'csv', 'txt', 'json']),
    prefix: rng.pick(['tmp', 'old', 'x_']),
  };
  const ask = expand(rng, rng.pick(s.ask), vars);
  const code = `\`\`\`${s.lang}\n${expand(rng, s.code, vars)}\n\`\`\``;
  const said = humanize(rng, ask, 'en');
  return rng.chance(0.7) ? `${said}\n\n${code}` : `${code}\n\n${said}`;
}

const HOWTO = [
  'How do I [[set up|configure]] [[ESLint with TypeScript|pytest fixtures for a database|a GitHub Action that runs on tags|Docker multi-stage builds for a Go app]]?',
  "What's the difference between [[useMemo and useCallback|a process and a thread|TCP and UDP|git merge and git rebase|an index and a primary key]]?",
  '[[Best way|Cleanest way]] to [[parse dates with time zones in Python|debounce a search box in React|paginate a REST API|retry failed HTTP calls with backoff in Node]]?',
  'Write a [[regex|function]] that [[validates a UK postcode|extracts all hashtags from a string|checks if a string is a palindrome ignoring punctuation]][[ in Python| in JavaScript|]].',
  "Can you explain what this error means: \"[[ECONNRESET|ModuleNotFoundError: No module named '{{field}}'|TypeError: Cannot read properties of undefined (reading 'map')|fatal: refusing to merge unrelated histories]]\"?",
];

export function howtoQuestion(rng: Rng): string {
  return humanize(rng, expand(rng, rng.pick(HOWTO), { field: rng.pick(FIELDS) }), 'en');
}

export const CODE_REPLY =
  'The issue is in the loop: here is a corrected version and a short explanation of why the original fails.';
export const CODE_FOLLOW = [
  'Thanks, that works. Can you add type hints?',
  'Now it is slower, is there a faster way?',
  'Can you write a test for it?',
  'What if the list is empty?',
];

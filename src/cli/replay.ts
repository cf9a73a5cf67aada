import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Policy } from '../policy/schema.ts';
import type { RequestVerdict } from '../risk/engine.ts';
import { createReplayer, type PreparedLine, type Replayer } from '../risk/replay.ts';
import { parseCommandArgs, UsageError, withUsage } from './args.ts';
import type { Command } from './io.ts';
import { createLineWriter, parseLine, policyFromArgs, type RawLine, readLines } from './jsonl.ts';
import { readable } from './score.ts';

const USAGE = `usage: distill-guard replay [--policy FILE] FILE

Replay recorded traffic through the risk engine and the policy's decision rules
in virtual time (the trace's timestamps; nothing waits). Deterministic.
Input: JSONL sorted by ts, one {id, ts, account, ip, userAgent, provider, path,
body} per line ("-" reads standard input); ts in milliseconds.
Output: JSONL, one {id, account, action, risk, suspect, reasons} per input line,
in input order. action is what the policy decides (in shadow mode the proxy
would still have allowed it).
  --policy FILE   policy YAML (default: embedded)
`;

export const replayCommand: Command = (args, io) =>
  withUsage(io, USAGE, async () => {
    const { values, positionals } = parseCommandArgs(args, { policy: { type: 'string' } });
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new UsageError('replay takes exactly one FILE');
    const policy = await policyFromArgs(values.policy, io);
    if (!policy) return 1;
    if (!(await readable(file, io))) return 1;
    const replayer = createReplayer(policy);
    const out = createLineWriter(io);
    const helpers = (await large(file)) ? startPreparers(policy) : [];
    try {
      for await (const prepared of preparedLines(file, replayer, helpers)) {
        out.line(await replayer.nextPrepared(prepared));
      }
    } finally {
      for (const h of helpers) await h.worker.terminate();
    }
    out.flush();
    return 0;
  });

/**
 * Traces worth the start-up of helper threads (about half a second each): every line's pure
 * work (validation, parsing, scoring: most of the cost) is independent of the others, so helper
 * threads prepare batches of lines ahead while this thread runs the stateful engine in trace
 * order. The output is the same as with no helper: the same functions on the same lines.
 */
const LARGE_TRACE_BYTES = 4_000_000;
const BATCH = 256;

async function large(file: string): Promise<boolean> {
  if (file === '-' || availableParallelism() < 2) return false;
  try {
    return (await stat(file)).size >= LARGE_TRACE_BYTES;
  } catch {
    return false;
  }
}

type Prepared = (PreparedLine | null)[];

interface Helper {
  worker: Worker;
  /** Loaded and answering (a helper takes about a second to load the engine). */
  ready: boolean;
  /** Resolvers of the batches sent and not yet answered, in order (a helper answers in order). */
  waiting: { resolve(lines: Prepared): void; reject(err: unknown): void }[];
}

const ROLE = 'distill-guard replay preparer';
const READY = 'ready';

/**
 * Start helper threads, or none when this module cannot be loaded in a thread of its own (it
 * runs from TypeScript through tsx; a bundled build or a test runner keeps to one thread).
 */
function startPreparers(policy: Policy): Helper[] {
  let tsx: string;
  let module: string;
  try {
    // tsx marks the URLs it loads with a query of its own.
    const url = new URL(import.meta.url);
    if (!url.pathname.endsWith('.ts')) return [];
    url.search = '';
    module = url.href;
    const api = new URL(import.meta.resolve('tsx/esm/api'));
    api.search = '';
    tsx = api.href;
  } catch {
    return [];
  }
  // One helper per core beyond this thread's: this thread prepares batches too while it waits
  // (preparedLines), and every thread pays its own start-up and JIT warm-up.
  const count = Math.max(1, Math.min(3, availableParallelism() - 1));
  const helpers: Helper[] = [];
  for (let i = 0; i < count; i++) {
    const worker = new Worker(
      `const { workerData } = require('node:worker_threads');
       import(workerData.tsx).then(({ tsImport }) => tsImport(workerData.module, workerData.module));`,
      { eval: true, workerData: { role: ROLE, tsx, module, policy } },
    );
    const helper: Helper = { worker, ready: false, waiting: [] };
    worker.on('message', (message: Prepared | typeof READY) => {
      if (message === READY) helper.ready = true;
      else helper.waiting.shift()?.resolve(message);
    });
    const fail = (err: unknown) => {
      helper.ready = false;
      for (const w of helper.waiting.splice(0)) w.reject(err);
    };
    worker.on('error', fail);
    worker.on('exit', () => fail(new Error('replay helper exited')));
    helpers.push(helper);
  }
  return helpers;
}

/** A batch of raw lines, and its prepared lines once a helper (or this thread) has them. */
interface Batch {
  lines: RawLine[];
  /** Sent to a helper: its answer, and whether it has arrived. */
  result?: Promise<Prepared>;
  settled?: boolean;
  /** Prepared on this thread while it waited for a helper. */
  local?: Prepared;
}

/** Batches read ahead of the one the engine is at: work for the helpers, a few MB at most. */
const LOOKAHEAD = 8;
/** Batches a helper holds at once: one it works on, one queued behind it. */
const PER_HELPER = 2;

/** One turn of the event loop, so that helpers' answers that have arrived are taken in. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The trace's lines, prepared, in input order. Ready helpers take batches ahead of the engine.
 * While the batch the engine needs next is still with a helper, this thread prepares the
 * furthest batch nobody has taken instead of waiting; a batch nobody took (helpers still
 * loading, or all busy) is prepared here when its turn comes, and so is one whose helper failed.
 */
async function* preparedLines(
  file: string,
  replayer: Replayer,
  helpers: readonly Helper[],
): AsyncGenerator<PreparedLine> {
  const prepareHere = (line: RawLine) => replayer.prepare(parseLine(line));
  if (helpers.length === 0) {
    for await (const line of readLines(file)) yield prepareHere(line);
    return;
  }
  const reader = readLines(file);
  const ahead: Batch[] = [];
  let done = false;
  const readBatch = async (): Promise<Batch | undefined> => {
    const lines: RawLine[] = [];
    while (!done && lines.length < BATCH) {
      const r = await reader.next();
      if (r.done) done = true;
      else lines.push(r.value);
    }
    return lines.length > 0 ? { lines } : undefined;
  };
  const feed = () => {
    for (const helper of helpers) {
      for (const batch of ahead) {
        if (!helper.ready || helper.waiting.length >= PER_HELPER) break;
        if (batch.result || batch.local) continue;
        const result = new Promise<Prepared>((resolve, reject) => {
          helper.waiting.push({ resolve, reject });
          helper.worker.postMessage(batch.lines);
        });
        batch.result = result;
        // A failed helper is handled when its batch comes up; never an unhandled rejection.
        result.then(
          () => {
            batch.settled = true;
          },
          () => {
            batch.settled = true;
          },
        );
      }
    }
  };
  for (;;) {
    while (!done && ahead.length < LOOKAHEAD) {
      const batch = await readBatch();
      if (batch) ahead.push(batch);
    }
    const batch = ahead[0];
    if (!batch) return;
    feed();
    if (batch.result && !batch.settled) {
      const spare = ahead.findLast((b) => !b.result && !b.local);
      if (spare) {
        // A line that throws is left null, to be prepared again (and throw) in its turn.
        spare.local = spare.lines.map((line) => {
          try {
            return prepareHere(line);
          } catch {
            return null;
          }
        });
        await turn();
        continue;
      }
    }
    ahead.shift();
    let prepared: Prepared | undefined = batch.local;
    if (!prepared && batch.result) {
      try {
        prepared = await batch.result;
      } catch {
        prepared = undefined;
      }
    }
    // Null: the helper could not prepare the line; preparing it here reproduces the outcome.
    for (let i = 0; i < batch.lines.length; i++)
      yield prepared?.[i] ?? prepareHere(batch.lines[i] as RawLine);
  }
}

/** Only what the engine reads of a score crosses back from a helper. */
function slim(line: PreparedLine): PreparedLine {
  if (!line.ok) return line;
  const { risk, families, reasons, fingerprints, features } = line.prepared.score;
  const score: RequestVerdict = {
    risk,
    families,
    reasons,
    fingerprints,
    features: {
      singleTurn: features.singleTurn,
      toolCount: features.toolCount,
      maxReasoning: features.maxReasoning,
    },
  };
  return { ...line, prepared: { score, parts: line.prepared.parts } };
}

/** A helper thread: prepare each batch of raw lines posted to it, in order. */
function runPreparer(policy: Policy): void {
  const replayer = createReplayer(policy);
  parentPort?.postMessage(READY);
  parentPort?.on('message', (lines: RawLine[]) => {
    parentPort?.postMessage(
      lines.map((line) => {
        try {
          return slim(replayer.prepare(parseLine(line)));
        } catch {
          return null;
        }
      }),
    );
  });
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE) {
  runPreparer((workerData as { policy: Policy }).policy);
}

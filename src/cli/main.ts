import type { CliIo, Command } from './io.ts';

/** Commands load lazily so `account-id` does not pay for the server's imports. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  serve: { summary: 'run the Node sidecar', load: async () => (await import('./serve.ts')).serveCommand },
  check: { summary: 'validate a policy file', load: async () => (await import('./check.ts')).checkCommand },
  score: {
    summary: 'score requests (JSONL) for extraction risk',
    load: async () => (await import('./score.ts')).scoreCommand,
  },
  replay: {
    summary: 'replay a traffic trace (JSONL) through the engine in virtual time',
    load: async () => (await import('./replay.ts')).replayCommand,
  },
  simulate: {
    summary: 'write seeded synthetic traffic (benign, hard negatives, campaigns) for replay',
    load: async () => (await import('./simulate.ts')).simulateCommand,
  },
  watermark: {
    summary: 'embed a watermark, detect one in a corpus, calibrate the detector',
    load: async () => (await import('./watermark.ts')).watermarkCommand,
  },
  'account-id': {
    summary: 'print the account id derived from an API key',
    load: async () => (await import('./account-id.ts')).accountIdCommand,
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `usage: distill-guard <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nRun "distill-guard <command> --help" for a command's options.\n`;
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return 0;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    io.stderr(`unknown command: ${name}\n\n${usage()}`);
    return 2;
  }
  return (await entry.load())(rest, io);
}

function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

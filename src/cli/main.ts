import type { CliIo, Command } from './io.ts';

const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {};

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  const entry = name === undefined ? undefined : commands[name];
  if (!entry) {
    io.stderr(`usage: distill-guard <command> [options]\n`);
    return name === undefined || name === '--help' ? 0 : 2;
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

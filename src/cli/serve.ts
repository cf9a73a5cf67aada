import { PolicyError } from '../policy/parse.ts';
import { startSidecar } from '../runtime/node/sidecar.ts';
import { parseCommandArgs, UsageError, withUsage } from './args.ts';
import type { Command } from './io.ts';

const USAGE = `usage: distill-guard serve [--policy FILE] [--port N] [--host ADDR]

Run the Node sidecar. Without --policy it runs on the embedded defaults.
  --policy FILE   policy YAML (hot-reloaded on change; the last good policy is kept)
  --port N        listen port (default 8787, or $PORT)
  --host ADDR     listen address (default 127.0.0.1, or $HOST)
Environment: UPSTREAM_ANTHROPIC_URL, UPSTREAM_OPENAI_URL override the policy's
upstreams; ACCOUNT_ID_SECRET and WATERMARK_SECRET hold the secrets.
`;

export const serveCommand: Command = (args, io) =>
  withUsage(io, USAGE, async () => {
    const { values } = parseCommandArgs(
      args,
      { policy: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } },
      false,
    );
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    const portText = values.port ?? io.env.PORT ?? '8787';
    const port = Number(portText);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`invalid port: ${portText}`);
    let sidecar: Awaited<ReturnType<typeof startSidecar>>;
    try {
      sidecar = await startSidecar({
        ...(values.policy ? { policyPath: values.policy } : {}),
        port,
        host: values.host ?? io.env.HOST ?? '127.0.0.1',
        env: io.env,
      });
    } catch (err) {
      if (!(err instanceof PolicyError)) throw err;
      for (const p of err.problems) io.stderr(`${p.file}:${p.line}:${p.col} ${p.message}\n`);
      return 1;
    }
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await sidecar.close();
    return 0;
  });

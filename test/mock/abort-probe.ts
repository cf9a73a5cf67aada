import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A tiny upstream that reports, over HTTP, whether a request's connection was closed before it
 * answered: how tests running inside workerd (which cannot see a Node server's events) check
 * that the Worker cancels its upstream request. Any path; `x-probe-id` names the request,
 * `x-probe-mode` is `hang` (never answer) or `stall` (SSE headers and one event, then silence).
 * `GET /status?id=…` answers `{ seen, aborted }`.
 */
export async function startAbortProbe(): Promise<{ url: string; close(): Promise<void> }> {
  const seen = new Map<string, { aborted: boolean }>();
  const open = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://probe');
    if (url.pathname === '/status') {
      const state = seen.get(url.searchParams.get('id') ?? '');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ seen: state !== undefined, aborted: state?.aborted ?? false }));
      return;
    }
    const id = String(req.headers['x-probe-id'] ?? '');
    const state = { aborted: false };
    seen.set(id, state);
    open.add(res);
    req.resume();
    res.on('close', () => {
      open.delete(res);
      if (!res.writableFinished) state.aborted = true;
    });
    if (req.headers['x-probe-mode'] === 'stall') {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('event: ping\ndata: {"type":"ping"}\n\n');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((r) => {
        for (const res of open) res.destroy();
        server.close(() => r());
      }),
  };
}

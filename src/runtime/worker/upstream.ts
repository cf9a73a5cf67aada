import { GatewayError } from '../../gateway/errors.ts';
import type { Upstream, UpstreamRequest, UpstreamResponse } from '../../gateway/upstream.ts';

/**
 * Reads the upstream body with an idle timer per chunk. Silence longer than `idleMs` cancels
 * the upstream and errors the stream with `upstream_idle_timeout`; a broken connection is
 * `upstream_stream_truncated`; the client going away cancels the upstream read.
 */
function idleGuarded(body: ReadableStream<Uint8Array>, idleMs: number, abort: () => void) {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const idle = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new GatewayError('upstream_idle_timeout')), idleMs);
        });
        try {
          const { done, value } = await Promise.race([reader.read(), idle]);
          if (done) controller.close();
          else controller.enqueue(value);
        } catch (err) {
          abort();
          reader.cancel().catch(() => {});
          controller.error(
            err instanceof GatewayError ? err : new GatewayError('upstream_stream_truncated', { cause: err }),
          );
        } finally {
          if (timer !== undefined) clearTimeout(timer);
        }
      },
      cancel(reason) {
        abort();
        return reader.cancel(reason).catch(() => {});
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * `cf-connecting-ip`, `cf-ray`, `cf-ipcountry`… describe the hop from the client to this Worker;
 * they mean nothing to the upstream (and Cloudflare rejects some of them on subrequests).
 */
function withoutCloudflareHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (!name.startsWith('cf-')) out[name] = value;
  return out;
}

/**
 * The Worker's upstream: `fetch`. The Worker cannot see the TCP/TLS connect on its own
 * (Cloudflare's edge makes it), so one timer bounds connect plus response headers:
 * `firstByteMs` → `upstream_timeout`; a refused or failed connection is `upstream_unreachable`.
 * `encodeResponseBody: 'manual'` keeps the body as the upstream encoded it, so the core decodes
 * gzip/deflate itself exactly as on Node (workerd would otherwise decode it and keep the header).
 * Redirects are returned, not followed, as the sidecar does.
 */
export function createFetchUpstream(fetcher: typeof fetch = fetch): Upstream {
  return async (req: UpstreamRequest): Promise<UpstreamResponse> => {
    if (req.signal.aborted) throw new GatewayError('client_closed');
    const controller = new AbortController();
    const onClientAbort = () => controller.abort();
    req.signal.addEventListener('abort', onClientAbort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, req.timeouts.firstByteMs);
    let res: Response;
    try {
      res = await fetcher(req.url, {
        method: req.method,
        headers: withoutCloudflareHeaders(req.headers),
        ...(req.body ? { body: req.body } : {}),
        redirect: 'manual',
        signal: controller.signal,
        encodeResponseBody: 'manual',
      } as RequestInit);
    } catch (err) {
      req.signal.removeEventListener('abort', onClientAbort);
      if (timedOut) throw new GatewayError('upstream_timeout', { cause: err });
      if (req.signal.aborted) throw new GatewayError('client_closed', { cause: err });
      throw new GatewayError('upstream_unreachable', { cause: err });
    } finally {
      clearTimeout(timer);
    }
    const bodiless = res.status === 204 || res.status === 304 || req.method === 'HEAD' || !res.body;
    if (bodiless) {
      req.signal.removeEventListener('abort', onClientAbort);
      await res.body?.cancel().catch(() => {});
      return { status: res.status, headers: res.headers, body: null };
    }
    const body = idleGuarded(res.body as ReadableStream<Uint8Array>, req.timeouts.idleMs, () =>
      controller.abort(),
    );
    return { status: res.status, headers: new Headers(res.headers), body };
  };
}

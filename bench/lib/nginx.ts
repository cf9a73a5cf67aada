import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * nginx as a user-level reverse proxy (toolchain.md §3): `nginx -p DIR -c DIR/nginx.conf` with
 * `daemon off`, one worker, every path under DIR. The proxy keeps upstream connections alive
 * (HTTP/1.1, `keepalive`, an empty `Connection` header) and does not buffer responses, so SSE
 * flows through as it arrives.
 */
export function nginxConfig(dir: string, listen: number, upstreamPort: number): string {
  for (const d of ['logs', 'client', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
    mkdirSync(join(dir, d), { recursive: true });
  const conf = `
daemon off;
master_process on;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/client;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  keepalive_requests 1000000;
  upstream mock { server 127.0.0.1:${upstreamPort}; keepalive 256; keepalive_requests 1000000; }
  server {
    listen 127.0.0.1:${listen};
    location / {
      proxy_pass http://mock;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_buffering off;
      proxy_request_buffering off;
    }
  }
}
`;
  const file = join(dir, 'nginx.conf');
  writeFileSync(file, conf);
  return file;
}

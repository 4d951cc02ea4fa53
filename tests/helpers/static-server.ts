import { createReadStream, existsSync, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

export interface StaticSite {
  url: string;
  close: () => Promise<void>;
}

/**
 * `dist/` served on a free loopback port, as a static host would serve it: at the root,
 * or under `prefix` (`/union-reports/`) with nothing outside it, and the site's own
 * 404.html for what is missing.
 */
export async function serveStatic(root: string, prefix = '/'): Promise<StaticSite> {
  const server: Server = createServer((req, res) => {
    const requested = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const missing = () => {
      const page = join(root, '404.html');
      if (!existsSync(page)) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      res.writeHead(404, { 'Content-Type': TYPES['.html']! });
      createReadStream(page).pipe(res);
    };
    if (!requested.startsWith(prefix)) return missing();
    const path = normalize(`/${requested.slice(prefix.length)}`);
    let file = join(root, path);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return missing();
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${prefix.replace(/\/$/, '')}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

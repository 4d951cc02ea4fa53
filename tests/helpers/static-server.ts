import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
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

interface HeaderRule {
  path: RegExp;
  headers: Array<[string, string]>;
}

/**
 * The site's `_headers`, read as Cloudflare Pages reads it: a path line (`*` for any
 * characters), then indented `Name: value` lines; every rule whose path matches applies.
 */
function headerRules(root: string): HeaderRule[] {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      rules.push({ path: new RegExp(`^${pattern}$`), headers: [] });
      continue;
    }
    const at = line.indexOf(':');
    rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return rules;
}

/** The headers `_headers` gives a path; a header two rules give is joined with a comma, as hosts do. */
function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules.filter((r) => r.path.test(path))) {
    for (const [name, value] of rule.headers) out[name] = out[name] ? `${out[name]}, ${value}` : value;
  }
  return out;
}

export interface StaticSite {
  url: string;
  close: () => Promise<void>;
}

/**
 * `dist/` served on a free loopback port, as a static host would serve it: at the root,
 * or under `prefix` (`/union-reports/`) with nothing outside it, the site's own 404.html
 * for what is missing, and the headers its `_headers` gives.
 */
export async function serveStatic(root: string, prefix = '/'): Promise<StaticSite> {
  const rules = headerRules(root);
  const server: Server = createServer((req, res) => {
    const requested = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const missing = () => {
      const page = join(root, '404.html');
      if (!existsSync(page)) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      res.writeHead(404, { 'Content-Type': TYPES['.html']! });
      createReadStream(page).pipe(res);
    };
    for (const [name, value] of Object.entries(headersFor(rules, requested))) res.setHeader(name, value);
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

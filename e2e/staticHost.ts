// A plain static host for e2e tests that need one: files from a folder whose root can be switched (a redeploy),
// unknown paths answered with index.html (200 text/html, as SPA hosts do), and no security headers at all.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

export interface StaticHost {
  origin: string;
  /** Serve another folder from now on (a redeploy). */
  setRoot: (dir: string) => void;
  /** Paths requested so far, in order. */
  requests: string[];
  close: () => Promise<void>;
}

/** Starts the host on `host:port`; `pages` adds fixed pages (path → HTML) served before the folder. */
export async function startStaticHost(
  rootDir: string,
  port: number,
  host = '127.0.0.1',
  pages: Record<string, string> = {},
): Promise<StaticHost> {
  let root = resolve(rootDir);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      requests.push(path);
      if (pages[path] !== undefined) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
        res.end(pages[path]);
        return;
      }
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      const isFile = await stat(file).then(
        (s) => s.isFile(),
        () => false,
      );
      if (!isFile) file = join(root, 'index.html'); // the SPA fallback every static host offers
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(body);
    })().catch(() => {
      res.writeHead(500).end();
    });
  });
  await new Promise<void>((done) => server.listen(port, host, done));
  return {
    origin: `http://${host === '127.0.0.1' ? '127.0.0.1' : host}:${port}`,
    setRoot: (dir) => {
      root = resolve(dir);
    },
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

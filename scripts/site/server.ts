// A local web server on 127.0.0.1 for the demo page, e2e fixtures and bench pages. Port 0 by
// default: a busy port is never an error.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, normalize } from 'node:path';

export interface SiteServer {
  origin: string;
  /** Registers a page served from memory (generated pages). */
  page(path: string, html: string): void;
  close(): Promise<void>;
}

export async function startSite(options: { root: string; port?: number }): Promise<SiteServer> {
  const pages = new Map<string, string>();
  const fixtures = join(options.root, 'e2e/fixtures');
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let html = pages.get(path);
    if (html === undefined && path.startsWith('/fixtures/')) {
      const file = normalize(join(fixtures, path.slice('/fixtures/'.length)));
      if (file.startsWith(fixtures)) {
        try {
          html = readFileSync(file, 'utf8');
        } catch {
          html = undefined;
        }
      }
    }
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
  });
  await listen(server, options.port ?? 0);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    page: (path, html) => pages.set(path, html),
    close: () =>
      new Promise((resolve) => {
        // Without this, keep-alive sockets hold close() for about a minute.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' && port !== 0) {
        console.log(`port ${port} is busy; using a free one`);
        server.listen(0, '127.0.0.1', () => resolve());
      } else reject(error);
    });
    server.listen(port, '127.0.0.1', () => resolve());
  });
}

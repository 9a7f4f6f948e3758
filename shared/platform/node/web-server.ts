import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { APP_CSP } from '../../app-csp';
import { MIME_TYPES, safeAssetPath } from './safe-asset-path';

/** vite writes built files as assets/<name>-<hash>.<ext>. */
function isHashedAsset(url: string): boolean {
  return /^\/assets\/[^/?#]+-[\w-]{8,}\.\w+(?:[?#].*)?$/.test(url);
}

export type WebServer = Readonly<{ url: string; server: Server; close: () => Promise<void> }>;

/**
 * Serves the built web app (dist/) on localhost only, with the app's CSP as a
 * header. Used by `npm start` when Electron is missing, `npm run web`, and e2e.
 */
export async function serveWebApp(root: string, port = 0): Promise<WebServer> {
  const server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405).end();
        return;
      }
      const file = safeAssetPath(root, req.url ?? '/');
      const info = file ? await stat(file).catch(() => null) : null;
      if (!file || !info?.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Hittades inte');
        return;
      }
      res.writeHead(200, {
        'content-type': MIME_TYPES[path.extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
        'content-security-policy': APP_CSP,
        'x-content-type-options': 'nosniff',
        // Built assets carry a content hash in their name: cache them for good, so a second start reuses the
        // 34 MB duckdb-wasm module (and Chromium's compiled-code cache for it). index.html is always revalidated.
        'cache-control': isHashedAsset(req.url ?? '/')
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${actual}/`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

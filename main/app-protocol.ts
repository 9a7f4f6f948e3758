import { net, protocol } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_CSP } from '../shared/app-csp';
import { safeAssetPath } from '../shared/platform/node/safe-asset-path';
import { APP_SCHEME } from './window-options';

/**
 * Must run before app 'ready'. codeCache lets V8 keep compiled code for app:// (Electron ≥ 28), which is
 * what makes a second start skip compiling the duckdb-wasm module; not measurable here (no Electron binary).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        stream: true,
        codeCache: true,
      },
    },
  ]);
}

/** Serve dist/ under app://oj-analys/, refusing path traversal, with the CSP header. */
export function handleAppProtocol(distRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'oj-analys' ? safeAssetPath(distRoot, url.pathname) : null;
    if (!file) return new Response('Hittades inte', { status: 404 });
    const response = await net.fetch(pathToFileURL(path.resolve(file)).toString());
    const headers = new Headers(response.headers);
    headers.set('content-security-policy', APP_CSP);
    headers.set('x-content-type-options', 'nosniff');
    if (file.endsWith('.wasm')) headers.set('content-type', 'application/wasm');
    return new Response(response.body, { status: response.status, headers });
  });
}

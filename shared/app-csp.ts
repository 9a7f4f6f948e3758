/**
 * The app's Content-Security-Policy: the same text is in renderer/index.html
 * (meta) and sent as a header by the web server and Electron's app protocol.
 * wasm needs 'wasm-unsafe-eval' only — never 'unsafe-eval'; no remote origin.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

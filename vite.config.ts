import { defineConfig, type Plugin } from 'vite';
import { buildEmptyWorkspaceFile } from './shared/platform/node/empty-workspace-file';
import { EMPTY_WORKSPACE_ASSET } from './shared/workspace/new-workspace';

/**
 * The empty workspace the app starts with, as a database file made by our own migrations at build
 * time (shared/platform/node/empty-workspace-file.ts), beside index.html; the dev server makes it on
 * first request.
 */
function emptyWorkspaceAsset(): Plugin {
  let made: Promise<Uint8Array> | null = null;
  const file = () => (made ??= buildEmptyWorkspaceFile());
  return {
    name: 'oj-empty-workspace',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: EMPTY_WORKSPACE_ASSET, source: await file() });
    },
    configureServer(server) {
      server.middlewares.use(`/${EMPTY_WORKSPACE_ASSET}`, (_request, response) => {
        // Not made: the app builds the workspace in the page instead (startNewWorkspace).
        file().then(
          (bytes) => response.end(bytes),
          () => {
            response.statusCode = 404;
            response.end();
          },
        );
      });
    },
  };
}

// React without @vitejs/plugin-react: esbuild compiles the JSX (automatic
// runtime); we give up fast refresh, which the e2e path never uses.
export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: false,
  esbuild: { jsx: 'automatic' },
  plugins: [emptyWorkspaceAsset()],
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    // The engine wasm must never be inlined as base64.
    assetsInlineLimit: 0,
  },
  server: { strictPort: false },
});

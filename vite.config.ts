import { defineConfig } from 'vite';

// React without @vitejs/plugin-react: esbuild compiles the JSX (automatic
// runtime); we give up fast refresh, which the e2e path never uses.
export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: false,
  esbuild: { jsx: 'automatic' },
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

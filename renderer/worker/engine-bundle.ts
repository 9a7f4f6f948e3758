// The eh bundle only: every Chromium we run in (Electron, Debian chromium)
// supports wasm exceptions, and shipping one pair halves the size.
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { BrowserBundle } from '../../shared/platform/browser/duckdb-browser';

export const ENGINE_BUNDLE: BrowserBundle = { wasmUrl, workerUrl };

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/unit/**/*.test.ts',
      'test/integration/**/*.test.ts',
      'test/regression/**/*.test.ts',
      'test/fuzz/**/*.test.ts',
    ],
    environment: 'node',
    // duckdb-wasm instantiates in ≈2 s per engine on two cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});

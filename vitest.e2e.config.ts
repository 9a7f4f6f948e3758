import { defineConfig } from 'vitest/config';

// e2e: real Chromium (Debian's /usr/bin/chromium) via playwright-core against
// the built web app (dist/), one spec file at a time on our two cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});

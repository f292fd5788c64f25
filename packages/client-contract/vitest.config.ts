import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // Every test makes real requests to one loopback server, one after another: the server answers
    // each request with the scenario the test set, so files and tests never run in parallel.
    fileParallelism: false,
    sequence: { concurrent: false },
    // Real clients on a loaded 2-core machine: the slowest (ccxt's first import) takes seconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    setupFiles: ['src/test-support/loopback-only.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
});

import { defineConfig } from 'vitest/config';

// Its own config, so Vitest does not climb to the root one (Storybook's browser projects).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // The hostile and 1,000x inputs check what the parser returns, not how fast: on this project's
    // 2-core machine, shared and loaded, a megabyte case can pass 5 s (Vitest's default). Speed is
    // what `pnpm bench` measures; a quadratic step would still blow far past this (it took 201 s).
    testTimeout: 60_000,
    setupFiles: ['src/test-support/fast-check-setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
});

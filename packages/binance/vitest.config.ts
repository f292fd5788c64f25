import { defineConfig } from 'vitest/config';

// Its own config, so Vitest does not climb to the root one (Storybook's browser projects).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // Property tests check results, not speed: a loaded 2-core CI machine must not fail them on time.
    testTimeout: 60_000,
    setupFiles: ['src/rules/test-support/fast-check-setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
});

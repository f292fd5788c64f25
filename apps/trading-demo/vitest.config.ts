import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    projects: [
      { test: { name: 'unit', environment: 'node', include: ['src/**/*.test.ts'] } },
      // The app as a person uses it, by role and visible text, on the in-page transport.
      // Generous timeout: CI runs these beside the story tests on two cores, and the first test also
      // pays for loading the whole app.
      { test: { name: 'ui', environment: 'happy-dom', include: ['src/**/*.test.tsx'], testTimeout: 30_000 } },
      {
        // The built app in Debian's Chromium over loopback; one browser, tests in order.
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['e2e/**/*.e2e.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

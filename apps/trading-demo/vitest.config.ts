import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    projects: [
      { test: { name: 'unit', environment: 'node', include: ['src/**/*.test.ts'] } },
      // The app as a person uses it, by role and visible text, on the in-page transport.
      { test: { name: 'ui', environment: 'happy-dom', include: ['src/**/*.test.tsx'] } },
      {
        // The built app in Debian's Chromium over loopback; one browser, tests in order.
        test: { name: 'e2e', environment: 'node', include: ['e2e/**/*.e2e.test.ts'], testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false },
      },
    ],
  },
});

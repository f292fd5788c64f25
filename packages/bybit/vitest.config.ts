import { defineConfig } from 'vitest/config';

// Its own config, so Vitest does not climb to the root one (Storybook's browser projects).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
});

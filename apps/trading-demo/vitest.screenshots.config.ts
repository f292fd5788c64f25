import { defineConfig } from 'vitest/config';

// Not a test run: `pnpm screenshots` writes docs/screenshots/*.png from the built app.
export default defineConfig({
  test: {
    include: ['scripts/**/*.shot.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM as executablePath, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

const chromiumArgs = [...CHROMIUM_ARGS];

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'happy-dom',
          // The storm tests (100,000 errors) check results, not speed: a loaded CI core must not fail them on time.
          testTimeout: 60_000,
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/**/*.browser.test.tsx'],
          setupFiles: ['src/test-support/setup.ts'],
          typecheck: { enabled: true, include: ['src/**/*.test-d.tsx'], tsconfig: './tsconfig.json' },
        },
      },
      {
        // Everything the tests and the lazily loaded details chunk import, bundled up front: a
        // dependency found mid-run makes Vite re-bundle, and a second copy of React breaks hooks.
        optimizeDeps: {
          include: [
            'react',
            'react/jsx-runtime',
            'react/jsx-dev-runtime',
            'react-dom',
            'react-dom/client',
            'i18next',
            'react-i18next',
            'axe-core',
            '@testing-library/react',
            '@testing-library/user-event',
            '@testing-library/jest-dom/vitest',
          ],
        },
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.tsx'],
          setupFiles: ['src/test-support/browser-setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            // The clipboard is read back in the redaction tests.
            provider: playwright({
              launchOptions: { executablePath, args: chromiumArgs },
              contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});

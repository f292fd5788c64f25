import { playwright } from '@vitest/browser-playwright';
import type { BrowserContextOptions } from 'playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM as executablePath, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

const chromiumArgs = [...CHROMIUM_ARGS];

/** Vitest browser mode in Debian's Chromium, with the shipped stylesheet and the app's React. */
function browserProject({
  name,
  include,
  exclude = [],
  contextOptions,
}: {
  name: string;
  include: string[];
  exclude?: string[];
  contextOptions: BrowserContextOptions;
}) {
  return {
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
      name,
      include,
      exclude,
      setupFiles: ['src/test-support/browser-setup.ts'],
      browser: {
        enabled: true,
        headless: true,
        // The clipboard is read back in the redaction tests.
        provider: playwright({
          launchOptions: { executablePath, args: chromiumArgs },
          contextOptions: { permissions: ['clipboard-read', 'clipboard-write'], ...contextOptions },
        }),
        instances: [{ browser: 'chromium' as const }],
      },
    },
  };
}

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
      browserProject({
        name: 'browser',
        include: ['src/**/*.browser.test.tsx'],
        exclude: ['src/**/*.touch.browser.test.tsx'],
        contextOptions: {},
      }),
      // A phone: touch events, a coarse pointer, no hover (Playwright's touch emulation); the tests set
      // the viewport. The runner page stays laptop-sized, so the test's frame is never scaled down.
      browserProject({
        name: 'touch',
        include: ['src/**/*.touch.browser.test.tsx'],
        contextOptions: {
          hasTouch: true,
          isMobile: true,
          deviceScaleFactor: 2,
          viewport: { width: 1280, height: 1000 },
        },
      }),
    ],
  },
});

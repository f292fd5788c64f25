// Story tests: every story (its render, its play function and its axe check) runs in Debian's
// Chromium, once per toolbar combination: English and Chinese, light and dark.
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM as executablePath, CHROMIUM_ARGS } from './scripts/chromium.mjs';

const args = [...CHROMIUM_ARGS];
const COMBINATIONS = [
  ['en', 'light'],
  ['zh', 'light'],
  ['en', 'dark'],
  ['zh', 'dark'],
] as const;

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/storybook.json' },
    projects: COMBINATIONS.map(([locale, theme]) => ({
      plugins: [storybookTest({ configDir: '.storybook' })],
      // Read by .storybook/preview.tsx as the initial toolbar values.
      define: {
        'import.meta.env.STORYBOOK_LOCALE': JSON.stringify(locale),
        'import.meta.env.STORYBOOK_THEME': JSON.stringify(theme),
      },
      test: {
        name: `stories ${locale} ${theme}`,
        browser: {
          enabled: true,
          headless: true,
          provider: playwright({ launchOptions: { executablePath, args } }),
          instances: [{ browser: 'chromium' }],
        },
      },
    })),
  },
});

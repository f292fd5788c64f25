import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, openApp, startHarness, type Harness } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const SCREENS = ['trade', 'account', 'mmp', 'log', 'chaos', 'settings'] as const;

describe.each([
  ['en', 'light'],
  ['en', 'dark'],
  ['zh', 'light'],
  ['zh', 'dark'],
] as const)('axe, %s, %s theme', (language, theme) => {
  it('finds no WCAG A/AA violation on any screen, with an error toast up and a log entry open', async () => {
    const { page, context, problems } = await openApp(harness, { language, theme });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language === 'zh' ? 'zh-CN' : 'en');
    await page.locator('.chain-table').waitFor();
    // An error on screen, beside its field and in the log.
    await page.locator('#ticket-quantity').fill('0');
    await page.locator('.ticket form button.buy').click();
    await page.locator('[data-ee-toast]').first().waitFor();
    const found: Record<string, unknown[]> = {};
    for (const screen of SCREENS) {
      await page.evaluate((s) => (window.location.hash = `#/${s}`), screen);
      await page.waitForFunction(
        (s) => document.querySelector(`nav a[href="#/${s}"][aria-current="page"]`) !== null,
        screen,
      );
      if (screen === 'log') await page.locator('.log-table tbody button').first().click();
      if (screen === 'mmp') await page.locator('form h3').first().waitFor();
      const violations = await axe(page);
      if (violations.length > 0) found[screen] = violations;
    }
    expect(found).toEqual({});
    expect(problems).toEqual([]);
    await context.close();
  });
});

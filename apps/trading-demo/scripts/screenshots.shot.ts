/**
 * `pnpm screenshots`: the README's pictures of the main screens in en and zh, taken from the built app
 * in Debian's Chromium. Run by Vitest only as a TypeScript runner (see vitest.screenshots.config.ts);
 * not part of the test count.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import { openApp, startHarness, type Harness } from '../e2e/harness.js';

const out = (name: string) => fileURLToPath(new URL(`../docs/screenshots/${name}.png`, import.meta.url));
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function invalidOrder(page: Page) {
  await page.locator('.chain-table').waitFor();
  await page.getByRole('button', { name: /BTC-\d{6}-100000-C/ }).last().click();
  await page.locator('#ticket-quantity').fill('0.015');
  await page.locator('.ticket form button.buy').click();
  await page.locator('[data-ee-toast]').first().waitFor();
  await page.locator('#ticket-price').fill('');
  await page.locator('#ticket-quantity').fill('0.1');
}

it.each(['en', 'zh'] as const)('trade screen, %s', async (language) => {
  const { page, context } = await openApp(harness, { language, theme: 'light' });
  await page.setViewportSize({ width: 1400, height: 860 });
  await invalidOrder(page);
  await page.locator('.ticket form button.buy').click();
  await page.waitForTimeout(500);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: out(`trade-${language}`) });
  await context.close();
});

it.each(['en', 'zh'] as const)('storm and error log, %s, dark', async (language) => {
  const { page, context } = await openApp(harness, { language, theme: 'dark', hash: '#/chaos' });
  await page.setViewportSize({ width: 1400, height: 860 });
  await page.locator('input[type="number"]').nth(1).fill('500');
  await page.locator('button.primary').click();
  await page.getByText(/500/).first().waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: out(`storm-${language}-dark`) });
  await page.evaluate(() => (window.location.hash = '#/log'));
  await page.locator('.log-table tbody button').first().click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: out(`log-${language}-dark`) });
  await context.close();
});

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
  await page
    .getByRole('button', { name: /BTC-\d{6}-100000-C/ })
    .last()
    .click();
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

const PRODUCT_LABELS = {
  en: {
    spot: 'Spot',
    usdm: 'USDⓈ-M futures',
    type: 'Type',
    price: 'Price',
    quantity: 'Quantity',
    replace: 'Order to replace (optional)',
    reduceOnly: 'Reduce only',
    buy: 'Buy',
  },
  zh: {
    spot: '现货',
    usdm: 'U本位合约',
    type: '类型',
    price: '价格',
    quantity: '数量',
    replace: '要替换的订单号 (可选)',
    reduceOnly: '只减仓',
    buy: '买入',
  },
} as const;

// One code, two products: -2022 from a Spot cancel-replace and from a USDⓈ-M reduce-only order,
// each toast in its own product's words (the stack laid out by hovering it).
it.each(['en', 'zh'] as const)('the same code from Spot and USDⓈ-M, %s', async (language) => {
  const l = PRODUCT_LABELS[language];
  const { page, context } = await openApp(harness, { language, theme: 'light' });
  await page.setViewportSize({ width: 1400, height: 860 });
  await page.getByRole('radio', { name: l.spot, exact: true }).check();
  await page.getByLabel(l.price, { exact: true }).fill('50000');
  await page.getByLabel(l.quantity, { exact: true }).fill('0.001');
  await page.getByLabel(l.replace, { exact: true }).fill('42');
  await page.getByRole('button', { name: l.buy, exact: true }).click();
  await page.locator('[data-ee-toast]').first().waitFor();
  await page.getByRole('radio', { name: l.usdm, exact: true }).check();
  await page.getByLabel(l.type, { exact: true }).selectOption('MARKET');
  await page.getByLabel(l.quantity, { exact: true }).fill('0.01');
  await page.getByLabel(l.reduceOnly, { exact: true }).check();
  await page.getByRole('button', { name: l.buy, exact: true }).click();
  await page.locator('[data-ee-toast]').nth(1).waitFor();
  await page.waitForTimeout(500);
  await page.locator('[data-ee-toast]').first().hover();
  await page.waitForTimeout(300);
  await page.screenshot({ path: out(`products-${language}`) });
  await context.close();
});

// Spot and USDⓈ-M rules: a USDⓈ-M market order under the minimum notional, explained beside the
// quantity with its fix, sent anyway, its toast saying the same.
it.each(['en', 'zh'] as const)('a USDⓈ-M order checked as typed and sent anyway, %s', async (language) => {
  const l = PRODUCT_LABELS[language];
  const { page, context } = await openApp(harness, { language, theme: 'light' });
  await page.setViewportSize({ width: 1400, height: 860 });
  await page.locator('.chain-table').waitFor();
  await page.getByRole('radio', { name: l.usdm, exact: true }).check();
  await page.getByLabel(l.type, { exact: true }).selectOption('MARKET');
  await page.getByLabel(l.quantity, { exact: true }).pressSequentially('0.001');
  await page.locator('.field-error[data-code="-4164"]').waitFor();
  await page.getByRole('button', { name: l.buy, exact: true }).click();
  await page.locator('[data-ee-toast] [data-ee-explanation]').first().waitFor();
  await page.waitForTimeout(500);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: out(`rules-${language}`) });
  await context.close();
});

// Bybit through the exchange switch: a USDT perpetual order under the 5 USDT minimum (110094) and a
// 10016 (server error: outcome unknown), each toast in Bybit's words; zh-TW reads its Traditional Chinese.
const BYBIT_LABELS = {
  en: { exchange: 'Exchange', symbol: 'Symbol', type: 'Type', quantity: 'Quantity', buy: 'Buy' },
  'zh-TW': { exchange: '交易所', symbol: '合約', type: '類型', quantity: '數量', buy: '買入' },
} as const;

it.each(['en', 'zh-TW'] as const)('Bybit through the exchange switch, %s', async (language) => {
  const l = BYBIT_LABELS[language];
  const { page, context } = await openApp(harness, { language, theme: 'light' });
  await page.setViewportSize({ width: 1400, height: 860 });
  await page.locator('.chain-table').waitFor();
  await page.getByRole('group', { name: l.exchange }).getByRole('radio', { name: 'Bybit' }).check();
  await page.getByLabel(l.symbol, { exact: true }).fill('ETHUSDT');
  await page.getByLabel(l.type, { exact: true }).selectOption('MARKET');
  const chaos = (on: boolean) =>
    page.evaluate(
      (bybitServerError) =>
        (window as unknown as { exchange: { setChaos: (c: object) => void } }).exchange.setChaos({ bybitServerError }),
      on,
    );
  await chaos(true);
  await page.getByLabel(l.quantity, { exact: true }).fill('0.01');
  await page.getByRole('button', { name: l.buy, exact: true }).click();
  await page.locator('[data-ee-toast]').first().waitFor();
  await chaos(false);
  // Last, so its message stays beside Quantity too.
  await page.getByLabel(l.quantity, { exact: true }).fill('0.001');
  await page.getByRole('button', { name: l.buy, exact: true }).click();
  await page.locator('[data-ee-toast]').nth(1).waitFor();
  await page.waitForTimeout(500);
  await page.locator('[data-ee-toast]').first().hover();
  await page.waitForTimeout(300);
  await page.screenshot({ path: out(`bybit-${language === 'en' ? 'en' : 'zh-tw'}`) });
  await context.close();
});

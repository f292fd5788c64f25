/**
 * One number, two products, in the built app in Debian's Chromium: the ticket's product switch sends
 * a Spot cancel-replace that fails (-2022 "Order cancel-replace failed.") and a USDⓈ-M reduce-only
 * order that would increase the position (-2022 "ReduceOnly Order is rejected."); the two toasts read
 * as each product means it, in English and in Chinese, with the titles and messages of each product's
 * own generated locale. A Spot filter failure reads with its own variant title. axe on the ticket in
 * each product; Buy and Sell stay on top of three such toasts at 1366×768.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, openApp, settled, startHarness, type Harness } from './harness.js';

const require = createRequire(import.meta.url);

type Entry = { title: string; messages: Record<string, string>; titles?: Record<string, string> };
type Locale = { codes: Record<string, Entry> };
const locale = (pkg: 'spot' | 'usdm', lng: 'en' | 'zh') =>
  require(`@exchange-errors/binance-${pkg}/locales/${lng}.json`) as Locale;

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const L = {
  en: {
    spot: 'Spot',
    usdm: 'USDⓈ-M futures',
    options: 'Options',
    symbol: 'Symbol',
    price: 'Price',
    quantity: 'Quantity',
    type: 'Type',
    replace: 'Order to replace (optional)',
    reduceOnly: 'Reduce only',
    buy: 'Buy',
    sell: 'Sell',
    region: 'Notifications (F8)',
    dismiss: 'Dismiss',
  },
  zh: {
    spot: '现货',
    usdm: 'U本位合约',
    options: '期权',
    symbol: '合约',
    price: '价格',
    quantity: '数量',
    type: '类型',
    replace: '要替换的订单号 (可选)',
    reduceOnly: '只减仓',
    buy: '买入',
    sell: '卖出',
    region: '通知（F8）',
    dismiss: '关闭通知',
  },
} as const;

/** The toast's visible text, with what a code span may wrap (backticks) set aside. */
const plain = (text: string) => text.replaceAll('`', '');

const toasts = (page: Page, lng: 'en' | 'zh') =>
  page.getByRole('region', { name: L[lng].region }).getByRole('listitem');

async function product(page: Page, lng: 'en' | 'zh', name: 'spot' | 'usdm' | 'options') {
  await page.getByRole('radio', { name: L[lng][name], exact: true }).check();
}

async function fill(page: Page, lng: 'en' | 'zh', label: 'price' | 'quantity' | 'replace', value: string) {
  await page.getByLabel(L[lng][label], { exact: true }).fill(value);
}

/** Spot: a cancel-replace of an order the exchange does not hold (STOP_ON_FAILURE): -2022. */
async function spotCancelReplace(page: Page, lng: 'en' | 'zh') {
  await product(page, lng, 'spot');
  await fill(page, lng, 'price', '50000');
  await fill(page, lng, 'quantity', '0.001');
  await fill(page, lng, 'replace', '42');
  await page.getByRole('button', { name: L[lng].buy, exact: true }).click();
}

/** USDⓈ-M: a reduce-only market buy with no position, which would open one: -2022. */
async function usdmReduceOnly(page: Page, lng: 'en' | 'zh') {
  await product(page, lng, 'usdm');
  await page.getByLabel(L[lng].type, { exact: true }).selectOption('MARKET');
  await fill(page, lng, 'quantity', '0.01');
  await page.getByLabel(L[lng].reduceOnly, { exact: true }).check();
  await page.getByRole('button', { name: L[lng].buy, exact: true }).click();
}

/** Spot: a price off the 0.01 tick: -1013 "Filter failure: PRICE_FILTER". */
async function spotFilterFailure(page: Page, lng: 'en' | 'zh') {
  await product(page, lng, 'spot');
  // The ticket keeps a type both products take: MARKET from the USDⓈ-M order.
  await page.getByLabel(L[lng].type, { exact: true }).selectOption('LIMIT');
  await fill(page, lng, 'replace', '');
  await fill(page, lng, 'price', '50000.005');
  await fill(page, lng, 'quantity', '0.001');
  await page.getByRole('button', { name: L[lng].buy, exact: true }).click();
}

describe.each([
  ['en', 'light'],
  ['zh', 'dark'],
] as const)('the same code from two products (%s, %s theme)', (lng, theme) => {
  it('-2022 from Spot and from USDⓈ-M read as each product means it; a filter failure has its own title; axe finds nothing', async () => {
    const { page, context, problems } = await openApp(harness, { language: lng, theme });
    await page.locator('.chain-table').waitFor();
    const spot = locale('spot', lng).codes['-2022']!;
    const usdm = locale('usdm', lng).codes['-2022']!;
    expect(spot.title).not.toBe(usdm.title);

    await spotCancelReplace(page, lng);
    const spotToast = toasts(page, lng).filter({ hasText: spot.title });
    await spotToast.waitFor();
    const spotText = plain(await spotToast.innerText());
    expect(spotText).toContain(plain(spot.messages['default']!));
    expect(spotText).toContain('-2022');
    expect(await page.getByLabel(L[lng].replace, { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await settled(page);
    expect(await axe(page)).toEqual([]);

    await usdmReduceOnly(page, lng);
    const usdmToast = toasts(page, lng).filter({ hasText: usdm.title });
    await usdmToast.waitFor();
    const usdmText = plain(await usdmToast.innerText());
    expect(usdmText).toContain(plain(usdm.messages['default']!));
    expect(usdmText).toContain('-2022');
    expect(usdmText).not.toContain(spot.title);
    expect(spotText).not.toContain(usdm.title);
    expect(await page.getByLabel(L[lng].reduceOnly, { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await settled(page);
    expect(await axe(page)).toEqual([]);

    // The details say where each came from: the request line has the product's own path.
    await usdmToast.getByRole('button', { name: lng === 'en' ? 'Details' : '详情' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('POST /fapi/v1/order');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await spotFilterFailure(page, lng);
    const filter = locale('spot', lng).codes['-1013']!;
    const filterTitle = filter.titles?.['filterPriceFilter'];
    expect(filterTitle).toBeTruthy();
    expect(filterTitle).not.toBe(filter.title);
    const filterToast = toasts(page, lng).filter({ hasText: filterTitle! });
    await filterToast.waitFor();
    expect(plain(await filterToast.innerText())).toContain(plain(filter.messages['filterPriceFilter']!));
    expect(await page.getByLabel(L[lng].price, { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await settled(page);
    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('at 1366×768 with three toasts from Spot and USDⓈ-M', () => {
  it('Buy and Sell stay the topmost element at their centre, collapsed or expanded, and a real click places a Spot order', async () => {
    const { page, context, problems } = await openApp(harness, { viewport: { width: 1366, height: 768 } });
    await page.locator('.chain-table').waitFor();
    await spotCancelReplace(page, 'en');
    await expect.poll(() => toasts(page, 'en').count()).toBe(1);
    await usdmReduceOnly(page, 'en');
    await expect.poll(() => toasts(page, 'en').count()).toBe(2);
    await spotFilterFailure(page, 'en');
    await expect.poll(() => toasts(page, 'en').count()).toBe(3);

    const topmost = async (name: string) => {
      const button = page.getByRole('button', { name, exact: true });
      await button.scrollIntoViewIfNeeded();
      return button.evaluate((element) => {
        const rect = element.getBoundingClientRect();
        const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
        return hit !== null && (hit === element || element.contains(hit));
      });
    };
    expect(await topmost('Buy')).toBe(true);
    expect(await topmost('Sell')).toBe(true);
    await toasts(page, 'en').first().hover();
    expect(await topmost('Buy')).toBe(true);
    expect(await topmost('Sell')).toBe(true);

    await fill(page, 'en', 'price', '50000');
    await page.getByRole('button', { name: 'Buy', exact: true }).click();
    await page.getByText(/^Buy 0\.001 BTCUSDT at 50000: open \(order \d+\)$/).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});

/**
 * Bybit in the built app, in Debian's Chromium, in English, Simplified and Traditional Chinese: the
 * ticket's exchange switch sends Bybit's orders to `/v5/order/create`, whose refusals come back as HTTP
 * 200 with a retCode. A 110094 reads with the title and message of the bybit package's generated locale
 * (zh-TW: its Traditional Chinese) in the toast and beside Quantity; a 10016 reads as an unknown
 * outcome; an order Bybit accepts shows its id and no error. A Binance-only session fetches none of
 * Bybit's chunks (told apart by their source maps) until the switch is used; then the catalog and the
 * trader's language alone. axe finds nothing on the switch and the ticket at 1280×720 and on a 360 px
 * phone, where nothing scrolls sideways.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, openApp, settled, startHarness, type Harness } from './harness.js';

const require = createRequire(import.meta.url);

type Lng = 'en' | 'zh' | 'zh-TW';
type Locale = { codes: Record<string, { title: string; messages: Record<string, string> }> };
/** The bybit package's namespace in the language the kit serves each of the app's with. */
const KIT_LANGUAGE = { en: 'en', zh: 'zh', 'zh-TW': 'zh-Hant' } as const;
const locale = (lng: Lng) => require(`@exchange-errors/bybit/locales/${KIT_LANGUAGE[lng]}.json`) as Locale;

/** The built app's chunks made of the bybit package only (its catalog and each language), by source map. */
function bybitChunks(): Map<string, string> {
  const assets = fileURLToPath(new URL('../dist/assets/', import.meta.url));
  const chunks = new Map<string, string>();
  for (const file of readdirSync(assets).filter((f) => f.endsWith('.js.map'))) {
    const { sources } = JSON.parse(readFileSync(`${assets}${file}`, 'utf8')) as { sources: string[] };
    if (sources.length > 0 && sources.every((s) => s.includes('packages/bybit/')))
      chunks.set(file.replace(/\.map$/, ''), sources[0]!.replace(/.*\/generated\//, ''));
  }
  return chunks;
}

let harness: Harness;
let chunks: Map<string, string>;
beforeAll(async () => {
  harness = await startHarness();
  chunks = bybitChunks();
});
afterAll(async () => {
  await harness?.close();
});

const L = {
  en: {
    exchange: 'Exchange',
    usdm: 'USDⓈ-M futures',
    symbol: 'Symbol',
    quantity: 'Quantity',
    type: 'Type',
    reduceOnly: 'Reduce only',
    buy: 'Buy',
    region: 'Notifications (F8)',
    unknown: 'Result unknown',
    htmlLang: 'en',
  },
  zh: {
    exchange: '交易所',
    usdm: 'U本位合约',
    symbol: '合约',
    quantity: '数量',
    type: '类型',
    reduceOnly: '只减仓',
    buy: '买入',
    region: '通知（F8）',
    unknown: '结果未知',
    htmlLang: 'zh-CN',
  },
  // The kit's own strings in Traditional Chinese (the region's name is the same in both scripts).
  'zh-TW': {
    exchange: '交易所',
    usdm: 'U本位合約',
    symbol: '合約',
    quantity: '數量',
    type: '類型',
    reduceOnly: '只減倉',
    buy: '買入',
    region: '通知（F8）',
    unknown: '結果未知',
    htmlLang: 'zh-TW',
  },
} as const;

const plain = (text: string) => text.replaceAll('`', '');
const toasts = (page: Page, lng: Lng) => page.getByRole('region', { name: L[lng].region }).getByRole('listitem');

/** The Bybit chunks the page has asked for so far. */
function watchBybitChunks(page: Page): string[] {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const file = new URL(request.url()).pathname.split('/').pop() ?? '';
    const chunk = chunks.get(file);
    if (chunk) fetched.push(chunk);
  });
  return fetched;
}

async function toBybit(page: Page, lng: Lng) {
  await page.getByRole('group', { name: L[lng].exchange }).getByRole('radio', { name: 'Bybit' }).check();
  // The symbol's rules from instruments-info, under it.
  await expect
    .poll(() => page.getByLabel(L[lng].symbol, { exact: true }).getAttribute('aria-describedby'))
    .toBeTruthy();
}

/** ETHUSDT: 0.001 at market is worth about 3.4 USDT, under the 5 USDT minimum: 110094. */
async function tooSmall(page: Page, lng: Lng) {
  await page.getByLabel(L[lng].symbol, { exact: true }).fill('ETHUSDT');
  await page.getByLabel(L[lng].type, { exact: true }).selectOption('MARKET');
  await page.getByLabel(L[lng].quantity, { exact: true }).fill('0.001');
  // The ticket keeps Reduce only across products: a reduce-only order is exempt from the minimum.
  await page.getByLabel(L[lng].reduceOnly, { exact: true }).uncheck();
  await page.getByRole('button', { name: L[lng].buy, exact: true }).click();
}

const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe.each([
  ['en', 'light'],
  ['zh', 'dark'],
  ['zh-TW', 'light'],
] as const)('Bybit through the exchange switch (%s, %s theme)', (lng, theme) => {
  it('a Binance-only session fetches nothing of Bybit’s; Bybit’s 110094 and 10016 read in its words; an accepted order shows no error; axe finds nothing at 1280×720', async () => {
    const { page, context, problems } = await openApp(harness, {
      language: lng,
      theme,
      viewport: { width: 1280, height: 720 },
    });
    const fetched = watchBybitChunks(page);
    await page.locator('.chain-table').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(L[lng].htmlLang);
    expect(chunks.size).toBeGreaterThanOrEqual(4);

    // Binance as before: a USDⓈ-M reduce-only buy with no position, -2022 from its own locale.
    await page.getByRole('radio', { name: L[lng].usdm, exact: true }).check();
    await page.getByLabel(L[lng].type, { exact: true }).selectOption('MARKET');
    await page.getByLabel(L[lng].quantity, { exact: true }).fill('0.01');
    await page.getByLabel(L[lng].reduceOnly, { exact: true }).check();
    await page.getByRole('button', { name: L[lng].buy, exact: true }).click();
    await toasts(page, lng).filter({ hasText: '-2022' }).waitFor();
    // Past the kit's idle prefetch (every registered product's catalog) and the ticket's polls' chunks.
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);

    await toBybit(page, lng);
    await settled(page);
    expect(await axe(page)).toEqual([]);
    await expect.poll(() => [...new Set(fetched)].sort()).toEqual(['catalog.js', `locales/${KIT_LANGUAGE[lng]}.js`]);

    const entry = locale(lng).codes['110094']!;
    await tooSmall(page, lng);
    const toast = toasts(page, lng).filter({ hasText: entry.title });
    await toast.waitFor();
    const text = plain(await toast.innerText());
    expect(text).toContain(entry.messages['default']);
    expect(text).toContain('110094');
    expect(text).not.toContain(L[lng].unknown);
    const quantity = page.getByLabel(L[lng].quantity, { exact: true });
    expect(await quantity.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#ticket-quantity-error').innerText()).toContain(entry.messages['default']);
    await settled(page);
    expect(await axe(page)).toEqual([]);

    // 10016: the order may or may not have been placed.
    await page.evaluate(() =>
      (window as unknown as { exchange: { setChaos: (c: object) => void } }).exchange.setChaos({
        bybitServerError: true,
      }),
    );
    await quantity.fill('0.01');
    await page.getByRole('button', { name: L[lng].buy, exact: true }).click();
    const unknown = toasts(page, lng).filter({ hasText: L[lng].unknown });
    await unknown.waitFor();
    expect(await unknown.innerText()).toContain('10016');

    // retCode 0: the status line has the order's id, and no toast comes.
    await page.evaluate(() =>
      (window as unknown as { exchange: { setChaos: (c: object) => void } }).exchange.setChaos({
        bybitServerError: false,
      }),
    );
    const before = await toasts(page, lng).count();
    await page.getByRole('button', { name: L[lng].buy, exact: true }).click();
    await page
      .locator('.ticket .status')
      .filter({ hasText: /ETHUSDT.*[0-9a-f]{8}-[0-9a-f]{4}/ })
      .waitFor();
    await page.waitForTimeout(500);
    expect(await toasts(page, lng).count()).toBe(before);
    // Only the language on screen was ever fetched of Bybit's texts.
    expect([...new Set(fetched)].sort()).toEqual(['catalog.js', `locales/${KIT_LANGUAGE[lng]}.js`]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('on a 360×640 phone: the switch and the ticket with a Bybit error are axe-clean and nothing scrolls sideways', async () => {
    const { page, context, problems } = await openApp(harness, {
      language: lng,
      theme,
      viewport: { width: 360, height: 640 },
      touch: true,
    });
    await page.locator('.chain-table').waitFor();
    await page.getByRole('group', { name: L[lng].exchange }).scrollIntoViewIfNeeded();
    await toBybit(page, lng);
    await settled(page);
    expect(await axe(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    await tooSmall(page, lng);
    await toasts(page, lng)
      .filter({ hasText: locale(lng).codes['110094']!.title })
      .waitFor();
    await settled(page);
    expect(await axe(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });
});

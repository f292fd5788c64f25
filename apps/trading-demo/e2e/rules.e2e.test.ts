/**
 * Spot and USDⓈ-M order rules in the built app, in Debian's Chromium, in English (light) and Chinese
 * (dark), at 1280×720 and on a 360 px phone (touch): the ticket validates against the exchange's own
 * exchangeInfo as the trader types; a Spot LOT_SIZE failure is explained beside Quantity with the
 * symbol's numbers, fixed with its button and the order filled (Spot's balances show it); a USDⓈ-M
 * market order below MIN_NOTIONAL is explained at the mark price, sent anyway, and its toast's
 * details carry the same explanation and the fix, which fills the ticket; the order then fills and
 * its position is listed. exchangeInfo failing (chaos) is said in the ticket, and Retry brings the
 * checks back. axe finds nothing with the inline error up and with the details open.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, openApp, settled, startHarness, type Harness } from './harness.js';

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
    type: 'Type',
    quantity: 'Quantity',
    buy: 'Buy',
    sell: 'Sell',
    region: 'Notifications (F8)',
    details: 'Details',
    use: (v: string) => `Use ${v}`,
    lotSize:
      'Quantity 0.000105 is not a multiple of the step size 0.00001: the nearest valid quantities are 0.0001 and 0.00011.',
    marketNotional:
      /^At the mark price \d+(\.\d+)?, 0\.001 is worth \d+(\.\d+)? USDT, below the minimum order value 100 USDT for BTCUSDT \(reduce-only orders are exempt\): the smallest quantity is 0\.002\.$/,
    spotFilled: /^Buy 0\.0001 BTCUSDT at market: filled \(order \d+\)$/,
    usdmFilled: /^Buy 0\.002 BTCUSDT at market: filled \(order \d+\)$/,
    balances: 'Spot balances',
    positions: 'USDⓈ-M futures positions',
    long: 'Long',
    unavailable:
      'Spot trading rules could not be loaded: orders are not checked before sending; the exchange checks them when it receives them.',
    retry: 'Load the rules again',
    failing: 'Fails with a network error',
    normal: 'Answers normally',
    trade: 'Trade',
    chaos: 'Chaos',
  },
  zh: {
    spot: '现货',
    usdm: 'U本位合约',
    options: '期权',
    type: '类型',
    quantity: '数量',
    buy: '买入',
    sell: '卖出',
    region: '通知（F8）',
    details: '详情',
    use: (v: string) => `改用 ${v}`,
    lotSize: '数量 0.000105 不是数量步进值 0.00001 的整数倍，最接近的有效数量为 0.0001 和 0.00011。',
    marketNotional:
      /^按标记价格 \d+(\.\d+)? 计算，数量 0\.001 的名义价值为 \d+(\.\d+)? USDT，低于 BTCUSDT 的最小名义价值 100 USDT（只减仓订单除外），最小数量为 0\.002。$/,
    spotFilled: /^买入 0\.0001 BTCUSDT，市价：已成交（订单 \d+）$/,
    usdmFilled: /^买入 0\.002 BTCUSDT，市价：已成交（订单 \d+）$/,
    balances: '现货资产',
    positions: 'U本位合约持仓',
    long: '多头',
    unavailable: '现货的交易规则未能加载：下单前不检查订单，由交易所在收到订单时检查。',
    retry: '重新加载规则',
    failing: '以网络错误失败',
    normal: '正常应答',
    trade: '交易',
    chaos: '故障注入',
  },
} as const;
type Lng = keyof typeof L;

const SCREENS = [
  { name: '1280×720', viewport: { width: 1280, height: 720 }, touch: false },
  { name: '360×640 phone', viewport: { width: 360, height: 640 }, touch: true },
] as const;

/** A tap on a phone, a click elsewhere. */
const press = (target: Locator, touch: boolean) => (touch ? target.tap() : target.click());

const toasts = (page: Page, lng: Lng) => page.getByRole('region', { name: L[lng].region }).getByRole('listitem');

async function product(page: Page, lng: Lng, name: 'spot' | 'usdm' | 'options') {
  await page.getByRole('radio', { name: L[lng][name], exact: true }).check();
}

/** The field's inline error, found as a screen reader finds it: through its aria-describedby. */
async function inlineExplanation(page: Page, label: string): Promise<string> {
  const input = page.getByLabel(label, { exact: true });
  await expect.poll(() => input.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  for (const id of ids) {
    const explanation = page.locator(`[id="${id}"] [data-explanation]`);
    if ((await explanation.count()) > 0) return explanation.innerText();
  }
  throw new Error(`no explanation described ${label}`);
}

/** Whether a click (or a thumb) at the element's centre hits it. */
async function topmost(target: Locator): Promise<boolean> {
  await target.scrollIntoViewIfNeeded();
  return target.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return hit !== null && (hit === element || element.contains(hit));
  });
}

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** axe at the page's top: on a phone a field half under the sticky Buy/Sell row reads as a small target. */
async function axeClean(page: Page, touch: boolean) {
  if (touch) await page.evaluate(() => window.scrollTo(0, 0));
  await settled(page);
  expect(await axe(page)).toEqual([]);
}

describe.each(SCREENS)('Spot and USDⓈ-M rules at $name', ({ viewport, touch }) => {
  describe.each([
    ['en', 'light'],
    ['zh', 'dark'],
  ] as const)('in %s (%s theme)', (lng, theme) => {
    const l = L[lng];

    it('Spot LOT_SIZE explained and fixed, then filled; USDⓈ-M MIN_NOTIONAL explained, sent anyway, fixed from the details, filled', async () => {
      const { page, context, problems } = await openApp(harness, { language: lng, theme, viewport, touch });
      await page.locator('.chain-table').waitFor();

      // Spot: a market buy of 0.000105 BTC, off the 0.00001 step.
      await product(page, lng, 'spot');
      await page.getByLabel(l.type, { exact: true }).selectOption('MARKET');
      await page.getByLabel(l.quantity, { exact: true }).pressSequentially('0.000105');
      expect(await inlineExplanation(page, l.quantity)).toBe(l.lotSize);
      const fixes = page.locator('.field-error .fixes');
      expect(await fixes.getByRole('button').allInnerTexts()).toEqual([l.use('0.0001'), l.use('0.00011')]);
      // A thumb-sized fix on a phone.
      if (touch) expect((await fixes.getByRole('button').first().boundingBox())?.height).toBeGreaterThanOrEqual(44);
      const buy = page.getByRole('button', { name: l.buy, exact: true });
      expect(await buy.isEnabled()).toBe(true);
      expect(await topmost(buy)).toBe(true);
      expect(await sideways(page)).toBe(0);
      await axeClean(page, touch);

      await press(fixes.getByRole('button', { name: l.use('0.0001'), exact: true }), touch);
      const quantity = page.getByLabel(l.quantity, { exact: true });
      expect(await quantity.inputValue()).toBe('0.0001');
      expect(await quantity.getAttribute('aria-invalid')).toBeNull();
      expect(await quantity.evaluate((e) => e === document.activeElement)).toBe(true);
      await press(buy, touch);
      await page.getByText(l.spotFilled).waitFor();
      // The fill shows in Spot's balances: 0.1 BTC before, more after.
      const btc = page
        .getByRole('region', { name: l.balances })
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'BTC', exact: true }) });
      await expect.poll(async () => Number((await btc.locator('td').first().innerText()).trim())).toBeGreaterThan(0.1);

      // USDⓈ-M: a market buy of 0.001 BTC, under the 100 USDT minimum at the mark price.
      await product(page, lng, 'usdm');
      await page.getByLabel(l.type, { exact: true }).selectOption('MARKET');
      await quantity.fill('');
      await quantity.pressSequentially('0.001');
      const inline = await inlineExplanation(page, l.quantity);
      expect(inline).toMatch(l.marketNotional);
      expect(await page.locator('.field-error[data-code="-4164"]').count()).toBe(1);
      await axeClean(page, touch);

      // Sent anyway: the exchange answers -4164, and the toast explains it the same way.
      await press(buy, touch);
      const toast = toasts(page, lng).filter({ hasText: '-4164' });
      await toast.waitFor();
      const explained = toast.locator('[data-ee-explanation]');
      await explained.waitFor();
      expect(await explained.innerText()).toMatch(l.marketNotional);
      await expect.poll(() => page.locator('.field-error[data-source="exchange"]').count()).toBe(1);
      expect(await page.locator('.field-error[data-source="exchange"] [data-explanation]').innerText()).toBe(
        await explained.innerText(),
      );
      expect(await topmost(buy)).toBe(true);
      expect(await topmost(page.getByRole('button', { name: l.sell, exact: true }))).toBe(true);

      await press(toast.getByRole('button', { name: l.details, exact: true }), touch);
      const dialog = page.getByRole('dialog');
      await dialog.locator('.ee-details__suggestions').waitFor();
      expect(await dialog.innerText()).toContain(await explained.innerText());
      expect(await sideways(page)).toBe(0);
      await settled(page);
      expect(await axe(page)).toEqual([]);
      await press(dialog.getByRole('button', { name: l.use('0.002'), exact: true }), touch);
      await dialog.waitFor({ state: 'hidden' });
      // The kit applies a fix from the details once its modal has closed: a moment after it hides.
      await expect.poll(() => quantity.inputValue()).toBe('0.002');
      expect(await quantity.getAttribute('aria-invalid')).toBeNull();

      await press(buy, touch);
      await page.getByText(l.usdmFilled).waitFor();
      const positions = page.getByRole('region', { name: l.positions });
      await positions.getByRole('row').filter({ hasText: 'BTCUSDT' }).filter({ hasText: l.long }).waitFor();
      expect(await positions.getByRole('row').filter({ hasText: 'BTCUSDT' }).innerText()).toContain('0.002');
      expect(await sideways(page)).toBe(0);
      await axeClean(page, touch);
      expect(problems).toEqual([]);
      await context.close();
    });
  });
});

describe('when exchangeInfo cannot be fetched', () => {
  it.each(['en', 'zh'] as const)(
    '%s: the ticket says its checks are off and the exchange alone judges; Retry brings the checks back',
    async (lng) => {
      const l = L[lng];
      const { page, context, problems } = await openApp(harness, {
        language: lng,
        viewport: { width: 1280, height: 720 },
      });
      await page.locator('.chain-table').waitFor();
      // Every request fails as a dropped connection (the chaos screen) while the ticket switches to Spot.
      await page.getByRole('link', { name: l.chaos, exact: true }).click();
      await page.getByRole('radio', { name: l.failing, exact: true }).check();
      await page.getByRole('link', { name: l.trade, exact: true }).click();
      await product(page, lng, 'spot');
      const notice = page.getByRole('status').filter({ hasText: l.unavailable });
      await notice.waitFor();
      await page.getByLabel(l.type, { exact: true }).selectOption('MARKET');
      const quantity = page.getByLabel(l.quantity, { exact: true });
      await quantity.pressSequentially('0.000105');
      await page.waitForTimeout(800);
      expect(await quantity.getAttribute('aria-invalid')).toBeNull();

      // The exchange is back; the ticket still has no rules, so the exchange's answer is the check.
      await page.getByRole('link', { name: l.chaos, exact: true }).click();
      await page.getByRole('radio', { name: l.normal, exact: true }).check();
      await page.getByRole('link', { name: l.trade, exact: true }).click();
      await notice.waitFor();
      // axe once the polls' failures have stopped arriving (a toast fading in reads as low contrast).
      await page.waitForTimeout(1000);
      await settled(page);
      expect(await axe(page)).toEqual([]);
      await page.getByRole('button', { name: l.buy, exact: true }).click();
      await toasts(page, lng).filter({ hasText: 'LOT_SIZE' }).waitFor();
      await expect.poll(() => page.locator('.field-error[data-source="exchange"][data-code="-1013"]').count()).toBe(1);

      await page.getByRole('button', { name: l.retry, exact: true }).click();
      await notice.waitFor({ state: 'detached' });
      await quantity.fill('');
      await quantity.pressSequentially('0.000105');
      expect(await inlineExplanation(page, l.quantity)).toBe(l.lotSize);
      expect(await page.locator('.field-error[data-source="check"]').count()).toBe(1);
      expect(problems).toEqual([]);
      await context.close();
    },
  );
});

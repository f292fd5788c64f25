/**
 * Issue 11 in the built app, in Debian's Chromium: the ticket checks an order as the trader types it
 * and offers the fixes as buttons; a rejection's toast explains it with the same sentence as the
 * inline error; values read in the trader's language (no "MINUTE" in Chinese, no literal backticks,
 * a ban end as a date). In English and in Chinese.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listExpiries, symbolOf } from '../src/exchange/instruments.js';
import { axe, openApp, startHarness, type Harness } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const SYMBOL = symbolOf('BTCUSDT', listExpiries(Date.now())[1]!, 100_000, 'CALL');

const LANGUAGES = {
  en: {
    symbol: 'Symbol',
    price: 'Price',
    quantity: 'Quantity',
    buy: 'Buy',
    region: 'Notifications (F8)',
    use: (v: string) => `Use ${v}`,
    offTick: 'Price 12306 is not a multiple of the tick size 5: the nearest valid prices are 12305 and 12310.',
    tooPrecise: `Quantity 0.015 has 3 decimal places, but ${SYMBOL} allows at most 2: the nearest valid quantities are 0.01 and 0.02.`,
    details: 'Details',
    stormCount: 'Requests in the storm',
    storm: 'Start rate-limit storm',
  },
  zh: {
    symbol: '合约',
    price: '价格',
    quantity: '数量',
    buy: '买入',
    region: '通知（F8）',
    use: (v: string) => `改用 ${v}`,
    offTick: '价格 12306 不是最小价格变动单位 5 的整数倍，最接近的有效价格为 12305 和 12310。',
    tooPrecise: `数量 0.015 有 3 位小数，${SYMBOL} 最多允许 2 位，最接近的有效数量为 0.01 和 0.02。`,
    details: '详情',
    stormCount: '风暴请求数',
    storm: '开始限频风暴',
  },
} as const;

const toasts = (page: Page, region: string) => page.getByRole('region', { name: region }).getByRole('listitem');

/** The error block under a field, found the way a screen reader finds it: the field's aria-describedby. */
async function describedBy(page: Page, label: string) {
  const input = page.getByLabel(label, { exact: true });
  const id = await input.getAttribute('aria-describedby');
  return { input, text: id ? page.locator(`[id="${id}"]`) : null };
}

describe.each(['en', 'zh'] as const)('explained rejections (%s)', (language) => {
  const l = LANGUAGES[language];

  it('typing a price off the tick shows the explanation with the numbers; “Use 12305” fixes the field', async () => {
    // Chinese in the dark theme, English in the light one.
    const { page, context, problems } = await openApp(harness, {
      language,
      theme: language === 'zh' ? 'dark' : 'light',
      viewport: { width: 1280, height: 720 },
    });
    await page.locator('.chain-table').waitFor();
    await page.getByLabel(l.symbol, { exact: true }).fill(SYMBOL);
    await page.getByLabel(l.price, { exact: true }).pressSequentially('12306');
    const block = page.locator('.field-error[data-code="-4029"]');
    await block.waitFor();
    const { input, text } = await describedBy(page, l.price);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await text?.locator('[data-explanation]').innerText()).toBe(l.offTick);
    // Inline errors never block sending, and Buy stays what a click at its centre hits.
    const buy = page.getByRole('button', { name: l.buy, exact: true });
    expect(await buy.isEnabled()).toBe(true);
    await buy.scrollIntoViewIfNeeded();
    expect(
      await buy.evaluate((b) => {
        const r = b.getBoundingClientRect();
        return b.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
      }),
    ).toBe(true);
    // The error and its fix buttons pass axe (WCAG 2.x A/AA, contrast included).
    expect(await axe(page)).toEqual([]);

    await block.getByRole('button', { name: l.use('12305') }).click();
    expect(await input.inputValue()).toBe('12305');
    expect(await input.getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('.field-error').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ticket-price');

    // A quantity with more decimals than the symbol allows, then its fix.
    await page.getByLabel(l.quantity, { exact: true }).fill('0.015');
    const quantityError = page.locator('.field-error[data-code="-1111"]');
    await quantityError.waitFor();
    expect(await quantityError.locator('[data-explanation]').innerText()).toBe(l.tooPrecise);
    await quantityError.getByRole('button', { name: l.use('0.02') }).click();
    expect(await page.getByLabel(l.quantity, { exact: true }).inputValue()).toBe('0.02');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an order the exchange rejects: the toast’s explanation line matches the inline one, and its details offer the fix', async () => {
    const { page, context, problems } = await openApp(harness, { language });
    await page.locator('.chain-table').waitFor();
    await page.getByLabel(l.symbol, { exact: true }).fill(SYMBOL);
    await page.getByLabel(l.price, { exact: true }).fill('12306');
    await page.getByLabel(l.quantity, { exact: true }).fill('0.1');
    await page.getByRole('button', { name: l.buy, exact: true }).click();
    const toast = toasts(page, l.region).filter({ hasText: '-4029' }).first();
    await toast.waitFor();
    const toastLine = await toast.locator('[data-ee-explanation]').innerText();
    expect(toastLine).toBe(l.offTick);
    const inline = page.locator('.field-error[data-source="exchange"]');
    await inline.waitFor();
    expect(await inline.getAttribute('data-code')).toBe('-4029');
    expect(await inline.locator('[data-explanation]').innerText()).toBe(toastLine);
    expect(await toast.innerText()).not.toContain('`');

    // The details say it in full and offer the fixes; one click puts it in the ticket.
    await toast.getByRole('button', { name: l.details }).click();
    const dialog = page.getByRole('dialog');
    // (The toaster moves into the modal, so the toast's line is in the dialog too.)
    await dialog.locator('.ee-details__explanation', { hasText: l.offTick }).waitFor();
    await dialog.getByRole('button', { name: l.use('12310') }).click();
    await dialog.waitFor({ state: 'hidden' });
    // The kit hands the fix over once the modal has closed (so the app can move focus): a moment after.
    await expect.poll(() => page.getByLabel(l.price, { exact: true }).inputValue()).toBe('12310');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('ticket-price');
    expect(await page.locator('.field-error').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a parameter the exchange names shows as the ticket’s label or as code, never between literal backticks', async () => {
    const { page, context } = await openApp(harness, { language });
    await page.locator('.chain-table').waitFor();
    await page.getByLabel(l.symbol, { exact: true }).fill(SYMBOL);
    await page.getByLabel(l.price, { exact: true }).fill('12a');
    await page.getByLabel(l.quantity, { exact: true }).fill('0.1');
    await page.getByRole('button', { name: l.buy, exact: true }).click();
    const toast = toasts(page, l.region).filter({ hasText: '-1100' }).first();
    await toast.waitFor();
    const text = await toast.innerText();
    expect(text).not.toContain('`');
    expect(text).toContain(`“${l.price}”`);
    // The legal range the server quoted is code.
    expect(await toast.locator('code.ee-code').first().innerText()).toBe('^([0-9]{1,20})(\\.[0-9]{1,20})?$');
    expect(await page.locator('.field-error').innerText()).not.toContain('`');
    await context.close();
  });
});

describe('values in the trader’s language', () => {
  it('a -1008 toast in Chinese says 分钟, not MINUTE; the details keep the server’s text', async () => {
    const { page, context, problems } = await openApp(harness, { language: 'zh', hash: '#/chaos' });
    const l = LANGUAGES.zh;
    await page.getByLabel(l.stormCount).fill('5');
    await page.getByRole('button', { name: l.storm }).click();
    const toast = toasts(page, l.region).filter({ hasText: '-1008' }).first();
    await toast.waitFor();
    const text = await toast.innerText();
    expect(text).toContain('当前限制为每 1 分钟 2400 请求权重');
    expect(text).not.toContain('MINUTE');
    // The details keep the server's own text for support.
    await toast.getByRole('button', { name: l.details }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/per 1 MINUTE/).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an IP ban (418) says when it ends as a local date-time and how long is left, in Chinese', async () => {
    const { page, context, problems } = await openApp(harness, { language: 'zh', hash: '#/chaos' });
    const l = LANGUAGES.zh;
    await page.getByRole('button', { name: '封禁此 IP（HTTP 418）' }).click();
    const ban = toasts(page, l.region).filter({ hasText: 'IP被禁止' }).first();
    await ban.waitFor({ timeout: 15_000 });
    const banText = await ban.innerText();
    expect(banText).not.toMatch(/\d{13}/);
    expect(banText).toMatch(/直到\s?\d{4}年\d{1,2}月\d{1,2}日/);
    expect(banText).toMatch(/（\d+\s?(秒钟|分钟|小时)后）/);
    await page.getByRole('button', { name: '解除封禁' }).click();
    expect(problems).toEqual([]);
    await context.close();
  });
});

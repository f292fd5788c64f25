/**
 * The demo on a phone, in Debian's Chromium with touch emulation (touch events, a coarse pointer, no
 * hover, the page's meta viewport, 2× pixels) against the production build, at four phone sizes in
 * English and Chinese: with three errors up, Buy and Sell are what a thumb hits at their centre
 * (the toaster keeps clear of the Buy/Sell row and the bottom navigation, both marked
 * `data-ee-keep-clear`); a swipe dismisses a toast and a short one does not (real touches through
 * CDP); Dismiss and Details are 44 × 44 px or more; the details sheet fills the screen with Close
 * at the bottom and Copy and the fixes reachable; no screen scrolls sideways; axe finds nothing.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listExpiries, symbolOf } from '../src/exchange/instruments.js';
import { axe, openApp, settled, startHarness, type Harness } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const SYMBOL = symbolOf('BTCUSDT', listExpiries(Date.now())[1]!, 100_000, 'CALL');
const SCREENS = ['trade', 'account', 'mmp', 'log', 'chaos', 'settings'] as const;

const WORDS = {
  en: { details: 'Details', dismiss: 'Dismiss', close: 'Close', copy: 'Copy', fix: 'Use 12305' },
  zh: { details: '详情', dismiss: '关闭通知', close: '关闭', copy: '复制', fix: '改用 12305' },
} as const;

const toasts = (page: Page) => page.locator('[data-ee-toaster] [data-ee-toast-id]');

/** Three rejections from the ticket, tapped: the newest (in front) is a price off the tick, with fixes. */
async function threeErrors(page: Page) {
  const rejections = [
    { symbol: SYMBOL.replace('100000', '100001'), price: '500', quantity: '0.1' }, // -1121 invalid symbol
    { symbol: SYMBOL, price: '500', quantity: '1000' }, // -4006 quantity above max
    { symbol: SYMBOL, price: '12306', quantity: '0.1' }, // -4029 price off the tick
  ];
  for (const [i, values] of rejections.entries()) {
    await page.locator('#ticket-symbol').fill(values.symbol);
    await page.locator('#ticket-price').fill(values.price);
    await page.locator('#ticket-quantity').fill(values.quantity);
    await page.locator('.ticket form button.buy').tap();
    await expect.poll(() => toasts(page).count()).toBe(i + 1);
  }
  await settled(page);
}

/**
 * Whether a thumb at the element's centre hits it, once scrolled to the middle of its scroller as a
 * person scrolls to what they want to tap: true, or what the thumb hits instead (so a failure says
 * what covers the element).
 */
async function hitAtCentre(page: Page, selector: string): Promise<true | string> {
  const target = page.locator(selector).first();
  await target.evaluate((element) => element.scrollIntoView({ block: 'center', inline: 'nearest' }));
  // Anything that follows the scroll (the toaster's placement) has had its frame.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return target.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    if (hit !== null && (hit === element || element.contains(hit))) return true;
    const name = (node: Element | null) =>
      node
        ? `${node.tagName.toLowerCase()}.${[...node.classList].join('.')} "${(node.textContent ?? '').slice(0, 40)}"`
        : 'nothing';
    return `${name(hit)} in ${name(hit?.parentElement ?? null)} at ${Math.round(rect.left)},${Math.round(rect.top)} ${Math.round(rect.width)}×${Math.round(rect.height)}`;
  });
}

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * A finger moved across the front toast by `distance` px in `steps` moves `stepMs` apart. Each event
 * carries its own timestamp, `stepMs` apart, so the gesture's speed is the one described whatever the
 * machine's load (the toaster reads speed from the events' timestamps, and a busy CI machine delivers
 * them late).
 */
async function swipeFront(page: Page, cdp: CDPSession, distance: number, steps: number, stepMs: number) {
  const box = await toasts(page).first().boundingBox();
  if (!box) throw new Error('no toast to swipe');
  const y = box.y + 24;
  const x = box.x + box.width / 2 - distance / 2;
  const start = Date.now() / 1000;
  const at = (i: number) => start + (i * stepMs) / 1000;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }], timestamp: at(0) });
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x: x + (distance * i) / steps, y }],
      timestamp: at(i),
    });
    if (stepMs > 0) await page.waitForTimeout(stepMs);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [], timestamp: at(steps) });
}

describe.each([
  [320, 568],
  [375, 667],
  [390, 844],
  [412, 915],
])('on a %i×%i phone', (width, height) => {
  describe.each(['en', 'zh'] as const)('in %s', (language) => {
    const words = WORDS[language];

    it('three toasts leave Buy and Sell to the thumb; swipes, targets, the details sheet, no sideways scroll, axe', async () => {
      const { page, context, problems } = await openApp(harness, {
        language,
        theme: language === 'zh' ? 'dark' : 'light',
        viewport: { width, height },
        touch: true,
      });
      expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
      await page.locator('.chain-table').waitFor();
      expect(await sideways(page)).toBe(0);
      await threeErrors(page);

      // Never over Buy, Sell or the navigation.
      for (const selector of ['.ticket form button.buy', '.ticket form button.sell', 'nav a[href="#/log"]'])
        expect(await hitAtCentre(page, selector)).toBe(true);
      // Still so with the chain in view and the ticket's row scrolled away, and at the page's end.
      // axe there too: its target-size rule reads a field half under the sticky Buy/Sell row (as any
      // field is at some scroll position) as a small target, so it runs where nothing is half under it.
      for (const y of [0, 1e6]) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        expect(await hitAtCentre(page, 'nav a[href="#/settings"]')).toBe(true);
        expect(await sideways(page)).toBe(0);
        await settled(page);
        expect(await axe(page)).toEqual([]);
      }

      // Thumb-sized targets.
      const front = toasts(page).first();
      for (const name of [words.details, words.dismiss]) {
        const box = await front.getByRole('button', { name, exact: true }).boundingBox();
        expect(box?.width).toBeGreaterThanOrEqual(44);
        expect(box?.height).toBeGreaterThanOrEqual(44);
      }

      // The details sheet: the whole screen, Close at the bottom, Copy and the fixes reachable.
      await front.getByRole('button', { name: words.details, exact: true }).tap();
      const dialog = page.getByRole('dialog');
      await dialog.locator('.ee-details__suggestions').waitFor();
      await settled(page);
      const sheet = await dialog.boundingBox();
      expect(sheet).toEqual({ x: 0, y: 0, width, height });
      expect(await dialog.evaluate((d) => d.scrollWidth - d.clientWidth)).toBe(0);
      expect(await dialog.locator('.ee-details').evaluate((d) => d.scrollWidth - d.clientWidth)).toBe(0);
      expect(await sideways(page)).toBe(0);
      const close = dialog.getByRole('button', { name: words.close, exact: true }).last();
      const closeBox = await close.boundingBox();
      expect(closeBox!.y + closeBox!.height).toBeGreaterThan(height - 80);
      expect(closeBox!.height).toBeGreaterThanOrEqual(44);
      expect(await hitAtCentre(page, 'dialog .ee-dialog__footer button')).toBe(true);
      expect(await hitAtCentre(page, 'dialog .ee-details__suggestions button')).toBe(true);
      expect(await hitAtCentre(page, 'dialog .ee-details__actions button')).toBe(true);
      expect(await dialog.locator('.ee-details__suggestions button').first().textContent()).toBe(words.fix);
      expect(await axe(page)).toEqual([]);
      await close.tap();
      await dialog.waitFor({ state: 'hidden' });

      // A short, slow swipe puts the toast back; a long one dismisses it; so does a flick.
      const cdp = await context.newCDPSession(page);
      const toastWidth = (await front.boundingBox())!.width;
      await swipeFront(page, cdp, 50, 10, 40);
      await page.waitForTimeout(300);
      expect(await toasts(page).count()).toBe(3);
      await swipeFront(page, cdp, -toastWidth * 0.5, 16, 30);
      await expect.poll(() => toasts(page).count()).toBe(2);
      await swipeFront(page, cdp, 100, 3, 16);
      await expect.poll(() => toasts(page).count()).toBe(1);
      expect(await hitAtCentre(page, '.ticket form button.buy')).toBe(true);

      // Every screen fits the phone's width.
      for (const screen of SCREENS) {
        await page.locator(`nav a[href="#/${screen}"]`).tap();
        await page.waitForFunction(
          (s) => document.querySelector(`nav a[href="#/${s}"][aria-current="page"]`) !== null,
          screen,
        );
        expect({ screen, sideways: await sideways(page) }).toEqual({ screen, sideways: 0 });
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  });
});

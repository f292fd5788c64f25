/**
 * The toaster in the trading screen, in Debian's Chromium against the production build: it never
 * covers the ticket's Buy and Sell buttons at common laptop sizes, a screen reader hears the first
 * error through a live region that was there before it, and new errors stay usable above a modal.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listExpiries, symbolOf } from '../src/exchange/instruments.js';
import { openApp, startHarness, type Harness } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const SYMBOL = symbolOf('BTCUSDT', listExpiries(Date.now())[1]!, 100_000, 'CALL');

async function fillTicket(page: Page, values: { symbol?: string; price?: string; quantity?: string }) {
  // Exact labels: a toast is a group named by its title ("Invalid symbol").
  if (values.symbol !== undefined) await page.getByLabel('Symbol', { exact: true }).fill(values.symbol);
  if (values.price !== undefined) await page.getByLabel('Price', { exact: true }).fill(values.price);
  if (values.quantity !== undefined) await page.getByLabel('Quantity', { exact: true }).fill(values.quantity);
}

const toasts = (page: Page) => page.getByRole('region', { name: 'Notifications (F8)' }).getByRole('listitem');

/** Three different rejections from the ticket itself: three toasts on screen. */
async function threeErrors(page: Page) {
  const rejections = [
    { symbol: SYMBOL.replace('100000', '100001'), price: '500', quantity: '0.1' }, // -1121 invalid symbol
    { symbol: SYMBOL, price: '12a', quantity: '0.1' }, // -1100 illegal characters
    { symbol: SYMBOL, price: '500', quantity: '1000' }, // -4006 quantity above max
  ];
  for (const [i, values] of rejections.entries()) {
    await fillTicket(page, values);
    await page.getByRole('button', { name: 'Buy', exact: true }).click();
    await expect.poll(() => toasts(page).count()).toBe(i + 1);
  }
}

/** Whether the element is what a person hits at its centre (scrolled into view first). */
async function topmostAtCentre(page: Page, name: 'Buy' | 'Sell'): Promise<boolean> {
  const button = page.getByRole('button', { name, exact: true });
  await button.scrollIntoViewIfNeeded();
  return button.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return hit !== null && (hit === element || element.contains(hit));
  });
}

describe.each([
  [1280, 720],
  [1366, 768],
  [1440, 900],
])('at %i×%i with three errors showing', (width, height) => {
  it('the ticket’s Buy and Sell buttons are on top, collapsed or expanded, and a real click places the order', async () => {
    const { page, context, problems } = await openApp(harness, { viewport: { width, height } });
    await page.locator('.chain-table').waitFor();
    await threeErrors(page);

    expect(await topmostAtCentre(page, 'Buy')).toBe(true);
    expect(await topmostAtCentre(page, 'Sell')).toBe(true);
    // Hovered, the stack lays every toast out in full: still clear of the ticket.
    await toasts(page).first().hover();
    expect(await topmostAtCentre(page, 'Buy')).toBe(true);
    expect(await topmostAtCentre(page, 'Sell')).toBe(true);
    for (const toast of await toasts(page).all()) expect(await toast.isVisible()).toBe(true);

    // Real clicks, toasts still up: a buy and a sell reach the exchange.
    expect(await toasts(page).count()).toBe(3);
    await fillTicket(page, { symbol: SYMBOL, price: '5', quantity: '0.1' });
    await page.getByRole('button', { name: 'Buy', exact: true }).click();
    await page.getByText(new RegExp(`Buy 0\\.10 ${SYMBOL} at 5: open`)).waitFor();
    await fillTicket(page, { price: '150000' });
    await page.getByRole('button', { name: 'Sell', exact: true }).click();
    await page.getByText(new RegExp(`Sell 0\\.10 ${SYMBOL} at 150000: open`)).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});

interface AXNode {
  nodeId: string;
  parentId?: string;
  backendDOMNodeId?: number;
  ignored?: boolean;
  role?: { value?: string };
  name?: { value?: string };
  properties?: { name: string; value: { value?: unknown } }[];
}

const liveOf = (node: AXNode) => node.properties?.find((p) => p.name === 'live')?.value.value as string | undefined;

describe('heard by a screen reader', () => {
  it('the first error lands in an assertive live region that existed before it (Chromium accessibility tree)', async () => {
    const { page, context } = await openApp(harness);
    await page.locator('.chain-table').waitFor();
    const cdp = await page.context().newCDPSession(page);
    const tree = async () => ((await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] }).nodes;

    const before = await tree();
    const assertive = before.find((n) => liveOf(n) === 'assertive' && !n.ignored);
    const polite = before.find((n) => liveOf(n) === 'polite' && !n.ignored);
    expect(assertive?.backendDOMNodeId).toBeDefined();
    expect(polite?.backendDOMNodeId).toBeDefined();

    await fillTicket(page, { symbol: SYMBOL, price: '500', quantity: '' });
    await page.getByRole('button', { name: 'Buy', exact: true }).click();
    await toasts(page).first().waitFor();
    const after = await tree();
    const byId = new Map(after.map((n) => [n.nodeId, n]));
    const heard = after.filter(
      (n) =>
        n.role?.value === 'StaticText' &&
        (n.name?.value ?? '').startsWith('Required field missing. Mandatory parameter “Quantity”'),
    );
    expect(heard).toHaveLength(1);
    let region: AXNode | undefined = heard[0];
    while (region && !liveOf(region)) region = region.parentId ? byId.get(region.parentId) : undefined;
    expect(region?.backendDOMNodeId).toBe(assertive?.backendDOMNodeId);
    expect(liveOf(region as AXNode)).toBe('assertive');
    // The toast on screen is not itself live: the error is heard once.
    const shown = after.filter((n) => n.role?.value === 'StaticText' && n.name?.value === 'Required field missing');
    expect(shown.length).toBeGreaterThan(0);
    for (const node of shown) {
      let up: AXNode | undefined = node;
      while (up && !liveOf(up)) up = up.parentId ? byId.get(up.parentId) : undefined;
      expect(up).toBeUndefined();
    }
    await context.close();
  });
});

describe('above a modal', () => {
  it('errors that arrive while the details dialog is open show inside it, clickable, and come back out', async () => {
    const { page, context } = await openApp(harness);
    await page.locator('.chain-table').waitFor();
    await fillTicket(page, { symbol: SYMBOL, price: '500', quantity: '' });
    await page.getByRole('button', { name: 'Buy', exact: true }).click();
    await toasts(page).first().getByRole('button', { name: 'Details' }).click();
    const dialog = page.getByRole('dialog', { name: 'Error details' });
    await dialog.waitFor();
    // The connection drops: background polling fails while the modal is open.
    await page.evaluate(() =>
      (window as unknown as { exchange: { setChaos(c: object): void } }).exchange.setChaos({ failure: 'network' }),
    );
    const connection = dialog
      .getByRole('region', { name: 'Notifications (F8)' })
      .getByRole('listitem')
      .filter({ hasText: 'Connection problem' });
    await connection.waitFor({ timeout: 10_000 });
    await page.evaluate(() =>
      (window as unknown as { exchange: { setChaos(c: object): void } }).exchange.setChaos({ failure: 'none' }),
    );
    // A real click: Playwright refuses to click what the modal's backdrop covers.
    await connection.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => connection.count()).toBe(0);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await toasts(page).filter({ hasText: 'Required field missing' }).count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Details');
    await context.close();
  });
});

/**
 * An error shown before its product's texts are in (an error as the app mounts): the toast is up at
 * once with what is in hand (a generic title for the outcome in the trader's language, the
 * exchange's words, the code), then the catalog's title takes its place. In real Chromium: the live
 * region says it once, in full, and the swap moves nothing on screen (the Layout Instability API
 * reports no shift).
 */
import '@testing-library/jest-dom/vitest';
import { binanceOptions } from '@exchange-errors/binance-options';
import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import type { Language } from '@exchange-errors/core';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { registerCatalogs } from '../catalogs/registry.js';
import { createErrorStore } from '../store/createErrorStore.js';
import { createAppI18n } from '../test-support/render.js';
import { ErrorToaster } from './ErrorToaster.js';

afterEach(() => {
  cleanup();
  // Back to what the other tests expect: Options in memory.
  registerCatalogs(binanceOptionsEager);
});

/** Options as a lazy module whose texts arrive when the test says so. */
function lateTexts(): () => void {
  let open = () => {};
  const gate = new Promise<void>((resolve) => (open = resolve));
  registerCatalogs({
    ...binanceOptions,
    loadTexts: (language: Language) => gate.then(() => binanceOptions.loadTexts(language)),
  });
  return open;
}

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });

/** What the live regions say (each new node once) and the page's layout shifts, from now on. */
function listen() {
  const heard: string[] = [];
  const announcer = document.querySelector('[data-ee-announcer]');
  if (!announcer) throw new Error('no live regions');
  const said = new MutationObserver((records) => {
    for (const record of records) for (const node of Array.from(record.addedNodes)) heard.push(node.textContent ?? '');
  });
  said.observe(announcer, { subtree: true, childList: true });
  const shifts: number[] = [];
  const layout = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
  });
  layout.observe({ type: 'layout-shift' });
  return {
    heard,
    shifts,
    stop() {
      said.disconnect();
      layout.disconnect();
    },
  };
}

describe.each([
  ['en', 'Rejected by the exchange', 'Invalid symbol', 'Invalid symbol. Invalid symbol. Error code -1121'],
  ['zh-CN', '交易所拒绝了请求', '合约代码无效', '合约代码无效。无效的交易对。 错误代码 -1121'],
])('a toast before its texts (%s, Chromium)', (lng, generic, title, announcement) => {
  it('shows at once with what is in hand, then swaps in the title: one announcement, no layout shift', async () => {
    await page.viewport(1280, 720);
    const open = lateTexts();
    const store = createErrorStore({ errorDuration: 'persistent' });
    render(
      <I18nextProvider i18n={createAppI18n({ lng, withCatalog: false })}>
        <ErrorToaster store={store} />
      </I18nextProvider>,
    );
    await waitFor(() => expect(document.querySelector('[data-ee-live="assertive"]')).not.toBeNull());
    const heard = listen();

    act(() => void store.show({ code: -1121, msg: 'Invalid symbol.' }));
    const region = screen.getByRole('region');
    // Visible once its entrance (a fade) is over.
    await waitFor(() => expect(within(region).getByText(generic)).toBeVisible());
    expect(within(region).getByText('Invalid symbol.')).toBeVisible();
    expect(within(region).getByText('-1121')).toBeVisible();
    const toast = region.querySelector('[data-ee-toast]') as HTMLElement;
    // On screen and painted, past its entrance; not said yet: it waits for its texts.
    await new Promise((resolve) => setTimeout(resolve, 400));
    await frames(2);
    const before = toast.getBoundingClientRect();
    expect(heard.heard).toEqual([]);

    act(() => open());
    await waitFor(() => expect(within(region).getByText(title)).toBeVisible());
    await frames(3);
    const after = toast.getBoundingClientRect();
    heard.stop();
    expect(heard.heard).toEqual([announcement]);
    expect(heard.shifts).toEqual([]);
    expect({ top: after.top, left: after.left, height: after.height }).toEqual({
      top: before.top,
      left: before.left,
      height: before.height,
    });
    // The same element all along: nothing re-mounted.
    expect(region.querySelector('[data-ee-toast]')).toBe(toast);
  });
});

describe('a toast whose texts do not come (Chromium)', () => {
  it('is said as it is after a while, once', async () => {
    lateTexts();
    const store = createErrorStore({ errorDuration: 'persistent' });
    render(
      <I18nextProvider i18n={createAppI18n({ lng: 'en', withCatalog: false })}>
        <ErrorToaster store={store} />
      </I18nextProvider>,
    );
    await waitFor(() => expect(document.querySelector('[data-ee-live="assertive"]')).not.toBeNull());
    const heard = listen();
    act(() => void store.show({ code: -1121, msg: 'Invalid symbol.' }));
    await waitFor(() => expect(heard.heard).toHaveLength(1), { timeout: 4000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    heard.stop();
    expect(heard.heard).toEqual(['Rejected by the exchange. Invalid symbol. Error code -1121']);
  });
});

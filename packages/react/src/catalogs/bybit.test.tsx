/**
 * Bybit's module registered like any other (`registerCatalogs(bybitV5)`, the lazy module of
 * `@exchange-errors/bybit`, beside Options from the test setup): a Bybit answer given to `showError`
 * renders in the trader's language, Traditional Chinese for zh-TW (Bybit ships it), Simplified for
 * zh-CN; its catalog and only that language's texts load on the first error.
 */
import { bybitV5 } from '@exchange-errors/bybit';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorDetails } from '../ErrorDetails/ErrorDetails.js';
import { ErrorToaster } from '../ErrorToaster/ErrorToaster.js';
import { createErrorStore } from '../store/createErrorStore.js';
import { showError } from '../store/showError.js';
import { renderWithI18n } from '../test-support/render.js';
import { catalogs, modules, registerCatalogs } from './registry.js';

const ORDER = { request: { method: 'POST', url: 'https://api.bybit.com/v5/order/create' } };
const API_KEY = { retCode: 10003, retMsg: 'API key is invalid.', result: {}, retExtInfo: {}, time: 1713434102752 };
const BALANCE = {
  retCode: 110007,
  retMsg: 'Available balance is insufficient',
  result: {},
  retExtInfo: {},
  time: 1713434102752,
};

let registered: [string, unknown][] = [];
beforeAll(() => {
  registered = Array.from(modules);
  registerCatalogs(bybitV5);
});
afterAll(() => {
  modules.delete('bybit:v5');
  catalogs.delete('bybit:v5');
  expect(Array.from(modules)).toEqual(registered);
});

const toasts = () => within(screen.getByRole('region', { name: /Notifications|通知/ })).queryAllByRole('listitem');

describe('Bybit registered like any other product', () => {
  it('is keyed by its exchange and product', () => {
    expect(modules.get('bybit:v5')).toBe(bybitV5);
    expect(modules.has('binance:options')).toBe(true);
  });

  it('renders a Bybit answer given to showError in Traditional Chinese for zh-TW', async () => {
    const { i18n } = renderWithI18n(<ErrorToaster />, { lng: 'zh-TW' });
    act(() => void showError(API_KEY, ORDER));
    // The meaning of 10003 on a REST path: an invalid API key, in Bybit's own Traditional Chinese.
    await waitFor(() => expect(toasts()[0]).toHaveTextContent('API 金鑰無效'), { timeout: 10_000 });
    expect(toasts()[0]).toHaveTextContent('API金鑰無效。檢查使用的key是否與域名匹配');
    expect(i18n.hasResourceBundle('zh-Hant', 'bybit')).toBe(true);
    expect(i18n.hasResourceBundle('zh', 'bybit')).toBe(false);
  });

  it('renders it in Simplified Chinese for zh-CN, in a store of the app’s own', async () => {
    const store = createErrorStore();
    const { i18n } = renderWithI18n(<ErrorToaster store={store} />, { lng: 'zh-CN' });
    act(() => void store.show(BALANCE, ORDER));
    await waitFor(() => expect(toasts()[0]).toHaveTextContent('可用余额不足'), { timeout: 10_000 });
    expect(toasts()[0]).not.toHaveTextContent('餘額');
    expect(i18n.hasResourceBundle('zh', 'bybit')).toBe(true);
    expect(store.getSnapshot().visible[0]?.resolved).toMatchObject({ exchange: 'bybit', product: 'v5', code: 110007 });
  });

  it('names Bybit in the details: the product, and the docs its link opens', async () => {
    renderWithI18n(<ErrorDetails error={BALANCE} request={ORDER.request} />, { lng: 'en' });
    await waitFor(() => expect(screen.getByText('Product', { selector: 'dt' })).toBeInTheDocument(), {
      timeout: 10_000,
    });
    expect(screen.getByText('Product', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Bybit');
    const link = screen.getByRole('link', { name: /on Bybit’s docs/ });
    expect(link).toHaveAttribute('href', 'https://bybit-exchange.github.io/docs/v5/error#uta');
  });
});

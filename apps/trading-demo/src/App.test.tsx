import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listExpiries, symbolOf } from './exchange/instruments.js';
import { renderRoot } from './test-support/renderRoot.js';

beforeEach(() => {
  localStorage.clear();
  window.location.hash = '';
});
afterEach(() => {
  cleanup();
});

function renderApp(hash = '') {
  window.location.hash = hash;
  return renderRoot();
}

// Listed whatever day the tests run.
const SYMBOL = symbolOf('BTCUSDT', listExpiries(Date.now())[1]!, 100_000, 'CALL');

describe('the order ticket', () => {
  it('shows a rejection as a toast and beside its field, and clears the field error on edit', async () => {
    const { user } = renderApp();
    await user.type(screen.getByLabelText('Symbol'), SYMBOL);
    await user.type(screen.getByLabelText('Price'), '500');
    await user.type(screen.getByLabelText('Quantity'), '0');
    await user.click(screen.getByRole('button', { name: 'Buy' }));

    const region = await screen.findByRole('region', { name: 'Notifications (F8)' });
    const toast = await within(region).findByRole('listitem');
    expect(toast.textContent).toContain('Quantity less than min quantity.');
    // Heard through the toaster's assertive live region, which was there before the error.
    // (Said once the toaster's list, a chunk of its own, has rendered the toast.)
    await waitFor(() =>
      expect(document.querySelector('[data-ee-live="assertive"]')?.textContent).toContain(
        'Quantity less than min quantity.',
      ),
    );
    const quantity = screen.getByLabelText('Quantity');
    expect(quantity.getAttribute('aria-invalid')).toBe('true');
    // The exchange's message and, with the symbol's rules, the rule behind it.
    expect(document.getElementById(quantity.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      `Quantity less than min quantity. (-4004)Quantity 0 is below the minimum quantity 0.01 for ${SYMBOL}.`,
    );

    await user.type(quantity, '.1');
    expect(quantity.getAttribute('aria-invalid')).toBeNull();
  });

  it('renders a hostile server value as text, never as markup, in the toast and the log', async () => {
    const { store, user } = renderApp();
    store.show({
      code: -1102,
      msg: "Mandatory parameter '<img src=x onerror=alert(1)>' was not sent, was empty/null, or malformed.",
    });
    const toast = await within(await screen.findByRole('region', { name: 'Notifications (F8)' })).findByRole(
      'listitem',
    );
    expect(toast.textContent).toContain('<img src=x onerror=alert(1)>');
    await user.click(screen.getByRole('link', { name: 'Error log' }));
    await user.click(await screen.findByRole('button', { name: 'Details #1' }));
    expect(screen.getAllByText(/<img src=x onerror=alert\(1\)>/).length).toBeGreaterThan(1);
    expect(document.querySelector('img')).toBeNull();
  });

  it('a chain price fills the ticket, and a valid order shows in open orders', async () => {
    const { user } = renderApp();
    const ask = await screen.findByRole('button', { name: /^Buy BTC-\d{6}-100000-C at / }, { timeout: 5000 });
    await user.click(ask);
    expect((screen.getByLabelText('Symbol') as HTMLInputElement).value).toMatch(/^BTC-\d{6}-100000-C$/);
    expect((screen.getByLabelText('Price') as HTMLInputElement).value).not.toBe('');
    await user.clear(screen.getByLabelText('Price'));
    await user.type(screen.getByLabelText('Price'), '5');
    await user.type(screen.getByLabelText('Quantity'), '0.1');
    await user.click(screen.getByRole('button', { name: 'Buy' }));
    await screen.findByText(/: open$/);
    await screen.findByRole('button', { name: /^Cancel order \d+/ });
  });
});

describe('the error log', () => {
  it('pages through every error, filters by code, and opens one entry’s details', async () => {
    const { store, user } = renderApp('#/log');
    for (let i = 0; i < 30; i += 1)
      store.show({ code: -1121, msg: 'Invalid symbol.' }, { request: { method: 'POST', url: '/eapi/v1/order' } });
    // -2018 is Options' and USDⓈ-M's: with three products registered, the request says which.
    store.show(
      { code: -2018, msg: 'Balance is insufficient.' },
      { request: { method: 'POST', url: '/eapi/v1/order' } },
    );
    await screen.findByText('31 errors received');
    expect(screen.getByText('Showing 1–25 of 31')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(screen.getByText('Showing 26–31 of 31')).toBeTruthy();
    await user.type(screen.getByLabelText('Filter by code or text'), '-2018');
    await waitFor(() => expect(screen.getByText('Showing 1–1 of 1')).toBeTruthy());
    await user.click(screen.getByRole('button', { name: 'Details #31' }));
    expect(screen.getByRole('button', { name: 'Hide details #31' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('heading', { level: 3, name: 'Insufficient balance' })).toBeTruthy();
  });
});

describe('settings', () => {
  it('refuses a base URL that is not http(s), says why, and keeps the embedded exchange', async () => {
    const { user } = renderApp('#/settings');
    const input = await screen.findByLabelText('Exchange base URL');
    await user.type(input, 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter an http(s) URL without query or fragment, or leave it empty.')).toBeTruthy();
    expect(screen.getByText('Simulated Binance and Bybit exchanges')).toBeTruthy();
    expect(localStorage.getItem('exchange-errors-demo:settings')).toBeNull();
  });
});

describe('language', () => {
  it('switches the app and the kit together, remembers it, and sets <html lang>', async () => {
    const { user } = renderApp();
    await user.selectOptions(screen.getByLabelText('Language'), 'zh');
    expect(await screen.findByRole('heading', { name: '下单' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem('exchange-errors-demo:language')).toBe('zh');
    await user.selectOptions(screen.getByLabelText('语言'), 'en');
  });
});

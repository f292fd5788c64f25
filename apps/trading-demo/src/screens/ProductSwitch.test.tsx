/**
 * The ticket's product switch, as a trader uses it: Spot and USDⓈ-M orders go to their own
 * endpoints, and the same code from each (-2022) reads as that product's error, in the toast and
 * beside the field it concerns, in English and Chinese. By role and visible text, the whole app on
 * the in-page transport; the expected texts come from the product packages' own locales.
 */
import { binanceSpotEager } from '@exchange-errors/binance-spot/eager';
import { binanceUsdmEager } from '@exchange-errors/binance-usdm/eager';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderRoot } from '../test-support/renderRoot.js';

beforeEach(() => {
  localStorage.clear();
  window.location.hash = '';
});
afterEach(() => {
  cleanup();
});

type Texts = {
  codes: Record<string, { title: string; messages: Record<string, string>; titles?: Record<string, string> }>;
};

function renderApp(language: 'en' | 'zh') {
  localStorage.setItem('exchange-errors-demo:language', language);
  return renderRoot();
}

const L = {
  en: {
    product: 'Product',
    spot: 'Spot',
    usdm: 'USDⓈ-M futures',
    options: 'Options',
    symbol: 'Symbol',
    price: 'Price',
    quantity: 'Quantity',
    type: 'Type',
    market: 'Market',
    replace: 'Order to replace (optional)',
    reduceOnly: 'Reduce only',
    buy: 'Buy',
    region: 'Notifications (F8)',
  },
  zh: {
    product: '产品',
    spot: '现货',
    usdm: 'U本位合约',
    options: '期权',
    symbol: '合约',
    price: '价格',
    quantity: '数量',
    type: '类型',
    market: '市价',
    replace: '要替换的订单号 (可选)',
    reduceOnly: '只减仓',
    buy: '买入',
    region: '通知（F8）',
  },
};

async function toastWith(region: string, title: string) {
  const list = await screen.findByRole('region', { name: region });
  return waitFor(() => {
    const found = within(list)
      .queryAllByRole('listitem')
      .find((item) => item.textContent?.includes(title));
    if (!found) throw new Error(`no toast titled ${title}`);
    return found;
  });
}

describe.each(['en', 'zh'] as const)('the product switch (%s)', (language) => {
  const l = L[language];
  const spot = (binanceSpotEager.texts?.[language] as unknown as Texts).codes['-2022']!;
  const usdm = (binanceUsdmEager.texts?.[language] as unknown as Texts).codes['-2022']!;

  it('offers Options, Spot and USDⓈ-M as one radio group, with each product’s fields', async () => {
    const { user } = renderApp(language);
    const group = screen.getByRole('group', { name: l.product });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual([l.options, l.spot, l.usdm]);
    expect((within(group).getByRole('radio', { name: l.options }) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByLabelText(l.replace)).toBeNull();

    await user.click(within(group).getByRole('radio', { name: l.spot }));
    expect((screen.getByLabelText(l.symbol) as HTMLInputElement).value).toBe('BTCUSDT');
    expect(screen.getByLabelText(l.replace)).toBeTruthy();
    expect(screen.queryByLabelText(l.reduceOnly)).toBeNull();
    // Spot's exchangeInfo gives the symbol's rules under it.
    await waitFor(() => expect(screen.getByLabelText(l.symbol).getAttribute('aria-describedby')).toBeTruthy());
    const rules = document.getElementById(screen.getByLabelText(l.symbol).getAttribute('aria-describedby') ?? '');
    expect(rules?.textContent).toMatch(/0\.01.*0\.00001.*5 USDT/);

    await user.click(within(group).getByRole('radio', { name: l.usdm }));
    expect(screen.getByLabelText(l.reduceOnly)).toBeTruthy();
    expect(screen.queryByLabelText(l.replace)).toBeNull();
    await user.selectOptions(screen.getByLabelText(l.type), 'MARKET');
    expect((screen.getByLabelText(l.price) as HTMLInputElement).disabled).toBe(true);
  });

  it('-2022 from Spot reads as a failed cancel-replace, from USDⓈ-M as a rejected reduce-only order', async () => {
    const { user, simulator } = renderApp(language);
    const group = screen.getByRole('group', { name: l.product });

    await user.click(within(group).getByRole('radio', { name: l.spot }));
    await user.type(screen.getByLabelText(l.price), '50000');
    await user.type(screen.getByLabelText(l.quantity), '0.001');
    await user.type(screen.getByLabelText(l.replace), '42');
    await user.click(screen.getByRole('button', { name: l.buy }));
    const spotToast = await toastWith(l.region, spot.title);
    expect(spotToast.textContent).toContain(spot.messages['default']);
    expect(spotToast.textContent).toContain('-2022');
    // Beside the order it could not cancel.
    await waitFor(() => expect(screen.getByLabelText(l.replace).getAttribute('aria-invalid')).toBe('true'));

    await user.click(within(group).getByRole('radio', { name: l.usdm }));
    await user.selectOptions(screen.getByLabelText(l.type), 'MARKET');
    await user.clear(screen.getByLabelText(l.quantity));
    await user.type(screen.getByLabelText(l.quantity), '0.01');
    await user.click(screen.getByLabelText(l.reduceOnly));
    await user.click(screen.getByRole('button', { name: l.buy }));
    const usdmToast = await toastWith(l.region, usdm.title);
    expect(usdmToast.textContent).toContain('-2022');
    expect(usdmToast.textContent).not.toContain(spot.title);
    expect(spotToast.textContent).not.toContain(usdm.title);
    await waitFor(() => expect(screen.getByLabelText(l.reduceOnly).getAttribute('aria-invalid')).toBe('true'));
    expect(simulator.usdm.positions.size).toBe(0);
  });

  it('places a Spot order and says so with its id; Options keeps its own checks', async () => {
    const { user, simulator } = renderApp(language);
    const group = screen.getByRole('group', { name: l.product });
    await user.click(within(group).getByRole('radio', { name: l.spot }));
    await user.type(screen.getByLabelText(l.price), '50000');
    await user.type(screen.getByLabelText(l.quantity), '0.001');
    await user.click(screen.getByRole('button', { name: l.buy }));
    await waitFor(() => expect(simulator.spot.openOrders()).toHaveLength(1));
    const id = String(simulator.spot.openOrders()[0]!.orderId);
    await screen.findByText((text) => text.includes('BTCUSDT') && text.includes('50000') && text.includes(id));
    // Back on Options the symbol field is Options' again, empty.
    await user.click(within(group).getByRole('radio', { name: l.options }));
    expect((screen.getByLabelText(l.symbol) as HTMLInputElement).value).toBe('');
  });
});

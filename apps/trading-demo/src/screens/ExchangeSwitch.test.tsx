/**
 * The ticket's exchange switch, as a trader uses it, in English, Simplified and Traditional Chinese:
 * Binance / Bybit as one radio group, Bybit's USDT perpetuals with the rules its instruments-info
 * serves, its orders sent to `/v5/order/create`, a refusal (HTTP 200, a retCode) read in Bybit's words
 * (the expected texts from the bybit package's own locales: zh-TW reads its Traditional Chinese) in the
 * toast and beside the field, a 10016 read as an unknown outcome, an accepted order with no error.
 * By role and visible text, the whole app on the in-page transport.
 */
import { bybitV5Eager } from '@exchange-errors/bybit/eager';
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

type Language = 'en' | 'zh' | 'zh-TW';

function renderApp(language: Language) {
  localStorage.setItem('exchange-errors-demo:language', language);
  return renderRoot();
}

const L = {
  en: {
    exchange: 'Exchange',
    binance: 'Binance',
    product: 'Product',
    perpetual: 'USDT perpetual',
    options: 'Options',
    symbol: 'Symbol',
    quantity: 'Quantity',
    type: 'Type',
    buy: 'Buy',
    region: 'Notifications (F8)',
    unknown: 'Result unknown',
    positions: 'USDT perpetual positions',
  },
  zh: {
    exchange: '交易所',
    binance: '币安',
    product: '产品',
    perpetual: 'USDT 永续合约',
    options: '期权',
    symbol: '合约',
    quantity: '数量',
    type: '类型',
    buy: '买入',
    region: '通知（F8）',
    unknown: '结果未知',
    positions: 'USDT 永续合约持仓',
  },
  // The kit's own strings in Traditional Chinese (the region's name is the same in both scripts).
  'zh-TW': {
    exchange: '交易所',
    binance: '幣安',
    product: '產品',
    perpetual: 'USDT 永續合約',
    options: '期權',
    symbol: '合約',
    quantity: '數量',
    type: '類型',
    buy: '買入',
    region: '通知（F8）',
    unknown: '結果未知',
    positions: 'USDT 永續合約持倉',
  },
} as const;

/** The bybit package's texts in the language the kit serves the app's language with. */
const KIT_LANGUAGE = { en: 'en', zh: 'zh', 'zh-TW': 'zh-Hant' } as const;
type Texts = { codes: Record<string, { title: string; messages: Record<string, string> }> };

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

describe.each(['en', 'zh', 'zh-TW'] as const)('the exchange switch (%s)', (language) => {
  const l = L[language];
  const bybit = bybitV5Eager.texts?.[KIT_LANGUAGE[language]] as unknown as Texts;

  it('offers Binance and Bybit as one radio group; Bybit’s perpetuals come with their instruments-info rules', async () => {
    const { user } = renderApp(language);
    const exchanges = screen.getByRole('group', { name: l.exchange });
    const radios = within(exchanges).getAllByRole('radio');
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual([l.binance, 'Bybit']);
    expect((within(exchanges).getByRole('radio', { name: l.binance }) as HTMLInputElement).checked).toBe(true);

    await user.click(within(exchanges).getByRole('radio', { name: 'Bybit' }));
    const products = screen.getByRole('group', { name: l.product });
    expect(
      within(products)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual([l.perpetual]);
    expect((within(products).getByRole('radio', { name: l.perpetual }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText(l.symbol) as HTMLInputElement).value).toBe('BTCUSDT');
    // Tick, step and minimum order value from priceFilter and lotSizeFilter.
    await waitFor(() => expect(screen.getByLabelText(l.symbol).getAttribute('aria-describedby')).toBeTruthy());
    const rules = document.getElementById(screen.getByLabelText(l.symbol).getAttribute('aria-describedby') ?? '');
    expect(rules?.textContent).toMatch(/0\.1\b.*0\.001.*5 USDT/);

    await user.click(within(exchanges).getByRole('radio', { name: l.binance }));
    expect(
      (
        within(screen.getByRole('group', { name: l.product })).getByRole('radio', {
          name: l.options,
        }) as HTMLInputElement
      ).checked,
    ).toBe(true);
    expect((screen.getByLabelText(l.symbol) as HTMLInputElement).value).toBe('');
  });

  it('a Bybit order below the minimum value: 110094 in Bybit’s words, in the toast and beside Quantity', async () => {
    const { user, simulator } = renderApp(language);
    await user.click(within(screen.getByRole('group', { name: l.exchange })).getByRole('radio', { name: 'Bybit' }));
    const symbol = screen.getByLabelText(l.symbol);
    await user.clear(symbol);
    await user.type(symbol, 'ETHUSDT');
    await user.selectOptions(screen.getByLabelText(l.type), 'MARKET');
    await user.type(screen.getByLabelText(l.quantity), '0.001');
    await user.click(screen.getByRole('button', { name: l.buy }));
    const entry = bybit.codes['110094']!;
    const toast = await toastWith(l.region, entry.title);
    expect(toast.textContent).toContain(entry.messages['default']);
    expect(toast.textContent).toContain('110094');
    await waitFor(() => expect(screen.getByLabelText(l.quantity).getAttribute('aria-invalid')).toBe('true'));
    const beside = document.getElementById('ticket-quantity-error');
    expect(beside?.textContent).toContain(entry.messages['default']);
    expect(simulator.bybit.account.positions.size).toBe(0);
  });

  it('a 10016 reads as an unknown outcome; an order Bybit accepts shows its id and no error', async () => {
    const { user, simulator, store } = renderApp(language);
    await user.click(within(screen.getByRole('group', { name: l.exchange })).getByRole('radio', { name: 'Bybit' }));
    await user.selectOptions(screen.getByLabelText(l.type), 'MARKET');
    await user.type(screen.getByLabelText(l.quantity), '0.01');
    simulator.setChaos({ bybitServerError: true });
    await user.click(screen.getByRole('button', { name: l.buy }));
    const toast = await toastWith(l.region, l.unknown);
    expect(toast.textContent).toContain('10016');
    expect(store.getSnapshot().history).toHaveLength(1);

    simulator.setChaos({ bybitServerError: false });
    await user.click(screen.getByRole('button', { name: l.buy }));
    await waitFor(() => expect(simulator.bybit.account.positions.get('BTCUSDT')?.size).toBe(0.01));
    const id = [...simulator.bybit.account.orders.keys()][0] ?? '';
    await screen.findByText((text) => text.includes('BTCUSDT') && text.includes(id));
    expect(store.getSnapshot().history).toHaveLength(1);
    // The position, read from /v5/position/list.
    const positions = await screen.findByRole('region', { name: l.positions });
    await waitFor(() => expect(within(positions).getByText('BTCUSDT')).toBeTruthy());
  });
});

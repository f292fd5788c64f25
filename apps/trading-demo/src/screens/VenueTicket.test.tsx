/**
 * Spot and USDⓈ-M orders checked as they are typed, as a trader uses the ticket: the explanation
 * beside the field with the symbol's numbers (from `validateOrder` on the exchange's own exchangeInfo,
 * the sentence the product's module writes), its fix as a button, the order then filled and shown in
 * the product's lists; submitting anyway, the toast's details explain the same with the same fix; the
 * exchangeInfo fetched once; without it, the ticket says so and the exchange alone judges. By role
 * and visible text, the whole app on the in-page transport, in English and Chinese.
 */
import { binanceSpotEager } from '@exchange-errors/binance-spot/eager';
import { validateOrder } from '@exchange-errors/core';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Simulator } from '../exchange/simulator.js';
import { renderRoot } from '../test-support/renderRoot.js';

beforeEach(() => {
  localStorage.clear();
  window.location.hash = '';
});
afterEach(() => {
  cleanup();
});

function renderApp(language: 'en' | 'zh') {
  localStorage.setItem('exchange-errors-demo:language', language);
  const simulator = new Simulator();
  const handle = vi.spyOn(simulator, 'handle');
  /** How many requests went to a path. */
  const requests = (path: string) =>
    handle.mock.calls.filter(([r]) => new URL(r.url, 'http://x').pathname === path).length;
  return { ...renderRoot(simulator), requests };
}

const L = {
  en: {
    product: 'Product',
    spot: 'Spot',
    usdm: 'USDⓈ-M futures',
    options: 'Options',
    type: 'Type',
    side: 'Side',
    price: 'Price',
    quantity: 'Quantity',
    reduceOnly: 'Reduce only',
    buy: 'Buy',
    buySide: 'Buy',
    limit: 'Limit',
    closeLabel: 'Close BTCUSDT (fills the ticket with a reduce-only order)',
    region: 'Notifications (F8)',
    details: 'Details',
    lotSize:
      'Quantity 0.000105 is not a multiple of the step size 0.00001: the nearest valid quantities are 0.0001 and 0.00011.',
    marketNotional:
      /^At the mark price \d+(\.\d+)?, 0\.001 is worth \d+(\.\d+)? USDT, below the minimum order value 100 USDT for BTCUSDT \(reduce-only orders are exempt\): the smallest quantity is 0\.002\.$/,
    use: (v: string) => `Use ${v}`,
    filled: /^Buy 0\.0001 BTCUSDT at market: filled \(order \d+\)$/,
    filledUsdm: /^Buy 0\.002 BTCUSDT at market: filled \(order \d+\)$/,
    spotOrders: 'Spot open orders',
    balances: 'Spot balances',
    positions: 'USDⓈ-M futures positions',
    long: 'Long',
    unavailable:
      'Spot trading rules could not be loaded: orders are not checked before sending; the exchange checks them when it receives them.',
    retry: 'Load the rules again',
  },
  zh: {
    product: '产品',
    spot: '现货',
    usdm: 'U本位合约',
    options: '期权',
    type: '类型',
    side: '方向',
    price: '价格',
    quantity: '数量',
    reduceOnly: '只减仓',
    buy: '买入',
    buySide: '买入',
    limit: '限价',
    closeLabel: '平仓 BTCUSDT（以只减仓订单填入下单区）',
    region: '通知（F8）',
    details: '详情',
    lotSize: '数量 0.000105 不是数量步进值 0.00001 的整数倍，最接近的有效数量为 0.0001 和 0.00011。',
    marketNotional:
      /^按标记价格 \d+(\.\d+)? 计算，数量 0\.001 的名义价值为 \d+(\.\d+)? USDT，低于 BTCUSDT 的最小名义价值 100 USDT（只减仓订单除外），最小数量为 0\.002。$/,
    use: (v: string) => `改用 ${v}`,
    filled: /^买入 0\.0001 BTCUSDT，市价：已成交（订单 \d+）$/,
    filledUsdm: /^买入 0\.002 BTCUSDT，市价：已成交（订单 \d+）$/,
    spotOrders: '现货当前委托',
    balances: '现货资产',
    positions: 'U本位合约持仓',
    long: '多头',
    unavailable: '现货的交易规则未能加载：下单前不检查订单，由交易所在收到订单时检查。',
    retry: '重新加载规则',
  },
} as const;

/** The inline error under a field: what its aria-describedby points at, and the block around it. */
function inlineError(label: string) {
  const input = screen.getByLabelText(label, { selector: 'input' });
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  const described = ids.map((id) => document.getElementById(id)).find((e) => e?.closest('.field-error'));
  return { input, described, block: described?.closest('.field-error') as HTMLElement | null };
}

async function switchTo(
  user: ReturnType<typeof userEvent.setup>,
  language: 'en' | 'zh',
  name: 'spot' | 'usdm' | 'options',
) {
  const group = screen.getByRole('group', { name: L[language].product });
  await user.click(within(group).getByRole('radio', { name: L[language][name] }));
}

describe.each(['en', 'zh'] as const)('Spot and USDⓈ-M orders checked as typed (%s)', (language) => {
  const l = L[language];

  it('Spot: a quantity off the step is explained beside it with the symbol’s numbers; its fix applies, and the order fills and shows in the balances', async () => {
    const { user, simulator } = renderApp(language);
    await switchTo(user, language, 'spot');
    await user.selectOptions(screen.getByLabelText(l.type), 'MARKET');
    await user.type(screen.getByLabelText(l.quantity), '0.000105');
    await waitFor(() => expect(inlineError(l.quantity).input.getAttribute('aria-invalid')).toBe('true'), {
      timeout: 5000,
    });
    const { block, described } = inlineError(l.quantity);
    expect(block?.dataset['code']).toBe('-1013');
    expect(block?.dataset['source']).toBe('check');
    const sentence = described?.querySelector('[data-explanation]')?.textContent;
    expect(sentence).toBe(l.lotSize);
    // The sentence is validateOrder's, on the exchange's own entry: the demo writes none of it.
    const served = await simulator.handle({ method: 'GET', url: '/api/v3/exchangeInfo', headers: {}, body: '' });
    const info = JSON.parse('body' in served ? served.body : '{}') as { symbols: { symbol: string }[] };
    const entry = info.symbols.find((s) => s.symbol === 'BTCUSDT');
    const own = validateOrder(
      binanceSpotEager,
      { order: { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.000105' }, symbolInfo: entry },
      { lng: language },
    );
    expect(own.fields['quantity']?.explanation?.text).toBe(sentence);
    expect(
      within(block!)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(own.fields['quantity']?.explanation?.suggestions.map((s) => s.label));

    await user.click(within(block!).getByRole('button', { name: l.use('0.0001') }));
    const quantity = screen.getByLabelText(l.quantity) as HTMLInputElement;
    expect(quantity.value).toBe('0.0001');
    expect(quantity.getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(quantity));

    const btcBefore = Number(simulator.spot.balances.get('BTC')?.free ?? 0);
    await user.click(screen.getByRole('button', { name: l.buy }));
    await screen.findByText(l.filled, undefined, { timeout: 5000 });
    expect(Number(simulator.spot.balances.get('BTC')?.free)).toBeGreaterThan(btcBefore);
    // The fill is in Spot's balances (a filled market order leaves no open order).
    const balances = await screen.findByRole('region', { name: l.balances });
    await waitFor(() => {
      const row = within(balances).getByRole('rowheader', { name: 'BTC' }).closest('tr');
      expect(Number(row?.querySelectorAll('td')[0]?.textContent)).toBeGreaterThan(btcBefore);
    });
    expect(screen.getByRole('region', { name: l.spotOrders })).toBeTruthy();
  });

  it('USDⓈ-M: a market order below the minimum notional is explained at the mark price; sent anyway, the toast’s details say the same and their fix fills the ticket; the position shows', async () => {
    const { user, simulator } = renderApp(language);
    await switchTo(user, language, 'usdm');
    await user.selectOptions(screen.getByLabelText(l.type), 'MARKET');
    await user.type(screen.getByLabelText(l.quantity), '0.001');
    await waitFor(() => expect(inlineError(l.quantity).block?.dataset['code']).toBe('-4164'), { timeout: 5000 });
    const inline = inlineError(l.quantity).described?.querySelector('[data-explanation]')?.textContent ?? '';
    expect(inline).toMatch(l.marketNotional);

    // Submit anyway: the exchange has the last word, and answers -4164.
    await user.click(screen.getByRole('button', { name: l.buy }));
    const region = await screen.findByRole('region', { name: l.region });
    const toast = await within(region).findByRole('listitem', undefined, { timeout: 5000 });
    await waitFor(() => expect(toast.textContent).toContain('-4164'));
    await waitFor(() => expect(toast.querySelector('[data-ee-explanation]')?.textContent).toMatch(l.marketNotional));
    await waitFor(() => expect(inlineError(l.quantity).block?.dataset['source']).toBe('exchange'));
    expect(inlineError(l.quantity).described?.querySelector('[data-explanation]')?.textContent).toBe(
      toast.querySelector('[data-ee-explanation]')?.textContent,
    );
    expect(simulator.usdm.positions.size).toBe(0);

    await user.click(within(toast).getByRole('button', { name: l.details }));
    const dialog = await screen.findByRole('dialog');
    const explained = toast.querySelector('[data-ee-explanation]')?.textContent ?? '';
    await waitFor(() => expect(dialog.textContent).toContain(explained));
    await user.click(within(dialog).getByRole('button', { name: l.use('0.002') }));
    const quantity = screen.getByLabelText(l.quantity) as HTMLInputElement;
    await waitFor(() => expect(quantity.value).toBe('0.002'));
    expect(quantity.getAttribute('aria-invalid')).toBeNull();

    await user.click(screen.getByRole('button', { name: l.buy }));
    await screen.findByText(l.filledUsdm, undefined, { timeout: 5000 });
    const positions = await screen.findByRole('region', { name: l.positions });
    const row = await within(positions).findByRole('row', { name: new RegExp(`BTCUSDT ${l.long} 0\\.002`) });
    // Close fills the ticket with a reduce-only market sell of the whole position.
    await user.click(within(row).getByRole('button', { name: l.closeLabel }));
    expect((screen.getByLabelText(l.side) as HTMLSelectElement).value).toBe('SELL');
    expect((screen.getByLabelText(l.type) as HTMLSelectElement).value).toBe('MARKET');
    expect(quantity.value).toBe('0.002');
    expect((screen.getByLabelText(l.reduceOnly) as HTMLInputElement).checked).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(quantity));
  });

  it('Spot: a resting limit order is listed with its type and price in the trader’s words, and Cancel takes it off', async () => {
    const { user, simulator } = renderApp(language);
    await switchTo(user, language, 'spot');
    await user.type(screen.getByLabelText(l.price), '50000');
    await user.type(screen.getByLabelText(l.quantity), '0.001');
    await user.click(screen.getByRole('button', { name: l.buy }));
    const orders = await screen.findByRole('region', { name: l.spotOrders });
    const row = await within(orders).findByRole(
      'row',
      { name: new RegExp(`^BTCUSDT ${l.buySide} ${l.limit} 50,000 0\\.001`) },
      { timeout: 5000 },
    );
    expect(simulator.spot.openOrders()).toHaveLength(1);
    await user.click(within(row).getByRole('button', { name: /BTCUSDT/ }));
    await waitFor(() => expect(within(orders).queryByRole('row', { name: /BTCUSDT/ })).toBeNull());
    expect(simulator.spot.openOrders()).toHaveLength(0);
  });

  it('fetches each product’s exchangeInfo once; without it the ticket says so, leaves the checks to the exchange, and loads it again on request', async () => {
    const { user, simulator, requests } = renderApp(language);
    simulator.setChaos({ failure: 'network' });
    await switchTo(user, language, 'spot');
    const notice = await screen.findByText(l.unavailable, undefined, { timeout: 5000 });
    expect(notice.getAttribute('role')).toBe('status');
    await user.type(screen.getByLabelText(l.quantity), '0.000105');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(inlineError(l.quantity).input.getAttribute('aria-invalid')).toBeNull();

    simulator.setChaos({ failure: 'none' });
    await user.click(screen.getByRole('button', { name: l.retry }));
    await waitFor(() => expect(screen.queryByText(l.unavailable)).toBeNull());
    await waitFor(() => expect(inlineError(l.quantity).input.getAttribute('aria-invalid')).toBe('true'), {
      timeout: 5000,
    });
    expect(requests('/api/v3/exchangeInfo')).toBe(2);

    await switchTo(user, language, 'usdm');
    await switchTo(user, language, 'spot');
    await switchTo(user, language, 'usdm');
    await waitFor(() => expect(requests('/fapi/v1/exchangeInfo')).toBe(1));
    expect(requests('/api/v3/exchangeInfo')).toBe(2);
  });
});

it('a fix in the details of a toast from before a switch brings the ticket back to that product', async () => {
  const l = L.en;
  const { user } = renderApp('en');
  await switchTo(user, 'en', 'usdm');
  await user.selectOptions(screen.getByLabelText(l.type), 'MARKET');
  await user.type(screen.getByLabelText(l.quantity), '0.001');
  await user.click(screen.getByRole('button', { name: l.buy }));
  const region = await screen.findByRole('region', { name: l.region });
  const toast = await within(region).findByRole('listitem', undefined, { timeout: 5000 });
  await waitFor(() => expect(toast.querySelector('[data-ee-explanation]')?.textContent).toMatch(l.marketNotional));

  await switchTo(user, 'en', 'options');
  expect((screen.getByLabelText('Symbol') as HTMLInputElement).value).toBe('');
  await user.click(within(toast).getByRole('button', { name: l.details }));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('button', { name: l.use('0.002') }));
  const usdm = within(screen.getByRole('group', { name: l.product })).getByRole('radio', { name: l.usdm });
  await waitFor(() => expect((usdm as HTMLInputElement).checked).toBe(true));
  expect((screen.getByLabelText('Symbol') as HTMLInputElement).value).toBe('BTCUSDT');
  expect((screen.getByLabelText(l.quantity) as HTMLInputElement).value).toBe('0.002');
});

it('a 100,000-character quantity or symbol on Spot: the ticket checks it in bounded time and never breaks', async () => {
  const l = L.en;
  const { user } = renderApp('en');
  await switchTo(user, 'en', 'spot');
  await waitFor(() => expect(screen.getByText(/Tick size 0\.01/)).toBeTruthy(), { timeout: 5000 });
  const quantity = screen.getByLabelText(l.quantity) as HTMLInputElement;
  const started = performance.now();
  fireEvent.change(quantity, { target: { value: `0.${'1'.repeat(100_000)}` } });
  await waitFor(() => expect(quantity.getAttribute('aria-invalid')).toBe('true'), { timeout: 5000 });
  // Bounded: the settle delay (300 ms) and one check of a length-capped decimal, not seconds.
  expect(performance.now() - started).toBeLessThan(3000);
  fireEvent.change(screen.getByLabelText('Symbol'), { target: { value: 'B'.repeat(100_000) } });
  fireEvent.change(quantity, { target: { value: '1e-8' } });
  await new Promise((resolve) => setTimeout(resolve, 400));
  expect(screen.getByRole('button', { name: l.buy })).toBeTruthy();
});

/**
 * The ticket checks an order as the trader types it (validateOrder on the exchange's own
 * exchangeInfo) and offers the fixes as buttons; a rejection's toast and the inline error carry the
 * same explanation. By role and visible text, the whole app on the in-page transport.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listExpiries, symbolOf } from '../exchange/instruments.js';
import type { Simulator } from '../exchange/simulator.js';
import { renderRoot } from '../test-support/renderRoot.js';

beforeEach(() => {
  localStorage.clear();
  window.location.hash = '';
});
afterEach(() => {
  cleanup();
});

const SYMBOL = symbolOf('BTCUSDT', listExpiries(Date.now())[1]!, 100_000, 'CALL');

function renderApp(language: 'en' | 'zh' = 'en') {
  localStorage.setItem('exchange-errors-demo:language', language);
  return renderRoot();
}

const L = {
  en: { symbol: 'Symbol', price: 'Price', quantity: 'Quantity', buy: 'Buy', region: 'Notifications (F8)' },
  zh: { symbol: '合约', price: '价格', quantity: '数量', buy: '买入', region: '通知（F8）' },
};

/** The inline error under a field: what its aria-describedby points at, and the block around it. */
function inlineError(label: string) {
  const input = screen.getByLabelText(label, { selector: 'input' });
  const described = document.getElementById(input.getAttribute('aria-describedby') ?? '');
  return { input, described, block: described?.closest('.field-error') as HTMLElement | null };
}

async function waitForExchangeInfo(simulator: Simulator) {
  // The ticket checks against the exchange's own exchangeInfo, polled at start.
  await screen.findAllByRole('button', { name: /BTC-\d{6}-\d+-C/ }, { timeout: 5000 });
  expect(simulator.instruments.length).toBeGreaterThan(0);
}

describe.each(['en', 'zh'] as const)('the ticket checks an order as it is typed (%s)', (language) => {
  const l = L[language];
  const offTick =
    language === 'en'
      ? 'Price 12306 is not a multiple of the tick size 5: the nearest valid prices are 12305 and 12310.'
      : '价格 12306 不是最小价格变动单位 5 的整数倍，最接近的有效价格为 12305 和 12310。';
  const use = (value: string) => (language === 'en' ? `Use ${value}` : `改用 ${value}`);

  it('a price off the tick shows the exchange’s error and its explanation inline; “Use 12305” fixes it', async () => {
    const { user, simulator } = renderApp(language);
    await waitForExchangeInfo(simulator);
    await user.type(screen.getByLabelText(l.symbol), SYMBOL);
    await user.type(screen.getByLabelText(l.price), '12306');
    await waitFor(() => expect(inlineError(l.price).input.getAttribute('aria-invalid')).toBe('true'));
    const { block, described } = inlineError(l.price);
    expect(block?.dataset['code']).toBe('-4029');
    expect(block?.dataset['source']).toBe('check');
    expect(described?.querySelector('[data-explanation]')?.textContent).toBe(offTick);
    // The ticket still sends: the exchange has the last word.
    expect((screen.getByRole('button', { name: l.buy }) as HTMLButtonElement).disabled).toBe(false);

    await user.click(within(block as HTMLElement).getByRole('button', { name: use('12305') }));
    const price = screen.getByLabelText(l.price) as HTMLInputElement;
    expect(price.value).toBe('12305');
    expect(price.getAttribute('aria-invalid')).toBeNull();
    expect(document.querySelector('.field-error')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(price));
  });

  it('a rejected order’s toast explains it with the same sentence as the inline error', async () => {
    const { user, simulator } = renderApp(language);
    await waitForExchangeInfo(simulator);
    await user.type(screen.getByLabelText(l.symbol), SYMBOL);
    await user.type(screen.getByLabelText(l.price), '12306');
    await user.type(screen.getByLabelText(l.quantity), '0.1');
    await user.click(screen.getByRole('button', { name: l.buy }));
    const toast = await within(await screen.findByRole('region', { name: l.region })).findByRole('listitem');
    await waitFor(() => expect(toast.querySelector('[data-ee-explanation]')?.textContent).toBe(offTick));
    const { block } = inlineError(l.price);
    expect(block?.dataset['source']).toBe('exchange');
    expect(block?.querySelector('[data-explanation]')?.textContent).toBe(
      toast.querySelector('[data-ee-explanation]')?.textContent,
    );
    expect(toast.textContent).not.toContain('`');
  });

  it('an empty field is not flagged while the ticket is filled in, a quantity too precise is, with the symbol’s scale', async () => {
    const { user, simulator } = renderApp(language);
    await waitForExchangeInfo(simulator);
    await user.type(screen.getByLabelText(l.symbol), SYMBOL);
    await user.type(screen.getByLabelText(l.quantity), '0.015');
    await waitFor(() => expect(inlineError(l.quantity).block?.dataset['code']).toBe('-1111'));
    expect(inlineError(l.price).input.getAttribute('aria-invalid')).toBeNull();
    const { block } = inlineError(l.quantity);
    expect(block?.querySelector('[data-explanation]')?.textContent).toBe(
      language === 'en'
        ? `Quantity 0.015 has 3 decimal places, but ${SYMBOL} allows at most 2: the nearest valid quantities are 0.01 and 0.02.`
        : `数量 0.015 有 3 位小数，${SYMBOL} 最多允许 2 位，最接近的有效数量为 0.01 和 0.02。`,
    );
    await user.click(within(block as HTMLElement).getByRole('button', { name: use('0.02') }));
    expect((screen.getByLabelText(l.quantity) as HTMLInputElement).value).toBe('0.02');
    expect(document.querySelector('.field-error')).toBeNull();
  });
});

describe('the ticket’s labels in the exchange’s messages', () => {
  it('names a parameter with the ticket’s own label, in the language on screen', async () => {
    const { user, simulator } = renderApp('en');
    await waitForExchangeInfo(simulator);
    await user.type(screen.getByLabelText('Symbol'), SYMBOL);
    await user.type(screen.getByLabelText('Price'), '12a');
    await waitFor(() => expect(inlineError('Price').block?.dataset['code']).toBe('-1100'));
    expect(inlineError('Price').described?.textContent).toContain(
      'Illegal characters found in parameter “Price”; legal range is ^([0-9]{1,20})(\\.[0-9]{1,20})?$.',
    );
    expect(inlineError('Price').described?.querySelector('code')?.textContent).toBe('^([0-9]{1,20})(\\.[0-9]{1,20})?$');
    await user.selectOptions(screen.getByLabelText('Language'), 'zh');
    await waitFor(() => expect(inlineError('价格').described?.textContent).toContain('“价格”'));
  });
});

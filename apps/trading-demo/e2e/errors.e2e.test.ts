import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_API_KEY } from '../src/exchange/auth.js';
import { listExpiries, symbolOf } from '../src/exchange/instruments.js';
import { openApp, startHarness, type Harness, type Session } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

// Listed whatever day the tests run: the second weekly expiry (the browser shares this clock). No
// regex characters in it, so it goes into the patterns below as is.
const SYMBOL = symbolOf('BTCUSDT', listExpiries(Date.now())[1]!, 100_000, 'CALL');

async function fillTicket(page: Page, values: { symbol?: string; price?: string; quantity?: string }) {
  if (values.symbol !== undefined) await page.getByLabel('Symbol').fill(values.symbol);
  if (values.price !== undefined) await page.getByLabel('Price').fill(values.price);
  if (values.quantity !== undefined) await page.getByLabel('Quantity').fill(values.quantity);
}

function toasts(page: Page) {
  return page.getByRole('region', { name: /Notifications|通知/ }).getByRole('listitem');
}

describe('an invalid order, as a trader meets it', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openApp(harness);
  });
  afterAll(async () => {
    await session.context.close();
  });

  it('shows the server’s error as a toast in English, with the server’s values, and beside the field', async () => {
    const { page } = session;
    await fillTicket(page, { symbol: SYMBOL, price: '500', quantity: '' });
    await page.getByRole('button', { name: 'Buy', exact: true }).click();
    const toast = toasts(page).first();
    await toast.waitFor();
    expect(await toast.innerText()).toContain('Required field missing');
    // The parameter Binance names reads as the ticket's own label; no literal backticks.
    expect(await toast.innerText()).toContain(
      'Mandatory parameter “Quantity” was not sent, was empty/null, or malformed.',
    );
    expect(await toast.innerText()).not.toContain('`');
    expect(await toast.innerText()).toContain('-1102');
    const quantity = page.getByLabel('Quantity');
    expect(await quantity.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await quantity.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).innerText()).toContain(
      'Mandatory parameter “Quantity” was not sent',
    );
  });

  it('switching to Chinese shows the same toast in Chinese with the same values, and <html lang> follows', async () => {
    const { page } = session;
    await page.getByLabel('Language').selectOption('zh');
    const toast = toasts(page).first();
    await expect.poll(() => toast.innerText()).toContain('强制参数“数量”未发送');
    expect(await toast.innerText()).toContain('缺少必填字段');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.getByLabel('数量', { exact: true }).getAttribute('aria-invalid')).toBe('true');
  });

  it('opens the details, copies them for support, and closes with Escape (focus returns)', async () => {
    const { page } = session;
    const toast = toasts(page).first();
    const details = toast.getByRole('button', { name: '详情' });
    await details.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('MANDATORY_PARAM_EMPTY_OR_MALFORMED');
    expect(await dialog.innerText()).toContain('POST /eapi/v1/order');
    await dialog.getByRole('button', { name: '复制' }).click();
    await dialog.getByText('已复制').waitFor();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const copied = JSON.parse(text);
    expect(copied).toMatchObject({
      code: -1102,
      name: 'MANDATORY_PARAM_EMPTY_OR_MALFORMED',
      variant: 'param',
      values: { param: 'quantity' },
      httpStatus: 400,
    });
    // The signed order request, for support, without its signature or API key.
    expect(copied.request.method).toBe('POST');
    expect(copied.request.url).toMatch(
      /^\/eapi\/v1\/order\?symbol=BTC-[^&]+&side=BUY&type=LIMIT&price=500&timeInForce=GTC&recvWindow=5000&timestamp=\d+&signature=\[redacted\]$/,
    );
    expect(copied.request.headers).toEqual({ 'X-MBX-APIKEY': '[redacted]' });
    expect(text).not.toMatch(/[0-9a-f]{64}/);
    expect(text).not.toContain(DEMO_API_KEY);
    expect(await dialog.innerText()).toContain('signature=[redacted]');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('详情');
  });

  it('dismisses by keyboard: F8 reaches the toast, Escape closes it', async () => {
    const { page } = session;
    await page.getByLabel('合约', { exact: true }).focus();
    await page.keyboard.press('F8');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[data-ee-toast]')))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => toasts(page).count()).toBe(0);
  });

  it('remembers the language across a reload', async () => {
    const { page } = session;
    await page.reload();
    await page.getByRole('heading', { name: '期权链' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.getByLabel('语言').selectOption('en');
  });

  it('shows each rejection the ticket can provoke with its values and beside its field', async () => {
    const { page } = session;
    const cases = [
      {
        values: { symbol: SYMBOL.replace('100000', '100001'), price: '500', quantity: '0.1' },
        field: 'Symbol',
        text: 'Invalid symbol.',
      },
      {
        values: { symbol: SYMBOL, price: '12a', quantity: '0.1' },
        field: 'Price',
        text: 'Illegal characters found in parameter “Price”; legal range is ^([0-9]{1,20})(\\.[0-9]{1,20})?$.',
      },
      { values: { price: '502' }, field: 'Price', text: 'Tick size precision is invalid.' },
      { values: { price: '500', quantity: '1000' }, field: 'Quantity', text: 'Quantity greater than max quantity.' },
      { values: { price: '20000', quantity: '5' }, field: null, text: 'Balance is insufficient.' },
    ];
    for (const c of cases) {
      await fillTicket(page, c.values);
      await page.getByRole('button', { name: 'Buy', exact: true }).click();
      const toast = toasts(page).filter({ hasText: c.text }).first();
      await toast.waitFor();
      if (c.field) expect(await page.getByLabel(c.field, { exact: true }).getAttribute('aria-invalid')).toBe('true');
      await toast.getByRole('button', { name: 'Dismiss' }).click();
    }
  });

  it('places a valid order and lists it under open orders, then cancels it', async () => {
    const { page } = session;
    await fillTicket(page, { symbol: SYMBOL, price: '5', quantity: '0.1' });
    await page.getByRole('button', { name: 'Buy', exact: true }).click();
    await page.getByText(new RegExp(`Buy 0\\.10 ${SYMBOL} at 5: open`)).waitFor();
    const cancel = page.getByRole('button', { name: new RegExp(`Cancel order \\d+ \\(${SYMBOL}\\)`) });
    await cancel.click();
    await page.getByText(/Order \d+ cancelled/).waitFor();
    expect(session.problems).toEqual([]);
  });

  it('Enter in a field sends the side chosen in the Side field, not the first button', async () => {
    const { page } = session;
    await page.getByLabel('Side').selectOption('SELL');
    await fillTicket(page, { symbol: SYMBOL, price: '150000', quantity: '0.1' });
    await page.getByLabel('Quantity').press('Enter');
    await page.getByText(new RegExp(`Sell 0\\.10 ${SYMBOL} at 150000: open`)).waitFor();
    // The open-orders table is polled: wait for its row rather than count at once.
    const cancel = page.getByRole('button', { name: new RegExp(`Cancel order \\d+ \\(${SYMBOL}\\)`) });
    await cancel.first().waitFor();
    expect(await cancel.count()).toBe(1);
  });
});

describe('the simulated exchange, from the page', () => {
  it('answers a plain fetch from the console with the same JSON and status the app gets', async () => {
    const { page, context } = await openApp(harness);
    const answers = await page.evaluate(async () => {
      const read = async (r: Response) => ({
        status: r.status,
        body: await r.json(),
        type: r.headers.get('content-type'),
      });
      return {
        unsigned: await read(await fetch('/eapi/v1/order?symbol=BTC-261225-100000-C', { method: 'POST' })), // the key is checked first
        index: await read(await fetch('/eapi/v1/index')),
        time: await read(await fetch('/eapi/v1/time')),
        // The worker serves Spot's /api/ and USDⓈ-M's /fapi/ paths the same way.
        spotUnsigned: await read(await fetch('/api/v3/order?symbol=BTCUSDT', { method: 'POST' })),
        spotFilters: await read(await fetch('/api/v3/exchangeInfo')),
        usdmSymbol: await read(await fetch('/fapi/v1/premiumIndex?symbol=BTCUSDX')),
      };
    });
    expect(answers.unsigned).toEqual({
      status: 401,
      body: { code: -2014, msg: 'API-key format invalid.' },
      type: 'application/json;charset=UTF-8',
    });
    expect(answers.index).toMatchObject({
      status: 400,
      body: { code: -1102, msg: "Mandatory parameter 'underlying' was not sent, was empty/null, or malformed." },
    });
    expect(typeof answers.time.body.serverTime).toBe('number');
    expect(answers.spotUnsigned).toEqual({
      status: 401,
      body: { code: -2014, msg: 'API-key format invalid.' },
      type: 'application/json;charset=UTF-8',
    });
    // BTCUSDT's filters as Binance serves them today, in its order.
    expect(answers.spotFilters.body.symbols[0].filters.map((f: { filterType: string }) => f.filterType)).toEqual([
      'PRICE_FILTER',
      'LOT_SIZE',
      'ICEBERG_PARTS',
      'MARKET_LOT_SIZE',
      'TRAILING_DELTA',
      'PERCENT_PRICE_BY_SIDE',
      'NOTIONAL',
      'MAX_NUM_ORDERS',
      'MAX_NUM_ALGO_ORDERS',
    ]);
    expect(answers.spotFilters.body.exchangeFilters.map((f: { filterType: string }) => f.filterType)).toEqual([
      'EXCHANGE_MAX_NUM_ORDERS',
      'EXCHANGE_MAX_NUM_ALGO_ORDERS',
    ]);
    expect(answers.usdmSymbol).toMatchObject({ status: 400, body: { code: -1121, msg: 'Invalid symbol.' } });
    await context.close();
  });

  it('chaos: a network error and a proxy’s 502 page reach the trader as plain-language toasts', async () => {
    const { page, context } = await openApp(harness, { hash: '#/chaos' });
    await page.getByLabel('Fails with a network error').check();
    await toasts(page)
      .filter({ hasText: /network|connect/i })
      .first()
      .waitFor({ timeout: 10_000 });
    await page.getByLabel('Gets a 502 HTML page from a proxy').check();
    await toasts(page).filter({ hasText: /502/ }).first().waitFor({ timeout: 10_000 });
    const text = await toasts(page).filter({ hasText: /502/ }).first().innerText();
    expect(text).not.toContain('<html');
    await page.getByLabel('Answers normally').check();
    await context.close();
  });

  it('a base URL setting points the app elsewhere; a refused connection is shown as a network error', async () => {
    const { page, context } = await openApp(harness, { hash: '#/settings' });
    await page.getByLabel('Exchange base URL').fill('not a url');
    await page.getByRole('button', { name: 'Save settings' }).click();
    expect(await page.getByLabel('Exchange base URL').getAttribute('aria-invalid')).toBe('true');
    // Port 9 on loopback: nothing listens, nothing leaves the machine.
    await page.getByLabel('Exchange base URL').fill('http://127.0.0.1:9');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Connected to http://127.0.0.1:9').waitFor();
    await toasts(page).first().waitFor({ timeout: 10_000 });
    const history = await page.evaluate(() => document.title);
    expect(history).toContain('Settings');
    await page.getByRole('button', { name: 'Restore demo defaults' }).click();
    await page.getByText('Simulated Binance and Bybit exchanges').waitFor();
    await context.close();
  });
});

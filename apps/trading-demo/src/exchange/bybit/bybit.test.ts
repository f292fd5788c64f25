/**
 * Bybit's v5 API on the simulated exchange, request by request through the app's own client (Bybit's
 * signing, JSON bodies, a refusal as HTTP 200 with a retCode): each answer's exact envelope, and what
 * the kit makes of it among every module the demo registers (Binance's three products and Bybit's), from
 * the request's path alone: Bybit's code, the outcome, its title and message in en, zh and zh-TW.
 */
import { bybitV5Eager } from '@exchange-errors/bybit/eager';
import { format } from '@exchange-errors/core';
import { describe, expect, it } from 'vitest';
import { ApiFailure, createApiClient, type HttpFailure, type ParamValue } from '../../api/client.js';
import { DEFAULT_SETTINGS, type ApiSettings } from '../../api/settings.js';
import { directFetch } from '../../transport/direct.js';
import { Simulator } from '../simulator.js';
import { PRODUCT_MODULES, T0 } from '../test-support.js';
import { BYBIT_ORDER_LIMIT } from './api.js';

const MODULES = [...PRODUCT_MODULES, bybitV5Eager];
const ORDER = '/v5/order/create';

function bybitExchange(settings: Partial<ApiSettings> = {}, start = T0) {
  let clock = start;
  const sim = new Simulator({ now: () => clock, sleep: async (ms) => void (clock += ms) });
  const client = createApiClient(
    () => ({ ...DEFAULT_SETTINGS, ...settings }),
    () => directFetch(sim),
    () => clock,
  );
  /** The answer, or the failure the client threw (what the ticket hands the kit). */
  const send = async (method: 'GET' | 'POST', path: string, params: Record<string, ParamValue>, signed = true) => {
    try {
      return { answer: await client.request<Record<string, unknown>>(method, path, params, { signed }) };
    } catch (failure) {
      if (!(failure instanceof ApiFailure)) throw failure;
      return { failure };
    }
  };
  return { sim, client, send, advance: (ms: number) => void (clock += ms), now: () => clock };
}

const linear = (order: Record<string, ParamValue>) => ({ category: 'linear', symbol: 'BTCUSDT', ...order });

function refusal(result: { failure?: ApiFailure }): HttpFailure {
  expect(result.failure).toBeInstanceOf(ApiFailure);
  return result.failure?.input as HttpFailure;
}

function kitReads(input: HttpFailure, lng: string) {
  return format(MODULES, input, { request: { method: 'POST', url: ORDER }, lng });
}

describe('Bybit v5 on the simulated exchange', () => {
  it('serves instruments-info in Bybit’s shape, with each contract’s price and lot size rules', async () => {
    const { send } = bybitExchange();
    const { answer } = await send('GET', '/v5/market/instruments-info', { category: 'linear' }, false);
    expect(answer).toMatchObject({ retCode: 0, retMsg: 'OK', retExtInfo: {}, result: { category: 'linear' } });
    const list = (answer?.result as { list: unknown[] }).list;
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({
      symbol: 'BTCUSDT',
      contractType: 'LinearPerpetual',
      status: 'Trading',
      priceFilter: { minPrice: '0.10', maxPrice: '1999999.80', tickSize: '0.10' },
      lotSizeFilter: {
        minOrderQty: '0.001',
        maxOrderQty: '1190.000',
        maxMktOrderQty: '500.000',
        qtyStep: '0.001',
        minNotionalValue: '5',
      },
    });
    expect(list[1]).toMatchObject({ symbol: 'ETHUSDT', lotSizeFilter: { qtyStep: '0.001', minOrderQty: '0.001' } });
  });

  it('places an order: HTTP 200, retCode 0 with the order id, the rate limit’s headers, no error from the kit', async () => {
    const { sim, client, now } = bybitExchange();
    const raw = await directFetch(sim)(ORDER, { method: 'POST', body: '{}', headers: {} });
    expect(raw.status).toBe(200);
    expect(raw.headers.get('x-bapi-limit')).toBe(String(BYBIT_ORDER_LIMIT));
    const answer = await client.request<{ retCode: number; result: { orderId: string } }>(
      'POST',
      ORDER,
      linear({ side: 'Buy', orderType: 'Market', qty: '0.01' }),
      { signed: true },
    );
    expect(answer).toMatchObject({ retCode: 0, retMsg: 'OK', retExtInfo: {}, time: now() });
    expect(answer.result.orderId).toMatch(/^[0-9a-f-]{36}$/);
    const kit = format(MODULES, answer, { request: { url: ORDER } });
    expect({ kind: kit.kind, outcome: kit.outcome }).toEqual({ kind: 'success', outcome: 'succeeded' });
    const positions = await client.request<{ result: { list: { symbol: string; side: string; size: string }[] } }>(
      'GET',
      '/v5/position/list',
      { category: 'linear' },
      { signed: true },
    );
    expect(positions.result.list.find((p) => p.symbol === 'BTCUSDT')).toMatchObject({ side: 'Buy', size: '0.010' });
  });

  const rejections: readonly {
    readonly what: string;
    readonly order: Record<string, ParamValue>;
    readonly retCode: number;
    readonly retMsg: string;
    readonly titles: readonly [string, string, string];
  }[] = [
    {
      what: 'an order worth less than 5 USDT',
      order: { symbol: 'ETHUSDT', side: 'Buy', orderType: 'Market', qty: '0.001' },
      retCode: 110094,
      retMsg: 'Order notional value below the lower limit',
      titles: ['Order value too small', '订单价值过低', '訂單價值過低'],
    },
    {
      what: 'a quantity below the minimum',
      order: { side: 'Buy', orderType: 'Market', qty: '0.0001' },
      retCode: 10001,
      retMsg: 'The number of contracts exceeds minimum limit allowed',
      titles: ['Invalid request parameter', '请求参数错误', '請求參數錯誤'],
    },
    {
      what: 'a quantity above the market maximum',
      order: { side: 'Sell', orderType: 'Market', qty: '5797' },
      retCode: 10001,
      retMsg:
        'The number of contracts exceeds maximum limit allowed: too large, order_qty:579700000000 > max_qty:50000000000',
      titles: ['Invalid request parameter', '请求参数错误', '請求參數錯誤'],
    },
    {
      what: 'a reduce-only order with no position',
      order: { side: 'Sell', orderType: 'Market', qty: '0.01', reduceOnly: true },
      retCode: 110017,
      retMsg: 'Reduce-only rule not satisfied',
      titles: ['Reduce-only rule not met', '不满足只减仓规则', '不滿足只減倉規則'],
    },
    {
      what: 'more than the available balance buys',
      order: { side: 'Buy', orderType: 'Market', qty: '100' },
      retCode: 110007,
      retMsg: 'Insufficient available balance',
      titles: ['Available balance too low', '可用余额不足', '可用餘額不足'],
    },
    {
      what: 'a limit price far from the market',
      order: { side: 'Buy', orderType: 'Limit', qty: '0.01', price: '10000.00' },
      retCode: 110003,
      retMsg: 'price is invalid',
      titles: ['Price out of range', '价格超出允许范围', '價格超出允許範圍'],
    },
    {
      what: 'an unknown category',
      order: { category: 'futures', side: 'Buy', orderType: 'Market', qty: '0.01' },
      retCode: 10001,
      retMsg: 'Request parameter error.',
      titles: ['Invalid request parameter', '请求参数错误', '請求參數錯誤'],
    },
  ];

  it.each(rejections)(
    '$what: HTTP 200, retCode $retCode in Bybit’s words, read by the kit as Bybit’s',
    async ({ order, retCode, retMsg, titles }) => {
      const { send, now } = bybitExchange();
      const input = refusal(await send('POST', ORDER, linear(order)));
      expect(input.status).toBe(200);
      expect(JSON.parse(input.body)).toEqual({ retCode, retMsg, result: {}, retExtInfo: {}, time: now() });
      expect(input.headers['x-bapi-limit-status']).toBe(String(BYBIT_ORDER_LIMIT - 1));
      const read = (['en', 'zh', 'zh-TW'] as const).map((lng) => kitReads(input, lng));
      for (const kit of read) {
        expect({ exchange: kit.exchange, product: kit.product, code: kit.code, outcome: kit.outcome }).toEqual({
          exchange: 'bybit',
          product: 'v5',
          code: retCode,
          outcome: 'rejected',
        });
      }
      expect(read.map((kit) => kit.title)).toEqual(titles);
      // In English the server's own words, whether or not they are a template of Bybit's page.
      expect(read[0]?.message).toContain(retMsg.replace(/\.$/, ''));
    },
  );

  it('a duplicate order link id is 110072, and the kit reads it as a template of Bybit’s page', async () => {
    const { send } = bybitExchange();
    const order = linear({ side: 'Buy', orderType: 'Limit', qty: '0.01', price: '90000.00', orderLinkId: 'demo-1' });
    expect((await send('POST', ORDER, order)).answer).toMatchObject({ retCode: 0 });
    const input = refusal(await send('POST', ORDER, order));
    expect(JSON.parse(input.body)).toMatchObject({ retCode: 110072, retMsg: 'OrderLinkedID is duplicate' });
    expect(kitReads(input, 'zh-TW')).toMatchObject({ code: 110072, variant: 'default', lng: 'zh-TW' });
  });

  it('chaos 10016: a server error whose outcome is unknown, in all three languages', async () => {
    const { sim, send } = bybitExchange();
    sim.setChaos({ bybitServerError: true });
    const input = refusal(await send('POST', ORDER, linear({ side: 'Buy', orderType: 'Market', qty: '0.01' })));
    expect(JSON.parse(input.body)).toMatchObject({ retCode: 10016, retMsg: 'Server error.' });
    const read = (['en', 'zh', 'zh-TW'] as const).map((lng) => kitReads(input, lng));
    expect(read.map((kit) => [kit.code, kit.outcome])).toEqual([
      [10016, 'unknown'],
      [10016, 'unknown'],
      [10016, 'unknown'],
    ]);
    expect(read.map((kit) => kit.title)).toEqual(['Result unknown', '结果未知', '結果未知']);
    sim.setChaos({ bybitServerError: false });
    expect((await send('POST', ORDER, linear({ side: 'Buy', orderType: 'Market', qty: '0.01' }))).answer).toMatchObject(
      {
        retCode: 0,
      },
    );
  });

  it('the eleventh order in a second is 10006 with no request left, and the kit waits until the reset', async () => {
    // The kit counts the time left from the real clock: the exchange's runs from now.
    const { send, now } = bybitExchange({}, Math.floor(Date.now() / 1000) * 1000 + 1);
    const order = linear({ side: 'Buy', orderType: 'Limit', qty: '0.01', price: '90000.00' });
    for (let i = 0; i < BYBIT_ORDER_LIMIT; i++)
      expect((await send('POST', ORDER, order)).answer).toMatchObject({ retCode: 0 });
    const input = refusal(await send('POST', ORDER, order));
    expect(JSON.parse(input.body)).toMatchObject({ retCode: 10006, retMsg: 'Too many visits' });
    const reset = Math.floor(now() / 1000) * 1000 + 1000;
    expect(input.headers).toMatchObject({
      'x-bapi-limit': '10',
      'x-bapi-limit-status': '0',
      'x-bapi-limit-reset-timestamp': String(reset),
    });
    const kit = kitReads(input, 'en');
    expect({ code: kit.code, variant: kit.variant, outcome: kit.outcome }).toEqual({
      code: 10006,
      variant: 'default',
      outcome: 'rejected',
    });
    expect(kit.retryAfterMs).toBeGreaterThan(0);
  });

  it('checks the key, the receive window and the signature as Bybit does', async () => {
    const order = linear({ side: 'Buy', orderType: 'Market', qty: '0.01' });
    const cases = [
      [{ apiKey: 'x'.repeat(64) }, 10003, 'API key is invalid.'],
      [{ clockOffsetMs: -10_000 }, 10002, 'invalid request, please check your server timestamp or recv_window param.'],
      [{ apiSecret: 'y'.repeat(64) }, 10004, 'Error sign, please check your signature generation algorithm.'],
    ] as const;
    for (const [settings, retCode, retMsg] of cases) {
      const input = refusal(await bybitExchange(settings).send('POST', ORDER, order));
      const body = JSON.parse(input.body) as { retCode: number; retMsg: string };
      expect(body.retCode).toBe(retCode);
      expect(body.retMsg.startsWith(retMsg)).toBe(true);
      expect(kitReads(input, 'en')).toMatchObject({ exchange: 'bybit', code: retCode });
    }
  });

  it('lists a resting order, cancels it, and a second cancel is 110001', async () => {
    const { send } = bybitExchange();
    const placed = await send(
      'POST',
      ORDER,
      linear({ side: 'Buy', orderType: 'Limit', qty: '0.01', price: '90000.00' }),
    );
    const orderId = (placed.answer?.result as { orderId: string }).orderId;
    const open = await send('GET', '/v5/order/realtime', { category: 'linear' });
    expect((open.answer?.result as { list: unknown[] }).list).toEqual([
      expect.objectContaining({
        orderId,
        symbol: 'BTCUSDT',
        side: 'Buy',
        orderType: 'Limit',
        price: '90000.00',
        qty: '0.01',
        orderStatus: 'New',
      }),
    ]);
    expect(
      (await send('POST', '/v5/order/cancel', { category: 'linear', symbol: 'BTCUSDT', orderId })).answer,
    ).toMatchObject({
      retCode: 0,
      result: { orderId },
    });
    const again = refusal(await send('POST', '/v5/order/cancel', { category: 'linear', symbol: 'BTCUSDT', orderId }));
    expect(JSON.parse(again.body)).toMatchObject({ retCode: 110001, retMsg: 'Order does not exist' });
  });

  it('hostile bodies get a 10001, never a throw', async () => {
    const { sim } = bybitExchange();
    for (const body of ['[]', 'null', '{"qty":', '"x"', `{"qty":"${'9'.repeat(10_000)}"}`]) {
      const answer = await sim.handle({ method: 'POST', url: ORDER, headers: {}, body });
      expect('status' in answer && answer.status).toBe(200);
      expect(JSON.parse('body' in answer ? answer.body : '')).toMatchObject({ retCode: expect.any(Number) });
    }
  });
});

/**
 * The simulated Spot API (`/api/v3/*`), request by request: each answer's status and exact payload
 * (Binance's Spot wording), checked together with the kit, which must read it, among every product
 * the demo talks to and from the request's URL alone, as Spot's code and variant with Spot's title.
 */
import { binanceSpotEager } from '@exchange-errors/binance-spot/eager';
import { format } from '@exchange-errors/core';

const formatBinanceSpotError = (input: unknown) => format(binanceSpotEager, input);
import { beforeEach, describe, expect, it } from 'vitest';
import type { ParamValue } from '../../api/client.js';
import { DECIMAL_RANGE } from '../errors.js';
import { expectReadAs, http, testExchange, type TestExchange } from '../test-support.js';
import type { SimHttpResponse } from '../types.js';
import { SPOT_STARTING_BALANCES } from './account.js';
import { SPOT_CLIENT_ORDER_ID_RANGE } from './errors.js';
import { spotBook, SPOT_SYMBOLS } from './instruments.js';

let ex: TestExchange;
beforeEach(() => {
  ex = testExchange();
});

const BTC = SPOT_SYMBOLS[0]!;
const ORDER = '/api/v3/order';
const REPLACE = '/api/v3/order/cancelReplace';

const order = (params: Record<string, ParamValue>, opts?: Parameters<TestExchange['signed']>[3]) =>
  ex.signed(
    'POST',
    ORDER,
    { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', price: '50000', quantity: '0.001', ...params },
    opts,
  );

const json = (answer: SimHttpResponse) => JSON.parse(answer.body) as Record<string, unknown>;

/** The exact answer (it may carry `data`), and the kit reading it as Spot's code and variant from the URL alone. */
function expectSpotError(
  answer: SimHttpResponse,
  status: number,
  code: number,
  msg: string,
  variant = 'default',
  values: Record<string, string> = {},
  path = ORDER,
  shown: unknown = msg,
) {
  expectReadAs('spot', formatBinanceSpotError, answer, {
    status,
    code,
    msg,
    body: 'contains',
    variant,
    values,
    path,
    shown,
  });
}

describe('Spot public endpoints', () => {
  it('lists BTCUSDT and ETHUSDT with their filters as Spot serves them, the exchange filters, and Spot’s own rate limits', async () => {
    const answer = await ex.call('GET', '/api/v3/exchangeInfo');
    expect(answer.status).toBe(200);
    const info = json(answer) as {
      symbols: { symbol: string; filters: unknown[]; orderTypes: unknown[] }[];
      exchangeFilters: unknown[];
      rateLimits: unknown[];
    };
    expect(info.symbols.map((s) => s.symbol)).toEqual(['BTCUSDT', 'ETHUSDT']);
    // Binance's shape: decimal strings with eight places, integers as JSON numbers, in Binance's order.
    expect(info.symbols[0]!.filters.slice(0, 3)).toEqual([
      { filterType: 'PRICE_FILTER', minPrice: '0.01000000', maxPrice: '1000000.00000000', tickSize: '0.01000000' },
      { filterType: 'LOT_SIZE', minQty: '0.00001000', maxQty: '9000.00000000', stepSize: '0.00001000' },
      { filterType: 'ICEBERG_PARTS', limit: 10 },
    ]);
    expect(info.symbols.map((s) => s.filters.map((f) => (f as { filterType: string }).filterType))).toEqual([
      [
        'PRICE_FILTER',
        'LOT_SIZE',
        'ICEBERG_PARTS',
        'MARKET_LOT_SIZE',
        'TRAILING_DELTA',
        'PERCENT_PRICE_BY_SIDE',
        'NOTIONAL',
        'MAX_NUM_ORDERS',
        'MAX_NUM_ALGO_ORDERS',
      ],
      [
        'PRICE_FILTER',
        'PERCENT_PRICE',
        'LOT_SIZE',
        'MIN_NOTIONAL',
        'ICEBERG_PARTS',
        'MARKET_LOT_SIZE',
        'TRAILING_DELTA',
        'MAX_NUM_ORDERS',
        'MAX_NUM_ALGO_ORDERS',
        'MAX_NUM_ICEBERG_ORDERS',
        'MAX_POSITION',
      ],
    ]);
    expect(info.symbols[0]!.orderTypes).toEqual([
      'LIMIT',
      'LIMIT_MAKER',
      'MARKET',
      'STOP_LOSS_LIMIT',
      'TAKE_PROFIT_LIMIT',
    ]);
    expect(info.exchangeFilters).toEqual([
      { filterType: 'EXCHANGE_MAX_NUM_ORDERS', maxNumOrders: 1000 },
      { filterType: 'EXCHANGE_MAX_NUM_ALGO_ORDERS', maxNumAlgoOrders: 200 },
    ]);
    expect(info.rateLimits[0]).toEqual({
      rateLimitType: 'REQUEST_WEIGHT',
      interval: 'MINUTE',
      intervalNum: 1,
      limit: 6000,
    });
    // Spot counts its own weight: exchangeInfo is 20 there.
    expect(answer.headers['x-mbx-used-weight-1m']).toBe('20');
  });

  it('quotes a book on the tick around the index, bid below ask', async () => {
    const book = json(await ex.call('GET', '/api/v3/ticker/bookTicker', { symbol: 'BTCUSDT' })) as {
      bidPrice: string;
      askPrice: string;
    };
    expect(Number(book.bidPrice)).toBeLessThan(Number(book.askPrice));
    expect(book.bidPrice).toMatch(/^\d+\.\d{2}0{6}$/);
    expectSpotError(
      await ex.call('GET', '/api/v3/ticker/bookTicker', { symbol: 'DOGEUSDX' }),
      400,
      -1121,
      'Invalid symbol.',
      'default',
      {},
      '/api/v3/ticker/bookTicker',
    );
  });

  it('answers unknown paths with 404 and wrong methods with 405', async () => {
    expect((await ex.call('GET', '/api/v3/nothing')).status).toBe(404);
    expect((await ex.call('PUT', ORDER)).status).toBe(405);
  });
});

describe('Spot signed requests', () => {
  it('checks the API key, timestamp, signature and recvWindow in Spot’s words', async () => {
    expectSpotError(await order({}, { key: 'short' }), 401, -2014, 'API-key format invalid.');
    expectSpotError(
      await order({}, { key: 'x'.repeat(64) }),
      401,
      -2015,
      'Invalid API-key, IP, or permissions for action.',
    );
    expectSpotError(
      await order({}, { timestamp: ex.now() - 6000 }),
      400,
      -1021,
      'Timestamp for this request is outside of the recvWindow.',
    );
    expectSpotError(await order({}, { secret: 'wrong' }), 400, -1022, 'Signature for this request is not valid.');
    // Spot has no -1131: a recvWindow above 60000 is -1102's bound.
    expectSpotError(
      await order({}, { recvWindow: 70_000 }),
      400,
      -1102,
      "'recvWindow' contains unexpected value. Cannot be greater than 60000.",
      'tooLarge',
      { param: 'recvWindow', max: '60000' },
    );
  });
});

describe('POST /api/v3/order: the API layer', () => {
  it.each([
    [
      'no symbol',
      { symbol: '' },
      -1102,
      "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
      'param',
      { param: 'symbol' },
    ],
    ['an unknown symbol', { symbol: 'BTCUSDX' }, -1121, 'Invalid symbol.', 'default', {}],
    ['a bad side', { side: 'HOLD' }, -1117, 'Invalid side.', 'default', {}],
    ['an order type that is not Spot’s', { type: 'STOP' }, -1116, 'Invalid orderType.', 'default', {}],
    [
      'an order type the symbol does not list',
      { type: 'STOP_LOSS' },
      -1013,
      'Stop loss orders are not supported for this symbol.',
      'stopLossNotSupported',
      {},
    ],
    [
      'a LIMIT order without timeInForce',
      { timeInForce: undefined },
      -1102,
      "Mandatory parameter 'timeInForce' was not sent, was empty/null, or malformed.",
      'param',
      { param: 'timeInForce' },
    ],
    [
      'a LIMIT order without price',
      { price: undefined },
      -1102,
      "Mandatory parameter 'price' was not sent, was empty/null, or malformed.",
      'param',
      { param: 'price' },
    ],
    ['a bad time in force', { timeInForce: 'GTD' }, -1115, 'Invalid timeInForce.', 'default', {}],
    [
      'letters in the price',
      { price: '12a' },
      -1100,
      `Illegal characters found in parameter 'price'; legal range is '${DECIMAL_RANGE}'.`,
      'range',
      { param: 'price', legalRange: DECIMAL_RANGE },
    ],
    [
      'a negative quantity (no sign in the legal range)',
      { quantity: '-1' },
      -1100,
      `Illegal characters found in parameter 'quantity'; legal range is '${DECIMAL_RANGE}'.`,
      'range',
      { param: 'quantity', legalRange: DECIMAL_RANGE },
    ],
    [
      'a price finer than the quote asset’s 8 decimals',
      { price: '50000.123456789' },
      -1111,
      "Parameter 'price' has too much precision.",
      'default',
      { param: 'price' },
    ],
    [
      'a price off the 0.01 tick',
      { price: '50000.005' },
      -1013,
      'Filter failure: PRICE_FILTER',
      'filterPriceFilter',
      {},
    ],
    ['a price above maxPrice', { price: '2000000' }, -1013, 'Filter failure: PRICE_FILTER', 'filterPriceFilter', {}],
    [
      'a quantity off the 0.00001 step',
      { quantity: '0.000015' },
      -1013,
      'Filter failure: LOT_SIZE',
      'filterLotSize',
      {},
    ],
    ['a quantity of 0', { quantity: '0' }, -1013, 'Filter failure: LOT_SIZE', 'filterLotSize', {}],
    [
      'an order worth less than minNotional 5',
      { price: '50000', quantity: '0.00005' },
      -1013,
      'Filter failure: NOTIONAL',
      'filterNotional',
      {},
    ],
    [
      'a MARKET order with a price',
      { type: 'MARKET', timeInForce: undefined },
      -1106,
      "Parameter 'price' sent when not required.",
      'param',
      { param: 'price' },
    ],
    [
      'a MARKET order with neither quantity nor quoteOrderQty',
      { type: 'MARKET', timeInForce: undefined, price: undefined, quantity: undefined },
      -1102,
      "Param 'quantity' or 'quoteOrderQty' must be sent, but both were empty/null!",
      'either',
      { param: 'quantity', otherParam: 'quoteOrderQty' },
    ],
    [
      'a LIMIT_MAKER order with timeInForce',
      { type: 'LIMIT_MAKER' },
      -1106,
      "Parameter 'timeInForce' sent when not required.",
      'param',
      { param: 'timeInForce' },
    ],
    [
      'an illegal client order id',
      { newClientOrderId: 'no spaces!' },
      -1100,
      `Illegal characters found in parameter 'newClientOrderId'; legal range is '${SPOT_CLIENT_ORDER_ID_RANGE}'.`,
      'range',
      { param: 'newClientOrderId', legalRange: SPOT_CLIENT_ORDER_ID_RANGE },
    ],
  ] as const)('rejects %s', async (_, params, code, msg, variant, values) => {
    expectSpotError(await order(params), 400, code, msg, variant, values);
  });

  it('rejects a parameter sent twice (-1101)', async () => {
    const twice = http(
      await ex.sim.handle({
        method: 'GET',
        url: '/api/v3/ticker/bookTicker?symbol=BTCUSDT&symbol=ETHUSDT',
        headers: {},
        body: '',
      }),
    );
    expectSpotError(
      twice,
      400,
      -1101,
      'Duplicate values for a parameter detected.',
      'duplicate',
      {},
      '/api/v3/ticker/bookTicker',
    );
  });
});

describe('POST /api/v3/order: every filter, as Binance’s filter document defines it', () => {
  const eth = (params: Record<string, ParamValue>) =>
    order({ symbol: 'ETHUSDT', price: '3400', quantity: '0.01', ...params });
  const stopLimit = (params: Record<string, ParamValue>) =>
    order({ type: 'STOP_LOSS_LIMIT', side: 'SELL', stopPrice: '50000', price: '50000', quantity: '0.0001', ...params });

  it('serves the average price the filters judge by', async () => {
    const avg = json(await ex.call('GET', '/api/v3/avgPrice', { symbol: 'BTCUSDT' }));
    expect(avg).toMatchObject({ mins: 5, price: expect.stringMatching(/^\d+\.\d{2}0{6}$/) });
  });

  it.each([
    ['PERCENT_PRICE_BY_SIDE: a buy above 5× the average price', { price: '999999' }, 'PERCENT_PRICE_BY_SIDE'],
    ['ICEBERG_PARTS: more than 10 parts', { quantity: '0.01', icebergQty: '0.0005' }, 'ICEBERG_PARTS'],
    ['LOT_SIZE on the visible quantity', { quantity: '0.01', icebergQty: '0.000005' }, 'LOT_SIZE'],
    [
      'MARKET_LOT_SIZE: a market order above its maximum',
      { type: 'MARKET', timeInForce: undefined, price: undefined, quantity: '80' },
      'MARKET_LOT_SIZE',
    ],
    [
      'TRAILING_DELTA: below the minimum',
      { type: 'STOP_LOSS_LIMIT', trailingDelta: '5', price: '50000' },
      'TRAILING_DELTA',
    ],
    [
      'PRICE_FILTER on the stop price',
      { type: 'STOP_LOSS_LIMIT', side: 'SELL', stopPrice: '50000.001' },
      'PRICE_FILTER',
    ],
  ] as const)('rejects %s', async (_, params, filter) => {
    const answer = await order(params);
    const known = filter !== 'PERCENT_PRICE_BY_SIDE';
    const variant = known
      ? `filter${filter.toLowerCase().replace(/(^|_)(\w)/g, (_m, _s, c: string) => c.toUpperCase())}`
      : null;
    expectSpotError(
      answer,
      400,
      -1013,
      `Filter failure: ${filter}`,
      variant as string,
      {},
      ORDER,
      known ? `Filter failure: ${filter}` : `The exchange returned error -1013: Filter failure: ${filter}`,
    );
  });

  it.each([
    ['PERCENT_PRICE: a sell below 0.2× the average price', { side: 'SELL', price: '100' }, 'PERCENT_PRICE'],
    ['MIN_NOTIONAL: less than 5 USDT', { quantity: '0.001' }, 'MIN_NOTIONAL'],
    ['MAX_POSITION: a buy that would hold more than 50 ETH', { quantity: '49' }, 'MAX_POSITION'],
  ] as const)('rejects on ETHUSDT %s', async (_, params, filter) => {
    const answer = await eth(params);
    const variant = `filter${filter.toLowerCase().replace(/(^|_)(\w)/g, (_m, _s, c: string) => c.toUpperCase())}`;
    expectSpotError(answer, 400, -1013, `Filter failure: ${filter}`, variant, {});
  });

  it('rests stop orders untriggered, counts them (MAX_NUM_ALGO_ORDERS) and refuses one that would trigger at once', async () => {
    for (let i = 0; i < 5; i += 1) expect((await stopLimit({})).status).toBe(200);
    const open = json(await ex.signed('GET', '/api/v3/openOrders', { symbol: 'BTCUSDT' })) as unknown as {
      type: string;
      stopPrice: string;
    }[];
    expect(open.map((o) => [o.type, o.stopPrice])).toEqual(Array(5).fill(['STOP_LOSS_LIMIT', '50000.00000000']));
    expectSpotError(
      await stopLimit({}),
      400,
      -1013,
      'Filter failure: MAX_NUM_ALGO_ORDERS',
      'filterMaxNumAlgoOrders',
      {},
    );
    const now = await order({
      type: 'TAKE_PROFIT_LIMIT',
      side: 'SELL',
      stopPrice: '3000',
      price: '3000',
      symbol: 'ETHUSDT',
      quantity: '0.01',
    });
    expectSpotError(now, 400, -2010, 'Order would trigger immediately.', 'wouldTriggerImmediately', {});
  });

  it('rejects a visible quantity larger than the order', async () => {
    expectSpotError(
      await order({ icebergQty: '0.002' }),
      400,
      -1013,
      'IcebergQty exceeds QTY.',
      'icebergQtyExceedsQty',
      {},
    );
  });
});

describe('POST /api/v3/order: the matching engine', () => {
  it('rejects what the balances cannot pay for (-2010 insufficient balance), buys and sells', async () => {
    expectSpotError(
      await order({ price: '50000', quantity: '0.3' }),
      400,
      -2010,
      'Account has insufficient balance for requested action.',
      'insufficientBalance',
    );
    expectSpotError(
      await order({ side: 'SELL', price: '150000', quantity: '1' }),
      400,
      -2010,
      'Account has insufficient balance for requested action.',
      'insufficientBalance',
    );
  });

  it('rejects a LIMIT_MAKER order that would take (-2010) and a client order id already open (-2010)', async () => {
    const { ask } = spotBook(BTC, ex.now());
    expectSpotError(
      await order({ type: 'LIMIT_MAKER', timeInForce: undefined, price: ask.toFixed(2) }),
      400,
      -2010,
      'Order would immediately match and take.',
      'wouldMatchAndTake',
    );
    expect((await order({ newClientOrderId: 'ladder-1' })).status).toBe(200);
    expectSpotError(
      await order({ newClientOrderId: 'ladder-1' }),
      400,
      -2010,
      'Duplicate order sent.',
      'duplicateOrder',
    );
  });

  it('rests a limit order below the book, holding its quote; lists it; cancels it; -2011 for an order it does not hold', async () => {
    const placed = json(await order({ price: '50000', quantity: '0.01' }));
    expect(placed).toMatchObject({
      symbol: 'BTCUSDT',
      status: 'NEW',
      type: 'LIMIT',
      price: '50000.00000000',
      origQty: '0.01000000',
      executedQty: '0.00000000',
      orderListId: -1,
    });
    const account = json(await ex.signed('GET', '/api/v3/account')) as {
      balances: { asset: string; free: string; locked: string }[];
    };
    expect(account.balances.find((b) => b.asset === 'USDT')).toEqual({
      asset: 'USDT',
      free: (SPOT_STARTING_BALANCES['USDT']! - 500).toFixed(8),
      locked: '500.00000000',
    });
    expect(
      (json(await ex.signed('GET', '/api/v3/openOrders', { symbol: 'BTCUSDT' })) as unknown as unknown[]).length,
    ).toBe(1);
    const cancelled = json(
      await ex.signed('DELETE', ORDER, { symbol: 'BTCUSDT', orderId: placed['orderId'] as number }),
    );
    expect(cancelled).toMatchObject({ status: 'CANCELED', origClientOrderId: placed['clientOrderId'] });
    expectSpotError(
      await ex.signed('DELETE', ORDER, { symbol: 'BTCUSDT', orderId: placed['orderId'] as number }),
      400,
      -2011,
      'Unknown order sent.',
      'unknownOrder',
    );
    expectSpotError(
      await ex.signed('DELETE', ORDER, { symbol: 'BTCUSDT' }),
      400,
      -1102,
      "Param 'origClientOrderId' or 'orderId' must be sent, but both were empty/null!",
      'either',
      { param: 'origClientOrderId', otherParam: 'orderId' },
    );
    const after = json(await ex.signed('GET', '/api/v3/account')) as { balances: { asset: string; locked: string }[] };
    expect(after.balances.find((b) => b.asset === 'USDT')?.locked).toBe('0.00000000');
  });

  it('fills a market buy at the ask, a FOK beyond the depth expires, and a resting order fills when the market moves through it', async () => {
    const { ask, bid } = spotBook(BTC, ex.now());
    const bought = json(await order({ type: 'MARKET', timeInForce: undefined, price: undefined, quantity: '0.01' }));
    expect(bought).toMatchObject({ status: 'FILLED', executedQty: '0.01000000', price: '0.00000000' });
    expect((bought['fills'] as { price: string }[])[0]?.price).toBe(ask.toFixed(8));
    const fok = json(await order({ price: (ask + 1000).toFixed(2), quantity: '0.08', timeInForce: 'FOK' }));
    expect(fok).toMatchObject({ status: 'EXPIRED', executedQty: '0.00000000' });
    const resting = json(await order({ side: 'SELL', price: (bid + 200).toFixed(2), quantity: '0.01' }));
    expect(resting['status']).toBe('NEW');
    // The index moves: some time later the bid has crossed 200 above today's.
    let filled = false;
    for (let i = 0; i < 200 && !filled; i += 1) {
      ex.advance(5_000);
      const open = json(await ex.signed('GET', '/api/v3/openOrders', { symbol: 'BTCUSDT' })) as unknown as unknown[];
      filled = open.length === 0;
    }
    expect(filled).toBe(true);
  });
});

describe('POST /api/v3/order/cancelReplace', () => {
  const replace = (params: Record<string, ParamValue>) =>
    ex.signed('POST', REPLACE, {
      symbol: 'BTCUSDT',
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      price: '50000',
      quantity: '0.001',
      cancelReplaceMode: 'STOP_ON_FAILURE',
      ...params,
    });

  it('an order it does not hold, STOP_ON_FAILURE: 400 -2022 with what each half did, new order not attempted', async () => {
    const answer = await replace({ cancelOrderId: 12345 });
    expect(JSON.parse(answer.body)).toEqual({
      code: -2022,
      msg: 'Order cancel-replace failed.',
      data: {
        cancelResult: 'FAILURE',
        newOrderResult: 'NOT_ATTEMPTED',
        cancelResponse: { code: -2011, msg: 'Unknown order sent.' },
        newOrderResponse: null,
      },
    });
    expectSpotError(answer, 400, -2022, 'Order cancel-replace failed.', 'default', {}, REPLACE);
    expect(ex.sim.spot.openOrders()).toHaveLength(0);
  });

  it('both halves failing under ALLOW_FAILURE: 400 -2022 with both errors', async () => {
    const answer = await replace({ cancelOrderId: 12345, cancelReplaceMode: 'ALLOW_FAILURE', quantity: '1' });
    expect(JSON.parse(answer.body)).toEqual({
      code: -2022,
      msg: 'Order cancel-replace failed.',
      data: {
        cancelResult: 'FAILURE',
        newOrderResult: 'FAILURE',
        cancelResponse: { code: -2011, msg: 'Unknown order sent.' },
        newOrderResponse: { code: -2010, msg: 'Account has insufficient balance for requested action.' },
      },
    });
    expectSpotError(answer, 400, -2022, 'Order cancel-replace failed.', 'default', {}, REPLACE);
  });

  it('one half failing: 409 -2021, the other half done', async () => {
    const partial = await replace({ cancelOrderId: 12345, cancelReplaceMode: 'ALLOW_FAILURE' });
    expectSpotError(partial, 409, -2021, 'Order cancel-replace partially failed.', 'default', {}, REPLACE);
    expect(JSON.parse(partial.body).data).toMatchObject({
      cancelResult: 'FAILURE',
      newOrderResult: 'SUCCESS',
      newOrderResponse: { status: 'NEW' },
    });

    const resting = json(await order({ price: '40000', quantity: '0.001' }));
    const refused = await replace({ cancelOrderId: resting['orderId'] as number, quantity: '1' });
    expectSpotError(refused, 409, -2021, 'Order cancel-replace partially failed.', 'default', {}, REPLACE);
    expect(JSON.parse(refused.body).data).toMatchObject({
      cancelResult: 'SUCCESS',
      newOrderResult: 'FAILURE',
      cancelResponse: { status: 'CANCELED', orderId: resting['orderId'] },
      newOrderResponse: { code: -2010, msg: 'Account has insufficient balance for requested action.' },
    });
  });

  it('replaces an order: 200 with both responses; the new order’s filters are checked before anything is cancelled', async () => {
    const resting = json(await order({ price: '40000', quantity: '0.001' }));
    const filtered = await replace({ cancelOrderId: resting['orderId'] as number, price: '40000.001' });
    expectSpotError(filtered, 400, -1013, 'Filter failure: PRICE_FILTER', 'filterPriceFilter', {}, REPLACE);
    expect(ex.sim.spot.openOrders()).toHaveLength(1);
    const done = json(await replace({ cancelOrderId: resting['orderId'] as number, price: '41000' }));
    expect(done).toMatchObject({
      cancelResult: 'SUCCESS',
      newOrderResult: 'SUCCESS',
      cancelResponse: { status: 'CANCELED' },
      newOrderResponse: { status: 'NEW', price: '41000.00000000' },
    });
    expectSpotError(
      await replace({ cancelReplaceMode: undefined, cancelOrderId: 1 }),
      400,
      -1102,
      "Mandatory parameter 'cancelReplaceMode' was not sent, was empty/null, or malformed.",
      'param',
      { param: 'cancelReplaceMode' },
      REPLACE,
    );
    expectSpotError(
      await replace({}),
      400,
      -1102,
      "Param 'cancelOrigClientOrderId' or 'cancelOrderId' must be sent, but both were empty/null!",
      'either',
      { param: 'cancelOrigClientOrderId', otherParam: 'cancelOrderId' },
      REPLACE,
    );
  });
});

describe('Spot rate limits', () => {
  it('answers 429 -1003 with Spot’s limit once 6,000 weight is spent, then bans with 418', async () => {
    for (let i = 0; i < 6000 / 20; i += 1) await ex.call('GET', '/api/v3/exchangeInfo');
    const limited = await ex.call('GET', '/api/v3/time');
    const msg =
      'Too much request weight used; current limit is 6000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.';
    expectSpotError(
      limited,
      429,
      -1003,
      msg,
      'weightLimit',
      { limit: '6000', interval: '1 MINUTE' },
      '/api/v3/time',
      msg.replace('1 MINUTE', '1 minute'),
    );
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Options counts its own weight.
    expect((await ex.call('GET', '/eapi/v1/time')).status).toBe(200);
    for (let i = 0; i < 300; i += 1) await ex.call('GET', '/api/v3/time');
    const banned = await ex.call('GET', '/api/v3/time');
    const until = String(ex.sim.limiters.spot.bannedUntil);
    expectSpotError(
      banned,
      418,
      -1003,
      `Way too much request weight used; IP banned until ${until}. Please use WebSocket Streams for live updates to avoid bans.`,
      'ipBan',
      { until },
      '/api/v3/time',
      expect.stringMatching(
        /^Way too much request weight used; IP banned until .+, 2026, .+ \(.+\)\. Please use WebSocket Streams/,
      ),
    );
  });

  it('limits new orders to 50 per 10 seconds (-1015)', async () => {
    for (let i = 0; i < 50; i += 1) await order({ price: '40000', quantity: '0.0002' });
    const msg = 'Too many new orders; current limit is 50 orders per 10 SECOND.';
    expectSpotError(
      await order({ price: '40000', quantity: '0.0002' }),
      429,
      -1015,
      msg,
      'limit',
      { limit: '50', interval: '10 SECOND' },
      ORDER,
      msg.replace('10 SECOND', '10 seconds'),
    );
  });
});

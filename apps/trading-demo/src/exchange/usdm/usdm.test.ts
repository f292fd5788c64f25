/**
 * The simulated USDⓈ-M API (`/fapi/*`), request by request: each answer's status and exact payload
 * (Binance's USDⓈ-M wording), checked together with the kit, which must read it, among every product
 * the demo talks to and from the request's URL alone, as USDⓈ-M's code and variant.
 */
import { binanceUsdmEager } from '@exchange-errors/binance-usdm/eager';
import { format } from '@exchange-errors/core';

const formatBinanceUsdmError = (input: unknown) => format(binanceUsdmEager, input);
import { beforeEach, describe, expect, it } from 'vitest';
import type { ParamValue } from '../../api/client.js';
import { CLIENT_ORDER_ID_RANGE, DECIMAL_RANGE } from '../errors.js';
import { expectReadAs, http, testExchange, type TestExchange } from '../test-support.js';
import type { SimHttpResponse } from '../types.js';
import { USDM_STARTING_WALLET } from './account.js';
import { perpBook, PERP_SYMBOLS } from './instruments.js';

let ex: TestExchange;
beforeEach(() => {
  ex = testExchange();
});

const BTC = PERP_SYMBOLS[0]!;
const ORDER = '/fapi/v1/order';
const onTick = (price: number) => (Math.round(price * 10) / 10).toFixed(1);
const mark = () => perpBook(BTC, ex.now()).mark;

const order = (params: Record<string, ParamValue>, opts?: Parameters<TestExchange['signed']>[3]) =>
  ex.signed(
    'POST',
    ORDER,
    {
      symbol: 'BTCUSDT',
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      price: onTick(mark() - 1000),
      quantity: '0.01',
      ...params,
    },
    opts,
  );

const json = (answer: SimHttpResponse) => JSON.parse(answer.body) as Record<string, unknown>;

/** The exact answer, and the kit reading it as USDⓈ-M's code and variant from the URL alone. */
function expectUsdmError(
  answer: SimHttpResponse,
  status: number,
  code: number,
  msg: string,
  variant: string | null = 'default',
  values: Record<string, string> = {},
  path = ORDER,
  shown: unknown = msg,
) {
  expectReadAs('usdm', formatBinanceUsdmError, answer, {
    status,
    code,
    msg,
    body: 'exact',
    variant,
    values,
    path,
    shown,
  });
}

describe('USDⓈ-M public endpoints', () => {
  it('lists the BTCUSDT and ETHUSDT perpetuals with their filters, precision and order types', async () => {
    const answer = await ex.call('GET', '/fapi/v1/exchangeInfo');
    expect(answer.status).toBe(200);
    const info = json(answer) as {
      symbols: {
        symbol: string;
        contractType: string;
        pricePrecision: number;
        quantityPrecision: number;
        filters: { filterType: string }[];
      }[];
      rateLimits: unknown[];
    };
    expect(info.symbols.map((s) => [s.symbol, s.contractType, s.pricePrecision, s.quantityPrecision])).toEqual([
      ['BTCUSDT', 'PERPETUAL', 2, 3],
      ['ETHUSDT', 'PERPETUAL', 2, 3],
    ]);
    const filters = info.symbols[0]!.filters;
    expect(filters.find((f) => f.filterType === 'PRICE_FILTER')).toEqual({
      filterType: 'PRICE_FILTER',
      minPrice: '556.80',
      maxPrice: '4529764',
      tickSize: '0.10',
    });
    expect(filters.find((f) => f.filterType === 'LOT_SIZE')).toEqual({
      filterType: 'LOT_SIZE',
      minQty: '0.001',
      maxQty: '1000',
      stepSize: '0.001',
    });
    expect(filters.find((f) => f.filterType === 'MIN_NOTIONAL')).toEqual({
      filterType: 'MIN_NOTIONAL',
      notional: '100',
    });
    expect(info.rateLimits[0]).toEqual({
      rateLimitType: 'REQUEST_WEIGHT',
      interval: 'MINUTE',
      intervalNum: 1,
      limit: 2400,
    });
  });

  it('marks the contract above the index, quotes a book around the mark on the tick', async () => {
    const premium = json(await ex.call('GET', '/fapi/v1/premiumIndex', { symbol: 'BTCUSDT' }));
    expect(Number(premium['markPrice'])).toBeGreaterThan(Number(premium['indexPrice']));
    const book = json(await ex.call('GET', '/fapi/v1/ticker/bookTicker', { symbol: 'BTCUSDT' }));
    expect(Number(book['bidPrice'])).toBeLessThan(Number(book['askPrice']));
    expect(book['bidPrice']).toMatch(/^\d+\.\d0$/);
    expectUsdmError(
      await ex.call('GET', '/fapi/v1/premiumIndex', { symbol: 'BTCUSDX' }),
      400,
      -1121,
      'Invalid symbol.',
      'default',
      {},
      '/fapi/v1/premiumIndex',
    );
  });
});

describe('USDⓈ-M signed requests', () => {
  it('checks the API key, timestamp, signature and recvWindow', async () => {
    expectUsdmError(await order({}, { key: 'short' }), 401, -2014, 'API-key format invalid.');
    expectUsdmError(
      await order({}, { timestamp: ex.now() + 5000 }),
      400,
      -1021,
      "Timestamp for this request was 1000ms ahead of the server's time.",
      'ahead',
    );
    expectUsdmError(await order({}, { secret: 'wrong' }), 400, -1022, 'Signature for this request is not valid.');
    expectUsdmError(
      await order({}, { recvWindow: 70_000 }),
      400,
      -1130,
      "Data sent for parameter 'recvWindow' is not valid.",
      'param',
      { param: 'recvWindow' },
    );
  });
});

describe('POST /fapi/v1/order', () => {
  it.each([
    [
      'no symbol',
      () => ({ symbol: '' }),
      -1102,
      "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
      'param',
      { param: 'symbol' },
    ],
    ['an unknown symbol', () => ({ symbol: 'BTCUSDX' }), -1121, 'Invalid symbol.', 'default', {}],
    ['a bad side', () => ({ side: 'HOLD' }), -1117, 'Invalid side.', 'default', {}],
    [
      'a position side in one-way mode',
      () => ({ positionSide: 'LONG' }),
      -4061,
      "Order's position side does not match user's setting.",
      'default',
      {},
    ],
    [
      'an order type this exchange does not list',
      () => ({ type: 'TRAILING_STOP_MARKET' }),
      -1116,
      'Invalid orderType.',
      'default',
      {},
    ],
    [
      'a LIMIT order without timeInForce',
      () => ({ timeInForce: undefined }),
      -1102,
      "Mandatory parameter 'timeInForce' was not sent, was empty/null, or malformed.",
      'param',
      { param: 'timeInForce' },
    ],
    ['a bad time in force', () => ({ timeInForce: 'GTD' }), -1115, 'Invalid timeInForce.', 'default', {}],
    [
      'letters in the price',
      () => ({ price: '12a' }),
      -1100,
      `Illegal characters found in parameter 'price'; legal range is '${DECIMAL_RANGE}'.`,
      'range',
      { param: 'price', legalRange: DECIMAL_RANGE },
    ],
    [
      'a price with more decimals than pricePrecision 2',
      () => ({ price: `${onTick(mark())}12` }),
      -1111,
      'Precision is over the maximum defined for this asset.',
      'default',
      {},
    ],
    ['a negative price', () => ({ price: '-5' }), -4001, 'Price less than 0.', 'default', {}],
    ['a price below minPrice', () => ({ price: '100' }), -4013, 'Price less than min price.', 'default', {}],
    ['a price above maxPrice', () => ({ price: '5000000' }), -4002, 'Price greater than max price.', 'default', {}],
    [
      'a price off the 0.10 tick',
      () => ({ price: (Number(onTick(mark() - 1000)) + 0.05).toFixed(2) }),
      -4014,
      'Price not increased by tick size.',
      'default',
      {},
    ],
    [
      'a price above the mark price cap (PERCENT_PRICE)',
      () => ({ price: onTick(mark() * 1.06) }),
      -4016,
      'Price is higher than mark price multiplier cap.',
      'default',
      {},
    ],
    [
      'a price below the mark price floor (PERCENT_PRICE)',
      () => ({ price: onTick(mark() * 0.94) }),
      -4024,
      'Price is lower than mark price multiplier floor.',
      'default',
      {},
    ],
    ['a quantity of 0', () => ({ quantity: '0' }), -4003, 'Quantity less than zero.', 'default', {}],
    ['a negative quantity', () => ({ quantity: '-1' }), -4003, 'Quantity less than zero.', 'default', {}],
    [
      'a quantity with more decimals than quantityPrecision 3',
      () => ({ quantity: '0.0015' }),
      -1111,
      'Precision is over the maximum defined for this asset.',
      'default',
      {},
    ],
    [
      'a limit quantity above LOT_SIZE',
      () => ({ quantity: '1001' }),
      -4005,
      'Quantity greater than max quantity.',
      'default',
      {},
    ],
    [
      'a market quantity above MARKET_LOT_SIZE',
      () => ({ type: 'MARKET', timeInForce: undefined, price: undefined, quantity: '121' }),
      -4005,
      'Quantity greater than max quantity.',
      'default',
      {},
    ],
    [
      'a MARKET order with a price',
      () => ({ type: 'MARKET', timeInForce: undefined }),
      -1106,
      "Parameter 'price' sent when not required.",
      'param',
      { param: 'price' },
    ],
    [
      'an order worth less than MIN_NOTIONAL 100',
      () => ({ quantity: '0.001' }),
      -4164,
      "Order's notional must be no smaller than 100 (unless you choose reduce only)",
      'notional',
      { notional: '100' },
    ],
    [
      'an illegal client order id',
      () => ({ newClientOrderId: 'no spaces!' }),
      -1100,
      `Illegal characters found in parameter 'newClientOrderId'; legal range is '${CLIENT_ORDER_ID_RANGE}'.`,
      'range',
      { param: 'newClientOrderId', legalRange: CLIENT_ORDER_ID_RANGE },
    ],
    [
      'a reduce-only order with no position to reduce',
      () => ({ reduceOnly: true }),
      -2022,
      'ReduceOnly Order is rejected.',
      'default',
      {},
    ],
    ['more than the margin allows at 20×', () => ({ quantity: '5' }), -2019, 'Margin is insufficient.', 'default', {}],
  ] as const)('rejects %s', async (_, params, code, msg, variant, values) => {
    expectUsdmError(await order(params()), 400, code, msg, variant, values);
  });

  it('rejects a post-only (GTX) order that would take (-5022) and a client order id already open (-4116)', async () => {
    const { ask } = perpBook(BTC, ex.now());
    expectUsdmError(
      await order({ timeInForce: 'GTX', price: onTick(ask) }),
      400,
      -5022,
      'Due to the order could not be executed as maker, the Post Only order will be rejected.',
    );
    expect((await order({ newClientOrderId: 'grid-1' })).status).toBe(200);
    expectUsdmError(await order({ newClientOrderId: 'grid-1' }), 400, -4116, 'clientOrderId is duplicated');
  });

  it('a reduce-only order must reduce: it closes a long, and is rejected (-2022) when it would add to or open a position', async () => {
    const bought = json(await order({ type: 'MARKET', timeInForce: undefined, price: undefined, quantity: '0.01' }));
    expect(bought).toMatchObject({ status: 'FILLED', executedQty: '0.010', positionSide: 'BOTH', reduceOnly: false });
    const positions = json(await ex.signed('GET', '/fapi/v3/positionRisk', { symbol: 'BTCUSDT' })) as unknown as {
      positionAmt: string;
    }[];
    expect(positions[0]?.positionAmt).toBe('0.010');
    // Buying more with reduceOnly would increase the long.
    expectUsdmError(
      await order({ type: 'MARKET', timeInForce: undefined, price: undefined, quantity: '0.01', reduceOnly: true }),
      400,
      -2022,
      'ReduceOnly Order is rejected.',
    );
    const closed = json(
      await order({
        side: 'SELL',
        type: 'MARKET',
        timeInForce: undefined,
        price: undefined,
        quantity: '0.01',
        reduceOnly: true,
      }),
    );
    expect(closed).toMatchObject({ status: 'FILLED', reduceOnly: true });
    expect(json(await ex.signed('GET', '/fapi/v3/positionRisk'))).toEqual([]);
    // Flat again: a reduce-only sell would open a short.
    expectUsdmError(
      await order({
        side: 'SELL',
        type: 'MARKET',
        timeInForce: undefined,
        price: undefined,
        quantity: '0.01',
        reduceOnly: true,
      }),
      400,
      -2022,
      'ReduceOnly Order is rejected.',
    );
    // A reduce-only order is exempt from MIN_NOTIONAL: 0.001 BTC is under 100 USDT.
    await order({ type: 'MARKET', timeInForce: undefined, price: undefined, quantity: '0.002' });
    expect(
      json(
        await order({
          side: 'SELL',
          type: 'MARKET',
          timeInForce: undefined,
          price: undefined,
          quantity: '0.001',
          reduceOnly: true,
        }),
      )['status'],
    ).toBe('FILLED');
  });

  it('rests a limit order, holds its margin, cancels it; -2011 for an order it does not hold', async () => {
    const placed = json(await order({ quantity: '0.1' }));
    expect(placed).toMatchObject({ status: 'NEW', origQty: '0.100', type: 'LIMIT', timeInForce: 'GTC' });
    const account = json(await ex.signed('GET', '/fapi/v3/account'));
    expect(Number(account['totalInitialMargin'])).toBeCloseTo((Number(placed['price']) * 0.1) / 20, 6);
    expect(Number(account['availableBalance'])).toBeCloseTo(
      USDM_STARTING_WALLET - Number(account['totalInitialMargin']),
      6,
    );
    expect(json(await ex.signed('GET', '/fapi/v1/openOrders')) as unknown as unknown[]).toHaveLength(1);
    expect(
      json(await ex.signed('DELETE', ORDER, { symbol: 'BTCUSDT', orderId: placed['orderId'] as number }))['status'],
    ).toBe('CANCELED');
    // Binance sends "Unknown order sent."; the USDⓈ-M document quotes it inside a longer sentence (the
    // override table takes the quoted text as the variant's server text).
    expectUsdmError(
      await ex.signed('DELETE', ORDER, { symbol: 'BTCUSDT', orderId: placed['orderId'] as number }),
      400,
      -2011,
      'Unknown order sent.',
      'unknownOrder',
    );
  });
});

describe('USDⓈ-M rate limits', () => {
  it('answers 429 -1003 in futures’ words once 2,400 weight is spent', async () => {
    for (let i = 0; i < 2400; i += 1) await ex.call('GET', '/fapi/v1/time');
    const limited = await ex.call('GET', '/fapi/v1/time');
    expectUsdmError(
      limited,
      429,
      -1003,
      'Too many requests; current limit is 2400 requests per minute. Please use the websocket for live updates to avoid polling the API.',
      'limit',
      { limit: '2400' },
      '/fapi/v1/time',
    );
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Spot and Options count their own weight.
    expect((await ex.call('GET', '/api/v3/time')).status).toBe(200);
  });

  it('an IP ban reaches every product', async () => {
    ex.sim.banIp();
    const banned = http(await ex.sim.handle({ method: 'GET', url: '/fapi/v1/time', headers: {}, body: '' }));
    const until = String(ex.sim.limiters.usdm.bannedUntil);
    expect(JSON.parse(banned.body)).toEqual({
      code: -1003,
      msg: `Way too many requests; IP banned until ${until}. Please use the websocket for live updates to avoid bans.`,
    });
    expect((await ex.call('GET', '/api/v3/time')).status).toBe(418);
    expect((await ex.call('GET', '/eapi/v1/time')).status).toBe(418);
    ex.sim.liftBan();
    expect((await ex.call('GET', '/fapi/v1/time')).status).toBe(200);
  });
});

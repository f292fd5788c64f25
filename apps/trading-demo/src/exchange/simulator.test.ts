import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import { resolve } from '@exchange-errors/core';

const resolveBinanceError = (input: unknown) => resolve(binanceOptionsEager, input);
import { beforeEach, describe, expect, it } from 'vitest';
import { queryString, type ParamValue } from '../api/client.js';
import { DEMO_API_KEY, DEMO_API_SECRET, hmacSha256Hex } from './auth.js';
import { Account } from './account.js';
import { ExchangeRejection } from './errors.js';
import { instrumentWith, type InstrumentFilters } from './instruments.js';
import { BAN_AFTER_REJECTIONS, ORDER_LIMIT, WEIGHT_LIMIT } from './limits.js';
import { Params } from './params.js';
import { quote } from './market.js';
import { CHAOS_HEADER, Simulator } from './simulator.js';
import type { SimHttpResponse, SimResponse } from './types.js';

// A fixed instant: Tuesday 2026-11-24 10:00 UTC; expiries are then 2026-11-27, 2026-12-04, 2026-12-25, 2027-01-29.
let clock = Date.UTC(2026, 10, 24, 10);
let sim: Simulator;

beforeEach(() => {
  clock = Date.UTC(2026, 10, 24, 10);
  sim = new Simulator({ now: () => clock, sleep: async (ms) => void (clock += ms) });
});

const CALL = 'BTC-261225-100000-C';

function http(answer: SimResponse): SimHttpResponse {
  if ('networkError' in answer) throw new Error('expected an HTTP answer');
  return answer;
}

async function call(
  method: string,
  path: string,
  params: Record<string, ParamValue> = {},
  headers: Record<string, string> = {},
) {
  return http(await sim.handle({ method, url: `${path}?${queryString(params)}`, headers, body: '' }));
}

async function signed(
  method: string,
  path: string,
  params: Record<string, ParamValue> = {},
  opts: { key?: string; secret?: string; timestamp?: number; recvWindow?: number } = {},
) {
  let query = queryString({ ...params, recvWindow: opts.recvWindow, timestamp: opts.timestamp ?? clock });
  query += `&signature=${await hmacSha256Hex(opts.secret ?? DEMO_API_SECRET, query)}`;
  return http(
    await sim.handle({
      method,
      url: `${path}?${query}`,
      headers: { 'x-mbx-apikey': opts.key ?? DEMO_API_KEY },
      body: '',
    }),
  );
}

const order = (params: Record<string, ParamValue>, opts?: Parameters<typeof signed>[3]) =>
  signed(
    'POST',
    '/eapi/v1/order',
    { symbol: CALL, side: 'BUY', type: 'LIMIT', price: '500', quantity: '0.1', ...params },
    opts,
  );

/** What the kit makes of the answer: the test checks the exchange and the kit together. */
function resolved(answer: SimHttpResponse) {
  return resolveBinanceError({
    status: answer.status,
    headers: { 'retry-after': answer.headers['retry-after'] ?? null },
    body: answer.body,
  });
}

function expectError(
  answer: SimHttpResponse,
  status: number,
  code: number,
  variant = 'default',
  values: Record<string, string> = {},
) {
  expect(answer.status).toBe(status);
  expect(answer.headers['content-type']).toContain('application/json');
  const r = resolved(answer);
  expect({ code: r.code, variant: r.variant, values: r.values, known: r.known }).toEqual({
    code,
    variant,
    values,
    known: true,
  });
}

describe('public endpoints', () => {
  it('lists BTC and ETH options over four expiries, with Binance filters and rate limits', async () => {
    const answer = await call('GET', '/eapi/v1/exchangeInfo');
    expect(answer.status).toBe(200);
    const info = JSON.parse(answer.body);
    const symbols: string[] = info.optionSymbols.map((s: { symbol: string }) => s.symbol);
    expect(symbols).toContain(CALL);
    expect(new Set(symbols.map((s) => s.split('-')[1]))).toEqual(new Set(['261127', '261204', '261225', '270129']));
    expect(info.optionSymbols.find((s: { symbol: string }) => s.symbol === CALL).filters[0]).toEqual({
      filterType: 'PRICE_FILTER',
      minPrice: '5',
      maxPrice: '200000',
      tickSize: '5',
    });
    expect(info.rateLimits[0]).toEqual({
      rateLimitType: 'REQUEST_WEIGHT',
      interval: 'MINUTE',
      intervalNum: 1,
      limit: WEIGHT_LIMIT.limit,
    });
    expect(answer.headers['x-mbx-used-weight-1m']).toBe('1');
  });

  it('prices calls and puts consistently: bid < mark < ask, put-call parity within the spread', async () => {
    const marks = JSON.parse((await call('GET', '/eapi/v1/ticker')).body) as {
      symbol: string;
      bidPrice: string;
      askPrice: string;
      lastPrice: string;
    }[];
    for (const m of marks) {
      expect(Number(m.bidPrice)).toBeLessThan(Number(m.askPrice));
      expect(Number(m.bidPrice)).toBeLessThanOrEqual(Number(m.lastPrice));
    }
    const index = Number(JSON.parse((await call('GET', '/eapi/v1/index', { underlying: 'BTCUSDT' })).body).indexPrice);
    const c = sim.instruments.find((i) => i.symbol === CALL)!;
    const p = sim.instruments.find((i) => i.symbol === 'BTC-261225-100000-P')!;
    expect(quote(c, clock).markPrice - quote(p, clock).markPrice).toBeCloseTo(index - 100_000, -2);
  });

  it('moves the index over time', async () => {
    const first = JSON.parse((await call('GET', '/eapi/v1/index', { underlying: 'ETHUSDT' })).body).indexPrice;
    clock += 20_000;
    const later = JSON.parse((await call('GET', '/eapi/v1/index', { underlying: 'ETHUSDT' })).body).indexPrice;
    expect(later).not.toBe(first);
  });

  it('rejects a missing or unknown underlying and an unknown symbol', async () => {
    expectError(await call('GET', '/eapi/v1/index'), 400, -1102, 'param', { param: 'underlying' });
    expectError(await call('GET', '/eapi/v1/index', { underlying: 'DOGEUSDT' }), 400, -1128);
    expectError(await call('GET', '/eapi/v1/mark', { symbol: 'BTC-1-2-X' }), 400, -1121);
  });

  it('answers unknown paths with 404 and wrong methods with 405, as a web server does', async () => {
    expect((await call('GET', '/eapi/v1/nothing')).status).toBe(404);
    expect((await call('PUT', '/eapi/v1/order')).status).toBe(405);
  });
});

describe('signed requests', () => {
  it('checks the API key, timestamp, recvWindow and signature', async () => {
    expectError(await order({}, { key: 'short' }), 401, -2014);
    expectError(await order({}, { key: 'x'.repeat(64) }), 401, -2015);
    expectError(await order({}, { timestamp: clock - 6000 }), 400, -1021);
    expectError(await order({}, { timestamp: clock + 5000 }), 400, -1021, 'ahead');
    expectError(await order({}, { recvWindow: 70_000 }), 400, -1131);
    expectError(await order({}, { secret: 'wrong' }), 400, -1022);
    expect((await order({})).status).toBe(200);
  });

  it('rejects a parameter sent twice', async () => {
    const answer = http(
      await sim.handle({
        method: 'GET',
        url: '/eapi/v1/index?underlying=BTCUSDT&underlying=ETHUSDT',
        headers: {},
        body: '',
      }),
    );
    expectError(answer, 400, -1101, 'duplicate');
  });
});

describe('order validation', () => {
  it.each([
    ['no symbol', { symbol: '' }, -1102, 'param', { param: 'symbol' }],
    ['an unknown symbol', { symbol: 'BTC-261225-100001-C' }, -1121, 'default', {}],
    ['no quantity', { quantity: undefined }, -1102, 'param', { param: 'quantity' }],
    ['a bad side', { side: 'HOLD' }, -1117, 'default', {}],
    ['a MARKET order (options are limit-only)', { type: 'MARKET' }, -1116, 'default', {}],
    ['a bad time in force', { timeInForce: 'GTD' }, -1115, 'default', {}],
    [
      'letters in the price',
      { price: '12a' },
      -1100,
      'range',
      { param: 'price', legalRange: '^([0-9]{1,20})(\\.[0-9]{1,20})?$' },
    ],
    ['a negative price', { price: '-5' }, -4001, 'default', {}],
    ['a price above the maximum', { price: '250000' }, -4002, 'default', {}],
    ['a price below the minimum', { price: '0' }, -4013, 'default', {}],
    ['a price off the tick', { price: '502' }, -4029, 'default', {}],
    ['a negative quantity', { quantity: '-1' }, -4003, 'default', {}],
    ['a quantity below the minimum', { quantity: '0' }, -4004, 'default', {}],
    ['a quantity above the maximum', { quantity: '1000' }, -4005, 'default', {}],
    ['a quantity with more decimals than the contract takes', { quantity: '0.015' }, -1111, 'default', {}],
    ['a price with decimals where the contract takes whole numbers', { price: '500.5' }, -1111, 'default', {}],
    ['post-only with IOC', { postOnly: true, timeInForce: 'IOC' }, -1014, 'default', {}],
    [
      'an illegal client order id',
      { clientOrderId: 'no spaces allowed' },
      -1100,
      'range',
      { param: 'clientOrderId', legalRange: '^[\\.A-Z\\:/a-z0-9_-]{1,36}$' },
    ],
  ] as const)('rejects %s', async (_, params, code, variant, values) => {
    expectError(await order(params), 400, code, variant, values);
  });

  it('judges ETH prices on a 0.1 tick exactly, where floating point would not', async () => {
    const eth = sim.instruments.find((i) => i.underlying === 'ETHUSDT' && i.side === 'PUT')!.symbol;
    // 0.3 / 0.1 is 2.9999999999999996 in doubles: an exact check must still take 0.3.
    expect((await order({ symbol: eth, price: '0.3', quantity: '0.1' })).status).toBe(200);
    expectError(await order({ symbol: eth, price: '3000.15', quantity: '0.1' }), 400, -1111);
    expectError(await order({ symbol: eth, price: '0.1', quantity: '0.25' }), 400, -1111);
  });

  it('rejects a duplicate client order id', async () => {
    expect((await order({ clientOrderId: 'ladder-1' })).status).toBe(200);
    expectError(await order({ clientOrderId: 'ladder-1' }), 400, -6044);
  });

  it('rejects buys beyond the balance (-2018) and sells beyond the margin (-2027)', async () => {
    expectError(await order({ price: '20000', quantity: '5' }), 400, -2018);
    expectError(await order({ side: 'SELL', price: '5000', quantity: '20' }), 400, -2027);
  });

  it('fills a marketable order at the ask, rejects FOK beyond the depth and post-only that would take', async () => {
    const instrument = sim.instruments.find((i) => i.symbol === CALL)!;
    const { ask } = quote(instrument, clock);
    const filled = JSON.parse((await order({ price: String(ask), quantity: '1' })).body);
    expect(filled).toMatchObject({ status: 'FILLED', executedQty: '1.00', avgPrice: ask.toFixed(0) });
    const far = sim.instruments.find((i) => i.symbol === 'BTC-261225-108000-C')!;
    const farAsk = String(quote(far, clock).ask);
    expectError(await order({ symbol: far.symbol, price: farAsk, quantity: '6', timeInForce: 'FOK' }), 400, -6046);
    expectError(await order({ price: String(ask), postOnly: true }), 400, -6047);
    const positions = JSON.parse((await signed('GET', '/eapi/v1/position')).body);
    expect(positions).toEqual([expect.objectContaining({ symbol: CALL, side: 'LONG', quantity: '1.00' })]);
  });

  it('rejects reduce-only orders that would not reduce a position', async () => {
    expectError(await order({ side: 'SELL', reduceOnly: true }), 400, -6045);
  });
});

describe('filters of other shapes (an account with its own listing)', () => {
  const base = new Simulator({ now: () => Date.UTC(2026, 10, 24, 10) }).instruments.find((i) => i.symbol === CALL)!;
  function place(
    filters: Partial<InstrumentFilters>,
    params: Record<string, string>,
    scales?: { priceScale: number; quantityScale: number },
  ) {
    const instrument = instrumentWith(base, { ...base.filters, ...filters }, scales);
    const account = new Account(new Map([[instrument.symbol, instrument]]));
    const query = new URLSearchParams({
      symbol: CALL,
      side: 'BUY',
      type: 'LIMIT',
      price: '5',
      quantity: '0.05',
      ...params,
    }).toString();
    try {
      account.place(new Params([query]), Date.UTC(2026, 10, 24, 10));
      return 0;
    } catch (error) {
      if (error instanceof ExchangeRejection) return error.error.code;
      throw error;
    }
  }

  it('rejects a quantity off a step that is not a power of ten (-4030)', () => {
    expect(place({ stepSize: '0.05', minQty: '0.05' }, { quantity: '0.07' })).toBe(-4030);
    expect(place({ stepSize: '0.05', minQty: '0.05' }, { quantity: '0.1' })).toBe(0);
  });

  it('checks tiny ticks and steps exactly (0.00000001)', () => {
    const fine = { tickSize: '0.00000001', minPrice: '0.00000001', stepSize: '0.00000001', minQty: '0.00000001' };
    expect(place(fine, { price: '0.30000001', quantity: '0.00000003' }, { priceScale: 8, quantityScale: 8 })).toBe(0);
    expect(place(fine, { price: '0.300000015' }, { priceScale: 9, quantityScale: 8 })).toBe(-4029);
    expect(place(fine, { price: '0.300000015' }, { priceScale: 8, quantityScale: 8 })).toBe(-1111);
  });

  it('rejects more than one order may carry (-6054) after the lot size filter (-4005)', () => {
    expect(place({ maxOrderQty: '10' }, { quantity: '12', price: '5' })).toBe(-6054);
    expect(place({ maxOrderQty: '10' }, { quantity: '120', price: '5' })).toBe(-4005);
  });

  it('takes a filter value of 0 as "no such rule", as Binance documents', () => {
    expect(place({ maxPrice: '0' }, { price: '999995' })).toBe(-2018);
    expect(place({ minQty: '0' }, { quantity: '0.01' })).toBe(0);
  });
});

describe('order lifecycle', () => {
  it('queries, cancels, then refuses to cancel again (-6028) and does not know other ids (-2013)', async () => {
    const placed = JSON.parse((await order({ price: '5', quantity: '0.5', clientOrderId: 'rest-1' })).body);
    expect(placed.status).toBe('ACCEPTED');
    const unnamed = JSON.parse((await order({ price: '5', quantity: '0.5' })).body);
    expect(unnamed.clientOrderId).toBe(`sim_${unnamed.orderId}`);
    await signed('DELETE', '/eapi/v1/order', { symbol: CALL, orderId: unnamed.orderId });
    expect(JSON.parse((await signed('GET', '/eapi/v1/openOrders')).body)).toHaveLength(1);
    const queried = JSON.parse((await signed('GET', '/eapi/v1/order', { symbol: CALL, clientOrderId: 'rest-1' })).body);
    expect(queried.orderId).toBe(placed.orderId);
    expect(
      JSON.parse((await signed('DELETE', '/eapi/v1/order', { symbol: CALL, orderId: placed.orderId })).body).status,
    ).toBe('CANCELLED');
    expectError(await signed('DELETE', '/eapi/v1/order', { symbol: CALL, orderId: placed.orderId }), 400, -6028);
    expectError(await signed('DELETE', '/eapi/v1/order', { symbol: CALL, orderId: 1 }), 400, -2013);
    expectError(await signed('DELETE', '/eapi/v1/order', { symbol: CALL }), 400, -1102, 'either', {
      param: 'orderId',
      otherParam: 'clientOrderId',
    });
  });

  it('places batches of up to 10 with an answer per order, and refuses 11 (-6011)', async () => {
    const item = { symbol: CALL, side: 'BUY', type: 'LIMIT', price: '5', quantity: '0.1' };
    const batch = JSON.parse(
      (await signed('POST', '/eapi/v1/batchOrders', { orders: JSON.stringify([item, { ...item, price: '7' }]) })).body,
    );
    expect(batch[0].status).toBe('ACCEPTED');
    expect(batch[1]).toEqual({ code: -4029, msg: 'Tick size precision is invalid.' });
    expectError(
      await signed('POST', '/eapi/v1/batchOrders', { orders: JSON.stringify(Array(11).fill(item)) }),
      400,
      -6011,
    );
    expectError(await signed('POST', '/eapi/v1/batchOrders', { orders: '[{' }), 400, -1102, 'param', {
      param: 'orders',
    });
  });

  it('freezes the underlying when MMP triggers (-6058) until reset', async () => {
    const set = await signed('POST', '/eapi/v1/mmpSet', {
      underlying: 'BTCUSDT',
      windowTimeInMilliseconds: 3000,
      frozenTimeInMilliseconds: 0,
      qtyLimit: '1',
      deltaLimit: '100',
    });
    expect(JSON.parse(set.body)).toMatchObject({
      underlying: 'BTCUSDT',
      windowTimeInMilliseconds: 3000,
      qtyLimit: '1',
    });
    const { ask } = quote(
      sim.instruments.find((i) => i.symbol === CALL)!,
      clock,
    );
    expect(JSON.parse((await order({ price: String(ask), quantity: '1' })).body).status).toBe('FILLED');
    expectError(await order({ price: '5' }), 400, -6058);
    expect(JSON.parse((await signed('GET', '/eapi/v1/mmp', { underlying: 'BTCUSDT' })).body).lastTriggerTime).toBe(
      clock,
    );
    await signed('POST', '/eapi/v1/mmpReset', { underlying: 'BTCUSDT' });
    expect((await order({ price: '5' })).status).toBe(200);
    expectError(
      await signed('POST', '/eapi/v1/mmpSet', {
        underlying: 'BTCUSDT',
        windowTimeInMilliseconds: 0,
        frozenTimeInMilliseconds: 0,
        qtyLimit: '1',
        deltaLimit: '1',
      }),
      400,
      -6001,
    );
    expectError(await signed('GET', '/eapi/v1/mmp', { underlying: 'XRPUSDT' }), 400, -6004);
  });
});

describe('rate limits', () => {
  it('answers 429 -1008 with the limit, interval and Retry-After once the weight is spent, then bans with 418', async () => {
    for (let i = 0; i < WEIGHT_LIMIT.limit / 5; i += 1) await call('GET', '/eapi/v1/mark', { symbol: CALL });
    const limited = await call('GET', '/eapi/v1/time');
    expectError(limited, 429, -1008, 'weightLimit', {
      limit: String(WEIGHT_LIMIT.limit),
      intervalNum: '1',
      intervalUnit: 'MINUTE',
    });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(resolved(limited).retryAfterMs).toBe(Number(limited.headers['retry-after']) * 1000);
    for (let i = 0; i < BAN_AFTER_REJECTIONS; i += 1) await call('GET', '/eapi/v1/time');
    const banned = await call('GET', '/eapi/v1/time');
    expect(banned.status).toBe(418);
    const until = String(sim.limiter.bannedUntil);
    expectError(banned, 418, -1008, 'ipBan', { until });
    sim.limiter.liftBan();
    clock += 60_000;
    expect((await call('GET', '/eapi/v1/time')).status).toBe(200);
  });

  it('limits new orders per 10 seconds (-1015)', async () => {
    for (let i = 0; i < ORDER_LIMIT.limit; i += 1) await order({ price: '5', quantity: '0.01' });
    expectError(await order({ price: '5', quantity: '0.01' }), 429, -1015, 'limit', {
      limit: String(ORDER_LIMIT.limit),
      interval: '10 SECOND',
    });
  });
});

describe('chaos', () => {
  it('adds latency, fails like a dropped connection, or answers with a proxy page', async () => {
    sim.setChaos({ latencyMs: 750 });
    const before = clock;
    await call('GET', '/eapi/v1/time');
    expect(clock - before).toBe(750);
    sim.setChaos({ latencyMs: 0, failure: 'network' });
    expect(await sim.handle({ method: 'GET', url: '/eapi/v1/time', headers: {}, body: '' })).toEqual({
      networkError: true,
    });
    sim.setChaos({ failure: 'proxy502' });
    const proxy = await call('GET', '/eapi/v1/time');
    expect(proxy.status).toBe(502);
    expect(resolved(proxy)).toMatchObject({ kind: 'http', httpStatus: 502, code: null });
  });

  it('answers storm requests with the rate limiter’s own 429 and leaves the rest alone', async () => {
    const storm = await call('GET', '/eapi/v1/time', {}, { [CHAOS_HEADER]: 'rate-limit' });
    expectError(storm, 429, -1008, 'weightLimit', {
      limit: String(WEIGHT_LIMIT.limit),
      intervalNum: '1',
      intervalUnit: 'MINUTE',
    });
    expect(storm.headers['x-mbx-used-weight-1m']).toBe('0');
    expect((await call('GET', '/eapi/v1/time')).status).toBe(200);
  });

  it('clamps nonsense chaos settings', () => {
    sim.setChaos({ latencyMs: Number.NaN, failure: 'explode' as never, bybitServerError: 'yes' as never });
    expect(sim.chaos).toEqual({ latencyMs: 0, failure: 'none', bybitServerError: false });
    sim.setChaos({ latencyMs: 1e9 });
    expect(sim.chaos.latencyMs).toBe(30_000);
  });
});

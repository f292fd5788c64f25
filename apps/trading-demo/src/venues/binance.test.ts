/**
 * The Binance venues' readers on the simulated exchange's real answers (exchangeInfo, openOrders,
 * account, positionRisk, an order), and on answers that are not what they should be: partial,
 * of another shape, hostile (throwing getters, Proxies whose traps throw, revoked Proxies), huge.
 * A reader gives fewer rows or null, never a throw, in linear time.
 */
import { describe, expect, it } from 'vitest';
import { testExchange } from '../exchange/test-support.js';
import { binanceSpotVenue, binanceUsdmVenue } from './binance.js';
import { plainDecimal } from './read.js';
import type { Venue } from './types.js';

const json = (body: string): unknown => JSON.parse(body);

describe('on the simulated exchange’s answers', () => {
  it('Spot: symbols with their entries as served, the hint’s rules, an order, open orders and balances', async () => {
    const ex = testExchange();
    const info = json((await ex.call('GET', '/api/v3/exchangeInfo')).body);
    const symbols = binanceSpotVenue.symbolsOf(info);
    expect(symbols.map((s) => s.symbol)).toEqual(['BTCUSDT', 'ETHUSDT']);
    // The entry is the answer's own object: validateOrder reads it as Binance serves it.
    expect(symbols[0]!.entry).toBe((info as { symbols: unknown[] }).symbols[0]);
    expect(binanceSpotVenue.rulesOf(symbols[0]!)).toEqual({
      symbol: 'BTCUSDT',
      quoteAsset: 'USDT',
      tickSize: '0.01',
      stepSize: '0.00001',
      minNotional: '5',
    });
    // ETHUSDT has the older MIN_NOTIONAL filter.
    expect(binanceSpotVenue.rulesOf(symbols[1]!)?.minNotional).toBe('5');

    const placed = json(
      (
        await ex.signed('POST', '/api/v3/order', {
          symbol: 'BTCUSDT',
          side: 'BUY',
          type: 'LIMIT',
          timeInForce: 'GTC',
          price: '50000',
          quantity: '0.001',
        })
      ).body,
    );
    const order = binanceSpotVenue.readOrder(placed, {});
    expect(order).toMatchObject({ symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', price: '50000', quantity: '0.001' });
    const open = binanceSpotVenue.readOpenOrders(json((await ex.signed('GET', '/api/v3/openOrders')).body));
    expect(open).toEqual([
      {
        orderId: order!.orderId,
        symbol: 'BTCUSDT',
        side: 'BUY',
        type: 'LIMIT',
        price: '50000',
        quantity: '0.001',
        executed: '0',
        timeInForce: 'GTC',
        status: 'NEW',
        clientOrderId: expect.any(String),
      },
    ]);
    const holdings = binanceSpotVenue.holdings;
    if (holdings.kind !== 'balances') throw new Error('Spot holds balances');
    const balances = holdings.read(json((await ex.signed('GET', holdings.path)).body));
    expect(balances).toContainEqual({ asset: 'USDT', free: '9950', locked: '50' });
    expect(balances.map((b) => b.asset)).toEqual(['USDT', 'BTC', 'ETH']);
  });

  it('USDⓈ-M: symbols, the hint’s rules, an order and a position long or short by its sign', async () => {
    const ex = testExchange();
    const info = json((await ex.call('GET', '/fapi/v1/exchangeInfo')).body);
    const symbols = binanceUsdmVenue.symbolsOf(info);
    expect(binanceUsdmVenue.rulesOf(symbols[0]!)).toEqual({
      symbol: 'BTCUSDT',
      quoteAsset: 'USDT',
      tickSize: '0.1',
      stepSize: '0.001',
      minNotional: '100',
    });
    const answer = await ex.signed('POST', '/fapi/v1/order', {
      symbol: 'BTCUSDT',
      side: 'SELL',
      type: 'MARKET',
      quantity: '0.002',
    });
    expect(binanceUsdmVenue.readOrder(json(answer.body), {})).toMatchObject({
      side: 'SELL',
      type: 'MARKET',
      quantity: '0.002',
    });
    const holdings = binanceUsdmVenue.holdings;
    const positions = holdings.read(json((await ex.signed('GET', holdings.path)).body));
    expect(positions).toEqual([
      {
        symbol: 'BTCUSDT',
        side: 'SHORT',
        quantity: '0.002',
        entryPrice: expect.stringMatching(/^\d+(\.\d+)?$/),
        markPrice: expect.stringMatching(/^\d+(\.\d+)?$/),
        unrealizedPnl: expect.any(String),
      },
    ]);
  });
});

describe('on answers that are not what they should be', () => {
  const throwing = new Proxy(
    {},
    {
      get: () => {
        throw new Error('get');
      },
      getOwnPropertyDescriptor: () => {
        throw new Error('descriptor');
      },
      ownKeys: () => {
        throw new Error('keys');
      },
    },
  );
  const revoked = (() => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    return proxy;
  })();
  const getter = Object.defineProperty({}, 'symbols', {
    get() {
      throw new Error('getter');
    },
    enumerable: true,
  });
  const lyingArray = new Proxy([1, 2, 3], {
    get: (target, key) => {
      if (key === 'length') return 3;
      throw new Error('item');
    },
  });
  const odd: unknown[] = [
    undefined,
    null,
    0,
    'text',
    [],
    {},
    throwing,
    revoked,
    getter,
    lyingArray,
    { symbols: throwing },
    { symbols: [throwing, revoked, { symbol: 42 }, { symbol: 'X', filters: throwing }] },
    { balances: [throwing, { asset: 'BTC', free: throwing }] },
    [
      { side: 'BUY', orderId: throwing },
      { side: 'HOLD', orderId: 1 },
    ],
    [
      { symbol: 'BTCUSDT', positionAmt: 'abc' },
      { symbol: 'BTCUSDT', positionAmt: '0.000' },
    ],
  ];

  it.each([binanceSpotVenue, binanceUsdmVenue])('%# every reader is total', (venue: Venue) => {
    for (const answer of odd) {
      expect(() => venue.symbolsOf(answer)).not.toThrow();
      expect(() => venue.readOrder(answer, {})).not.toThrow();
      expect(() => venue.readOpenOrders(answer)).not.toThrow();
      expect(() => venue.holdings.read(answer)).not.toThrow();
      expect(() => venue.rulesOf({ symbol: 'X', entry: answer })).not.toThrow();
      expect(() => venue.cancelReplace?.readPlaced(answer)).not.toThrow();
    }
    expect(venue.symbolsOf({ symbols: [throwing, { symbol: 'BTCUSDT' }] }).map((s) => s.symbol)).toEqual(['BTCUSDT']);
    expect(venue.rulesOf({ symbol: 'X', entry: { filters: [{ filterType: 'PRICE_FILTER', tickSize: '0.1' }] } })).toBe(
      null,
    );
    expect(venue.readOpenOrders([{ side: 'HOLD', orderId: 1 }])).toEqual([]);
  });

  it('reads 200,000 symbols in linear time', () => {
    const entry = (i: number) => ({ symbol: `S${i}USDT`, filters: [] });
    const time = (n: number) => {
      const info = { symbols: Array.from({ length: n }, (_, i) => entry(i)) };
      const start = performance.now();
      expect(binanceSpotVenue.symbolsOf(info)).toHaveLength(n);
      return performance.now() - start;
    };
    // The fastest of three runs each: a busy machine only ever adds time.
    const best = (n: number) => Math.min(time(n), time(n), time(n));
    const small = Math.max(best(20_000), 1);
    const large = best(200_000);
    // Ten times the input: well under a hundred times the time (quadratic would be 100×).
    expect(large / small).toBeLessThan(40);
  });

  it('plainDecimal drops exchangeInfo’s padding and leaves anything else as it is', () => {
    expect(plainDecimal('0.01000000')).toBe('0.01');
    expect(plainDecimal('1.00000000')).toBe('1');
    expect(plainDecimal('100')).toBe('100');
    expect(plainDecimal('-0.5000')).toBe('-0.5000');
    expect(plainDecimal('1e-8')).toBe('1e-8');
  });
});

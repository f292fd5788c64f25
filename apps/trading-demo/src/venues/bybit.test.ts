/**
 * Bybit's USDT perpetuals as a venue: its readers on the simulated exchange's own answers (Bybit's
 * envelope, the rows in `result.list`), an order in Bybit's parameter names, and odd answers (partial,
 * of Binance's shape, throwing getters, Proxies, revoked Proxies, arrays that lie): fewer rows, never a
 * throw; 200,000 instruments read in linear time.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_TICKET } from '../state/ticket.js';
import { testExchange } from '../exchange/test-support.js';
import { bybitLinearVenue as venue } from './bybit.js';

const json = (body: string) => JSON.parse(body) as unknown;

describe('Bybit’s USDT perpetuals as a venue', () => {
  it('reads the symbols and the hint’s tick, step and minimum value from instruments-info', async () => {
    const { call } = testExchange();
    const info = json((await call('GET', '/v5/market/instruments-info', { ...venue.params })).body);
    const symbols = venue.symbolsOf(info);
    expect(symbols.map((s) => s.symbol)).toEqual(['BTCUSDT', 'ETHUSDT']);
    expect(symbols.map((s) => venue.rulesOf(s))).toEqual([
      { symbol: 'BTCUSDT', quoteAsset: 'USDT', tickSize: '0.1', stepSize: '0.001', minNotional: '5' },
      { symbol: 'ETHUSDT', quoteAsset: 'USDT', tickSize: '0.01', stepSize: '0.001', minNotional: '5' },
    ]);
  });

  it('sends an order in Bybit’s names: Buy, Limit, qty, PostOnly for GTX, orderLinkId, reduceOnly as a boolean', () => {
    const ticket = { ...EMPTY_TICKET, product: 'bybitLinear' as const, symbol: ' BTCUSDT ', price: '95000.5 ' };
    expect(
      venue.orderParams(
        { ...ticket, quantity: '0.01', timeInForce: 'GTX', reduceOnly: true, clientOrderId: 'a-1' },
        'BUY',
      ),
    ).toEqual({
      category: 'linear',
      symbol: 'BTCUSDT',
      side: 'Buy',
      orderType: 'Limit',
      qty: '0.01',
      price: '95000.5',
      timeInForce: 'PostOnly',
      reduceOnly: true,
      orderLinkId: 'a-1',
    });
    expect(venue.orderParams({ ...ticket, type: 'MARKET', quantity: '1' }, 'SELL')).toEqual({
      category: 'linear',
      symbol: 'BTCUSDT',
      side: 'Sell',
      orderType: 'Market',
      qty: '1',
      price: undefined,
      timeInForce: undefined,
      reduceOnly: undefined,
      orderLinkId: undefined,
    });
    expect(['qty', 'orderType', 'orderLinkId', 'price', 'reduceOnly'].map((p) => venue.fieldOfParam(p))).toEqual([
      'quantity',
      'type',
      'clientOrderId',
      'price',
      'reduceOnly',
    ]);
    expect(venue.fieldOfParam('toString')).toBeNull();
  });

  it('reads a placed order (Bybit answers with its id only), the open orders and the positions', async () => {
    const { sim, now } = testExchange();
    const limit = {
      ...venue.params,
      symbol: 'BTCUSDT',
      side: 'Buy',
      orderType: 'Limit',
      qty: '0.01',
      price: '90000.0',
    };
    const resting = sim.bybit.account.place(limit, now());
    const filled = sim.bybit.account.place({ ...limit, side: 'Sell', orderType: 'Market', price: undefined }, now());
    expect(venue.readOrder({ retCode: 0, result: { orderId: resting.orderId, orderLinkId: '' } }, limit)).toEqual({
      orderId: resting.orderId,
      symbol: 'BTCUSDT',
      side: 'BUY',
      type: 'LIMIT',
      price: '90000.0',
      quantity: '0.01',
      status: 'SUBMITTED',
    });
    const open = { result: { list: sim.bybit.account.openOrders(now()).map((o) => sim.bybit.account.orderView(o)) } };
    expect(venue.readOpenOrders(open)).toEqual([
      {
        orderId: resting.orderId,
        symbol: 'BTCUSDT',
        side: 'BUY',
        type: 'LIMIT',
        price: '90000',
        quantity: '0.01',
        executed: '0',
        timeInForce: 'GTC',
        status: 'NEW',
        clientOrderId: '',
      },
    ]);
    expect(filled.orderStatus).toBe('Filled');
    const positions = venue.holdings.read({ result: { list: sim.bybit.account.positionViews(now()) } });
    expect(positions).toEqual([expect.objectContaining({ symbol: 'BTCUSDT', side: 'SHORT', quantity: '0.01' })]);
  });

  const throwing = new Proxy(
    {},
    {
      get: () => {
        throw new Error('trap');
      },
      has: () => {
        throw new Error('trap');
      },
      getOwnPropertyDescriptor: () => {
        throw new Error('trap');
      },
    },
  );
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  const lyingArray = new Proxy([1, 2, 3], {
    get: (_target, key) => {
      if (key === 'length') return 3;
      throw new Error('item');
    },
  });
  const odd: unknown[] = [
    undefined,
    null,
    'text',
    [],
    throwing,
    revoked,
    lyingArray,
    { result: throwing },
    { result: { list: throwing } },
    { result: { list: lyingArray } },
    { result: { list: [throwing, revoked, { symbol: 42 }, { symbol: 'X', priceFilter: throwing }] } },
    {
      result: {
        list: [
          { side: 'Hold', orderId: 'x' },
          { side: 'Buy', orderId: throwing },
        ],
      },
    },
    {
      result: {
        list: [
          { symbol: 'BTCUSDT', size: 'abc', side: 'Buy' },
          { symbol: 'BTCUSDT', size: '1', side: '' },
        ],
      },
    },
    { symbols: [{ symbol: 'BTCUSDT', filters: [] }] },
  ];

  it('every reader is total: odd answers give fewer rows, never a throw', () => {
    for (const answer of odd) {
      expect(venue.symbolsOf(answer).every((s) => typeof s.symbol === 'string')).toBe(true);
      expect(() => venue.readOrder(answer, { side: 'Buy' })).not.toThrow();
      expect(() => venue.readOpenOrders(answer)).not.toThrow();
      expect(() => venue.holdings.read(answer)).not.toThrow();
      expect(() => venue.rulesOf({ symbol: 'X', entry: answer })).not.toThrow();
    }
    expect(venue.readOpenOrders(odd[11])).toEqual([]);
    expect(venue.holdings.read(odd[12])).toEqual([]);
    expect(venue.symbolsOf(odd[13])).toEqual([]);
    expect(venue.readOrder({ result: { orderId: 'x' } }, { side: throwing as never })).toBeNull();
  });

  it('reads 200,000 instruments in linear time', () => {
    const time = (n: number) => {
      const info = { result: { list: Array.from({ length: n }, (_, i) => ({ symbol: `S${i}USDT` })) } };
      const start = performance.now();
      expect(venue.symbolsOf(info)).toHaveLength(n);
      return performance.now() - start;
    };
    const best = (n: number) => Math.min(time(n), time(n), time(n));
    const small = Math.max(best(20_000), 1);
    // Ten times the input: well under a hundred times the time (quadratic would be 100×).
    expect(best(200_000) / small).toBeLessThan(40);
  });
});

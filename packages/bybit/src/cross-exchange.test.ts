/**
 * One kit for both exchanges: with Binance's products and Bybit's registered together, the engine
 * decides the exchange and product from the request's host or path, or the body's shape, and a Bybit
 * error never reads as Binance's code of the same number. The numbers both use: -2015 (Bybit's "Your
 * api key has expired", Binance's REJECTED_MBX_KEY / INVALID_API_KEY), and HTTP statuses Bybit lists
 * among its codes (403, 429). Hostile inputs stay total and linear with both registered.
 */
import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import { binanceSpotEager } from '@exchange-errors/binance-spot/eager';
import { binanceUsdmEager } from '@exchange-errors/binance-usdm/eager';
import { errorsOf, format, resolve } from '@exchange-errors/core';
import { describe, expect, it } from 'vitest';
import { bybitV5Eager } from './generated/eager.js';

const ALL = [binanceOptionsEager, binanceSpotEager, binanceUsdmEager, bybitV5Eager];
const BYBIT_2015 = { retCode: -2015, retMsg: 'Your api key has expired', result: {}, retExtInfo: {}, time: 1 };
const BINANCE_2015 = { code: -2015, msg: 'Invalid API-key, IP, or permissions for action.' };

class ExchangeError extends Error {
  override name = 'ExchangeError';
}
class AuthenticationError extends Error {
  override name = 'AuthenticationError';
}

describe('two exchanges registered together', () => {
  it('reads -2015 as the exchange whose body shape it came in, never the other’s', () => {
    for (const answer of [BYBIT_2015, JSON.stringify(BYBIT_2015), { status: 200, data: BYBIT_2015 }]) {
      expect(resolve(ALL, answer)).toMatchObject({ exchange: 'bybit', product: 'v5', code: -2015, known: true });
    }
    const bybit = format(ALL, BYBIT_2015, { lng: 'en' });
    const binance = format(ALL, BINANCE_2015, { lng: 'en' });
    expect(bybit.title).toBe('API key expired');
    expect(binance).toMatchObject({ exchange: 'binance', code: -2015 });
    expect(binance.productCandidates).not.toContain('v5');
    expect(binance.title).not.toBe(bybit.title);
  });

  it('lets the host or the path decide, for a bare code too', () => {
    const cases: readonly [string, string, string][] = [
      ['https://api.bybit.com/v5/order/create', 'bybit', 'v5'],
      ['https://api-testnet.bybit.com/v5/account/wallet-balance', 'bybit', 'v5'],
      ['/v5/order/create', 'bybit', 'v5'],
      ['https://fapi.binance.com/fapi/v1/order', 'binance', 'usdm'],
      ['https://api.binance.com/api/v3/order', 'binance', 'spot'],
      ['/eapi/v1/order', 'binance', 'options'],
    ];
    for (const [url, exchange, product] of cases) {
      expect(resolve(ALL, -2015, { request: { url } }), url).toMatchObject({ exchange, product, code: -2015 });
    }
    // A Bybit host with a Binance path: the host names the exchange, never Binance's reading there.
    expect(resolve(ALL, -2015, { request: { url: 'https://api.bybit.com/fapi/v1/order' } })).toMatchObject({
      exchange: 'bybit',
      product: 'v5',
    });
    // Nothing says which: undecided among every product that has the code.
    expect(resolve(ALL, -2015)).toMatchObject({
      product: null,
      productCandidates: ['options', 'spot', 'usdm', 'v5'],
      variant: null,
    });
  });

  it('reads a Bybit code in Binance’s words as Bybit’s, and a Binance message without a code as Binance’s only', () => {
    const read = resolve(ALL, {
      retCode: 10002,
      retMsg: 'Timestamp for this request is outside of the recvWindow.',
    });
    expect(read).toMatchObject({ exchange: 'bybit', code: 10002, category: 'timestamp' });
    const words = resolve(ALL, 'Timestamp for this request is outside of the recvWindow.');
    expect(words.exchange).toBe('binance');
    expect(words.productCandidates).not.toContain('v5');
  });

  it('reads what ccxt throws for each exchange by its id', () => {
    const bybit = new AuthenticationError(`bybit ${JSON.stringify(BYBIT_2015)}`);
    expect(resolve(ALL, bybit)).toMatchObject({ exchange: 'bybit', product: 'v5', code: -2015, outcome: 'rejected' });
    const binance = new ExchangeError(`binance ${JSON.stringify(BINANCE_2015)}`);
    expect(resolve(ALL, binance)).toMatchObject({ exchange: 'binance', code: -2015 });
  });

  it('reads a success as Bybit’s, and HTTP statuses by the host that answered', () => {
    expect(resolve(ALL, { retCode: 0, retMsg: 'OK', result: {}, retExtInfo: {}, time: 1 })).toMatchObject({
      kind: 'success',
      exchange: 'bybit',
      namespace: 'bybit',
    });
    const bybit = format(
      ALL,
      { status: 403 },
      { request: { url: 'https://api.bybit.com/v5/order/create' }, lng: 'en' },
    );
    expect(bybit).toMatchObject({ exchange: 'bybit', code: 403, known: true });
    expect(bybit.message).toMatch(/U\.S IP/);
    const binance = format(
      ALL,
      { status: 403 },
      { request: { url: 'https://api.binance.com/api/v3/order' }, lng: 'en' },
    );
    expect(binance).toMatchObject({ exchange: 'binance', code: null, title: 'Access blocked' });
  });

  it('reads each exchange’s batch answer in its own way', () => {
    const bybit = {
      retCode: 0,
      retMsg: 'OK',
      result: { list: [{ orderId: '' }, { orderId: '1' }] },
      retExtInfo: {
        list: [
          { code: -2015, msg: 'Your api key has expired' },
          { code: 0, msg: 'OK' },
        ],
      },
      time: 1,
    };
    expect(errorsOf(ALL, bybit).errors.map((e) => [e.index, e.error.exchange, e.error.code])).toEqual([
      [0, 'bybit', -2015],
    ]);
    const binance = [{ orderId: 1 }, { code: -2022, msg: 'ReduceOnly Order is rejected.' }];
    const read = errorsOf(ALL, binance, { request: { url: 'https://fapi.binance.com/fapi/v1/batchOrders' } });
    expect(read.errors.map((e) => [e.index, e.error.exchange, e.error.product])).toEqual([[1, 'binance', 'usdm']]);
  });
});

describe('hostile inputs with both exchanges registered', () => {
  const hostile: unknown[] = [
    new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        has() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
        getPrototypeOf() {
          throw new Error('trap');
        },
      },
    ),
    Object.defineProperty({}, 'retCode', {
      get() {
        throw new Error('getter');
      },
      enumerable: true,
    }),
    {
      retCode: 10001,
      get retMsg(): string {
        throw new Error('getter');
      },
    },
    { retCode: '10001', retMsg: 42 },
    { retCode: Number.MAX_SAFE_INTEGER + 2, retMsg: 'x' },
    { retCode: -0, retMsg: 'OK' },
    { retExtInfo: { list: new Array(5).fill(undefined) }, retCode: 0 },
    (() => {
      const cyclic: Record<string, unknown> = { retCode: 10001 };
      cyclic['response'] = cyclic;
      cyclic['retExtInfo'] = { list: [cyclic] };
      return cyclic;
    })(),
  ];

  it('never throws', () => {
    for (const input of hostile) {
      expect(() => format(ALL, input, { lng: 'zh-TW' })).not.toThrow();
      expect(() => errorsOf(ALL, input)).not.toThrow();
    }
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(() => format(ALL, revoked.proxy, { request: revoked.proxy as never, lng: 'zh-HK' })).not.toThrow();
  });

  it('stays linear on huge bodies and messages', () => {
    const time = (size: number) => {
      const message = `${'Too many visits. '.repeat(size)}`;
      const body = JSON.stringify({ retCode: 10006, retMsg: message, result: {}, retExtInfo: {}, time: 1 });
      const start = performance.now();
      for (let i = 0; i < 5; i++) format(ALL, body, { lng: 'zh-TW', request: { url: '/v5/order/create' } });
      return performance.now() - start;
    };
    time(1_000); // warm up
    const small = time(10_000);
    const large = time(100_000);
    // Ten times the input: well under a hundred times the time (a quadratic step would show).
    expect(large).toBeLessThan(Math.max(small, 5) * 40);
    const batch = {
      retCode: 0,
      retExtInfo: { list: Array.from({ length: 20_000 }, () => ({ code: 10001, msg: 'x'.repeat(50) })) },
    };
    const start = performance.now();
    expect(errorsOf(ALL, batch).errors).toHaveLength(20_000);
    expect(performance.now() - start).toBeLessThan(15_000);
  });
});

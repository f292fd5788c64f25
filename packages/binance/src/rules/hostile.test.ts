/**
 * Bad input never breaks the rules: a missing, partial or malformed exchangeInfo entry, an order
 * missing fields, and hostile objects (getters and Proxy traps that throw, revoked Proxies, arrays
 * that lie about their length, megabyte strings) give no explanation and no filter failure, never a
 * throw, and in time linear in the input.
 */
import { describe, expect, it } from 'vitest';
import { coinmRules, pmRules, usdmRules } from './futures/index.js';
import type { OrderRules } from './shared/types.js';
import { spotRules } from './spot/index.js';
import { entry, SPOT_2022, USDM_2021 } from './test-support/fixtures.js';
import { futuresText, spotText } from './test-support/texts.js';

const boom = () => {
  throw new Error('boom');
};
const throwingProxy = new Proxy(
  {},
  { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom },
);
const revoked = (() => {
  const r = Proxy.revocable({}, {});
  r.revoke();
  return r.proxy;
})();
const throwingGetters = (...keys: string[]) =>
  Object.defineProperties({}, Object.fromEntries(keys.map((k) => [k, { get: boom, enumerable: true }])));
/** An array whose items throw when read. */
const trappedArray = new Proxy([1, 2, 3], { get: (target, key) => (key === 'length' ? 3 : boom()) });
/** An array claiming a billion items. */
const hugeArray = new Proxy([], { get: (_t, key) => (key === 'length' ? 1e9 : { filterType: 'LOT_SIZE' }) });

const BTC = entry(SPOT_2022, 'BTCUSDT');
const PERP = entry(USDM_2021, 'BTCUSDT');
const ORDER = {
  symbol: 'BTCUSDT',
  side: 'BUY',
  type: 'LIMIT',
  timeInForce: 'GTC',
  price: '30000.005',
  quantity: '0.001',
};

const RULES: readonly [string, OrderRules, typeof spotText, Record<string, unknown>][] = [
  ['spot', spotRules, spotText, BTC],
  ['usdm', usdmRules, futuresText, PERP],
  ['coinm', coinmRules, futuresText, PERP],
  ['pm', pmRules, futuresText, PERP],
];
const CODES = [
  -1013, -2010, -1111, -4001, -4002, -4003, -4004, -4005, -4013, -4014, -4016, -4024, -4164, -4131, -2019, -2018,
];

const hostileContexts: readonly [string, unknown][] = [
  ['null', null],
  ['a string', 'BTCUSDT'],
  ['a number', 42],
  ['a throwing Proxy', throwingProxy],
  ['a revoked Proxy', revoked],
  ['throwing getters', throwingGetters('order', 'symbolInfo', 'avgPrice', 'openOrders', 'balance', 'markPrice')],
  ['an order that throws', { order: throwingProxy, symbolInfo: BTC }],
  ['an order with throwing getters', { order: throwingGetters('price', 'quantity', 'side', 'type'), symbolInfo: BTC }],
  ['an entry that throws', { order: ORDER, symbolInfo: throwingProxy }],
  ['filters that throw', { order: ORDER, symbolInfo: { ...BTC, filters: trappedArray } }],
  ['a billion filters', { order: ORDER, symbolInfo: { ...BTC, filters: hugeArray } }],
  ['filters with throwing getters', { order: ORDER, symbolInfo: { ...BTC, filters: [throwingGetters('filterType')] } }],
  [
    'extras that throw',
    { order: ORDER, symbolInfo: BTC, avgPrice: throwingProxy, openOrders: trappedArray, balance: revoked },
  ],
  ['a billion open orders', { order: ORDER, symbolInfo: BTC, openOrders: hugeArray }],
  ['a revoked order', { order: revoked, symbolInfo: BTC }],
];

describe.each(RULES)('%s rules against hostile input', (_name, rules, text, symbolInfo) => {
  it.each(hostileContexts)('survive %s', (_label, context) => {
    expect(Array.isArray(rules.check(context))).toBe(true);
    for (const code of CODES) {
      for (const answer of [
        undefined,
        { variant: 'filterLotSize', message: 'Filter failure: LOT_SIZE' },
        throwingProxy as never,
      ])
        expect(() => rules.explain(code, context, 'zh', text('zh'), answer)).not.toThrow();
    }
  });

  it('give no explanation and no filter failure for a missing, partial or malformed entry', () => {
    const entries: unknown[] = [
      undefined,
      null,
      {},
      { symbol: 'BTCUSDT' },
      { symbol: 'BTCUSDT', filters: 'PRICE_FILTER' },
      { symbol: 'BTCUSDT', filters: [{ filterType: 'PRICE_FILTER', minPrice: 'cheap', tickSize: '1e-2' }] },
      { ...symbolInfo, symbol: 'ETHBTC' },
    ];
    for (const info of entries) {
      const failures = rules.check({ order: ORDER, symbolInfo: info });
      expect(
        failures.every((f) => f.code === -1102 || f.code === -1100 || f.code === -1111),
        JSON.stringify(info),
      ).toBe(true);
      for (const code of CODES)
        expect(rules.explain(code, { order: ORDER, symbolInfo: info }, 'en', text('en'))).toBeNull();
    }
  });

  it('give no explanation for an order missing its numbers', () => {
    for (const order of [
      {},
      { symbol: 'BTCUSDT' },
      { ...ORDER, price: undefined, quantity: undefined },
      { ...ORDER, price: '', quantity: '' },
    ])
      for (const code of CODES.filter((c) => c !== -2019 && c !== -2018))
        expect(
          rules.explain(code, { order, symbolInfo }, 'en', text('en'), { variant: null, message: null }),
        ).toBeNull();
  });

  it('take time linear in the input: a megabyte string costs about ten times a hundred kilobytes', () => {
    const timed = (size: number) => {
      const big = '9'.repeat(size);
      const context = {
        order: { ...ORDER, symbol: big, price: big, quantity: `0.${big}`, newClientOrderId: big },
        symbolInfo: {
          ...symbolInfo,
          symbol: big,
          filters: [{ filterType: 'PRICE_FILTER', minPrice: big, tickSize: big }],
        },
      };
      const start = performance.now();
      for (let i = 0; i < 5; i += 1) {
        rules.check(context);
        rules.explain(-1013, context, 'en', text('en'), { variant: 'filterPriceFilter', message: big });
      }
      return performance.now() - start;
    };
    timed(100_000);
    const small = Math.max(timed(100_000), 1);
    const large = timed(1_000_000);
    expect(large / small).toBeLessThan(60);
  });
});

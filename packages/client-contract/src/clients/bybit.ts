/**
 * Bybit's clients: ccxt's `bybit` class and Bybit's official Node SDK, `bybit-api` (RestClientV5),
 * each placing a v5 order on the loopback exchange. Bybit answers a rejection with HTTP 200: ccxt
 * throws for any `retCode` but 0; bybit-api resolves with the answer by default, and throws it with
 * `throwExceptions`.
 */
import ccxt from 'ccxt';
import { RestClientV5, type OrderParamsV5 } from 'bybit-api';
import { KEY, SECRET, rejectionOf, type ClientUnderTest } from './client.js';

const ORDER: OrderParamsV5 = {
  category: 'linear',
  symbol: 'BTCUSDT',
  side: 'Buy',
  orderType: 'Limit',
  qty: '1',
  price: '1',
  timeInForce: 'GTC',
};

/** ccxt's Bybit, every REST base (`https://api.{hostname}`, no path) pointed at the loopback exchange. */
export function ccxtBybit(origin: string, timeoutMs: number) {
  const exchange = new ccxt.bybit({ apiKey: KEY, secret: SECRET, timeout: timeoutMs, enableRateLimit: false });
  const api = exchange.urls['api'] as Record<string, unknown>;
  for (const [key, value] of Object.entries(api)) {
    if (typeof value === 'string' && value.startsWith('http'))
      api[key] = origin + new URL(value).pathname.replace(/\/$/, '');
  }
  return exchange as unknown as Record<
    'privatePostV5OrderCreate' | 'privatePostV5OrderCreateBatch',
    (params: object) => Promise<unknown>
  >;
}

/** bybit-api's REST client on the loopback exchange; `timeout` is axios's, passed through. */
export function bybitRest(origin: string, timeoutMs: number, throwExceptions: boolean): RestClientV5 {
  return new RestClientV5({ key: KEY, secret: SECRET, baseUrl: origin, throwExceptions }, { timeout: timeoutMs });
}

export const ccxtBybitClient: ClientUnderTest = {
  id: 'ccxt (bybit)',
  packageName: 'ccxt',
  products: ['v5'],
  // Its messages: `bybit <body>` for any retCode but 0 (no status: Bybit's 200); `bybit <METHOD> <url>
  // <status> <reason> <body>` for a status it maps.
  drops(scenario) {
    return scenario.answer.kind === 'http' && scenario.answer.status === 200 ? ['status'] : [];
  },
  fail({ origin, timeoutMs }) {
    return rejectionOf(() => ccxtBybit(origin, timeoutMs).privatePostV5OrderCreate({ ...ORDER }));
  },
};

/** bybit-api as it is used by default: a rejection is the answer the call resolves with. */
export const bybitApiClient: ClientUnderTest = {
  id: 'bybit-api (RestClientV5)',
  packageName: 'bybit-api',
  products: ['v5'],
  async fail({ origin, timeoutMs }) {
    try {
      const answer = await bybitRest(origin, timeoutMs, false).submitOrder(ORDER);
      if (answer.retCode === 0) throw new Error('client-contract: the order went through, a failure was expected');
      return answer;
    } catch (error) {
      return error;
    }
  },
};

/** bybit-api with `throwExceptions`: the answer of a rejection is thrown. */
export const bybitApiThrowingClient: ClientUnderTest = {
  id: 'bybit-api (throwExceptions)',
  packageName: 'bybit-api',
  products: ['v5'],
  fail({ origin, timeoutMs }) {
    return rejectionOf(() => bybitRest(origin, timeoutMs, true).submitOrder(ORDER));
  },
};

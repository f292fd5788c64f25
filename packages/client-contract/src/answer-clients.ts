/**
 * The two answers that carry several errors, as each library hands them to the app: a batch order
 * (HTTP 200: what the call returns) and a failed Spot cancel-replace (what the call throws).
 */
import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
import { Spot } from '@binance/spot';
import { fetchBaseQuery } from '@reduxjs/toolkit/query';
import axios from 'axios';
import { MainClient, USDMClient } from 'binance';
import ccxt from 'ccxt';
import ky from 'ky';
import { ofetch } from 'ofetch';
import { bybitRest, ccxtBybit } from './clients/bybit.js';
import { KEY, SECRET, rejectionOf } from './clients/client.js';

export const BATCH_PATH = '/fapi/v1/batchOrders';
export const BYBIT_BATCH_PATH = '/v5/order/create-batch';
export const CANCEL_REPLACE_PATH = '/api/v3/order/cancelReplace';

const ORDERS = [
  { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', quantity: '1', price: '1', timeInForce: 'GTC' },
  { symbol: 'BTCUSDT', side: 'SELL', type: 'LIMIT', quantity: '1', price: '2', timeInForce: 'GTC', reduceOnly: 'true' },
];
const REPLACE = {
  symbol: 'BTCUSDT',
  side: 'SELL',
  type: 'LIMIT',
  cancelReplaceMode: 'ALLOW_FAILURE',
  cancelOrderId: '3',
  quantity: '1',
  price: '1',
  timeInForce: 'GTC',
};

export interface AnswerClient {
  readonly id: string;
  /** What the app holds after a batch order: what the call returned. */
  batch(origin: string): Promise<unknown>;
  /** What the app holds after a failed cancel-replace: what the call threw (RTK Query: its `error`). */
  cancelReplace(origin: string): Promise<unknown>;
  /** The app reads what it caught through `readResponseBody` first. */
  readonly readsAsync?: boolean;
  /** It keeps the code and message of a cancel-replace's answer but not its halves. */
  readonly dropsHalves?: boolean;
}

function ccxtExchange(origin: string) {
  const exchange = new ccxt.binance({ apiKey: KEY, secret: SECRET, enableRateLimit: false });
  const api = exchange.urls['api'] as Record<string, unknown>;
  for (const [key, value] of Object.entries(api)) {
    if (typeof value === 'string' && value.startsWith('http')) api[key] = origin + new URL(value).pathname;
  }
  return exchange as unknown as Record<
    'fapiPrivatePostBatchOrders' | 'privatePostOrderCancelReplace',
    (p: object) => Promise<unknown>
  >;
}

const query = (params: Record<string, string>) => new URLSearchParams(params).toString();
const batchQuery = () => query({ batchOrders: JSON.stringify(ORDERS) });

export const ANSWER_CLIENTS: readonly AnswerClient[] = [
  {
    id: 'ccxt',
    batch: (origin) => ccxtExchange(origin).fapiPrivatePostBatchOrders({ batchOrders: JSON.stringify(ORDERS) }),
    cancelReplace: (origin) => rejectionOf(() => ccxtExchange(origin).privatePostOrderCancelReplace({ ...REPLACE })),
  },
  {
    id: '@binance/derivatives-trading-usds-futures, @binance/spot',
    async batch(origin) {
      const client = new DerivativesTradingUsdsFutures({
        configurationRestAPI: { apiKey: KEY, apiSecret: SECRET, basePath: origin },
      });
      const rest = client.restAPI as unknown as {
        placeMultipleOrders(p: object): Promise<{ data(): Promise<unknown> }>;
      };
      return (await rest.placeMultipleOrders({ batchOrders: ORDERS })).data();
    },
    cancelReplace(origin) {
      const client = new Spot({ configurationRestAPI: { apiKey: KEY, apiSecret: SECRET, basePath: origin } });
      const rest = client.restAPI as unknown as { orderCancelReplace(p: object): Promise<unknown> };
      return rejectionOf(() => rest.orderCancelReplace({ ...REPLACE, cancelOrderId: 3, quantity: 1, price: 1 }));
    },
    // `@binance/common` throws the code and message only.
    dropsHalves: true,
  },
  {
    id: 'binance',
    batch: (origin) =>
      new USDMClient({ api_key: KEY, api_secret: SECRET, baseUrl: origin, disableTimeSync: true }).submitMultipleOrders(
        ORDERS as never,
      ),
    cancelReplace: (origin) =>
      rejectionOf(() =>
        new MainClient({ api_key: KEY, api_secret: SECRET, baseUrl: origin, disableTimeSync: true }).replaceOrder(
          REPLACE as never,
        ),
      ),
  },
  {
    id: 'axios',
    batch: (origin) => axios.post(`${origin}${BATCH_PATH}?${batchQuery()}`),
    cancelReplace: (origin) => rejectionOf(() => axios.post(`${origin}${CANCEL_REPLACE_PATH}?${query(REPLACE)}`)),
  },
  {
    id: 'ofetch',
    batch: (origin) => ofetch(`${origin}${BATCH_PATH}?${batchQuery()}`, { method: 'POST', retry: 0 }),
    cancelReplace: (origin) =>
      rejectionOf(() => ofetch(`${origin}${CANCEL_REPLACE_PATH}?${query(REPLACE)}`, { method: 'POST', retry: 0 })),
  },
  {
    id: 'ky',
    batch: (origin) => ky.post(`${origin}${BATCH_PATH}?${batchQuery()}`, { retry: 0 }).json(),
    cancelReplace: (origin) =>
      rejectionOf(() => ky.post(`${origin}${CANCEL_REPLACE_PATH}?${query(REPLACE)}`, { retry: 0 }).json()),
    readsAsync: true,
  },
  {
    id: 'fetch',
    batch: async (origin) => (await fetch(`${origin}${BATCH_PATH}?${batchQuery()}`, { method: 'POST' })).json(),
    cancelReplace: (origin) =>
      rejectionOf(async () => {
        const response = await fetch(`${origin}${CANCEL_REPLACE_PATH}?${query(REPLACE)}`, { method: 'POST' });
        if (!response.ok) throw response;
      }),
    readsAsync: true,
  },
  {
    id: 'RTK Query (fetchBaseQuery)',
    async batch(origin) {
      const result = await fetchBaseQuery({ baseUrl: origin })(
        { url: BATCH_PATH, method: 'POST', params: { batchOrders: JSON.stringify(ORDERS) } },
        rtkApi(),
        {},
      );
      return result.data;
    },
    async cancelReplace(origin) {
      const result = await fetchBaseQuery({ baseUrl: origin })(
        { url: CANCEL_REPLACE_PATH, method: 'POST', params: REPLACE },
        rtkApi(),
        {},
      );
      return result.error;
    },
  },
];

function rtkApi(): Parameters<ReturnType<typeof fetchBaseQuery>>[1] {
  const controller = new AbortController();
  return {
    signal: controller.signal,
    abort: () => controller.abort(),
    dispatch: () => undefined,
    getState: () => ({}),
    extra: undefined,
    endpoint: 'orders',
    type: 'mutation',
  } as unknown as Parameters<ReturnType<typeof fetchBaseQuery>>[1];
}

/** What the app holds after a Bybit batch order (HTTP 200): what the call returned. */
export interface BybitBatchClient {
  readonly id: string;
  batch(origin: string): Promise<unknown>;
}

const BYBIT_ORDERS = [
  { symbol: 'LTCUSDT', side: 'Buy', orderType: 'Limit', qty: '100000', price: '50', timeInForce: 'GTC' },
  { symbol: 'LTCUSDT', side: 'Buy', orderType: 'Limit', qty: '1', price: '50', timeInForce: 'GTC' },
] as const;

export const BYBIT_BATCH_CLIENTS: readonly BybitBatchClient[] = [
  {
    id: 'ccxt (bybit)',
    batch: (origin) =>
      ccxtBybit(origin, 30_000).privatePostV5OrderCreateBatch({ category: 'linear', request: BYBIT_ORDERS }),
  },
  {
    id: 'bybit-api (RestClientV5)',
    batch: (origin) => bybitRest(origin, 30_000, false).batchSubmitOrders('linear', [...BYBIT_ORDERS]),
  },
  {
    id: 'bybit-api (throwExceptions)',
    batch: (origin) => bybitRest(origin, 30_000, true).batchSubmitOrders('linear', [...BYBIT_ORDERS]),
  },
  {
    id: 'axios',
    batch: async (origin) => axios.post(`${origin}${BYBIT_BATCH_PATH}`, { category: 'linear', request: BYBIT_ORDERS }),
  },
  {
    id: 'fetch',
    batch: async (origin) =>
      (
        await fetch(`${origin}${BYBIT_BATCH_PATH}`, {
          method: 'POST',
          body: JSON.stringify({ category: 'linear', request: BYBIT_ORDERS }),
        })
      ).json(),
  },
];

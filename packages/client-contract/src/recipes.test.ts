/**
 * Every recipe of README "With your client library" runs here against the loopback exchange, and the
 * README shows each recipe file as it is (so the two cannot drift apart).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Spot } from '@binance/spot';
import { QueryClient } from '@tanstack/query-core';
import { fetchBaseQuery } from '@reduxjs/toolkit/query';
import { USDMClient } from 'binance';
import ccxt from 'ccxt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BYBIT_BATCH, USDM_BATCH } from './answers.js';
import { bybitRest } from './clients/bybit.js';
import { KEY, SECRET } from './clients/client.js';
import { placeBatch } from './recipes/batch.js';
import { placeBybitBatch, placeBybitOrder } from './recipes/bybit.js';
import { placeFuturesOrder as withCcxt } from './recipes/ccxt.js';
import { placeSpotOrder } from './recipes/connectors.js';
import { withAxios, withKy, withOfetch } from './recipes/http-clients.js';
import { orderErrorText } from './recipes/rtk-query.js';
import { loadOrder } from './recipes/tanstack-query.js';
import { placeFuturesOrder as withBinance } from './recipes/tiagosiebler.js';
import { startExchange, type LoopbackExchange } from './server.js';

let exchange: LoopbackExchange;

beforeAll(async () => {
  exchange = await startExchange();
});

afterAll(async () => {
  await exchange.close();
});

const JSON_TYPE = { 'content-type': 'application/json' };
const REDUCE_ONLY = '{"code":-2022,"msg":"ReduceOnly Order is rejected."}';
const FAPI_ORDER = '/fapi/v1/order';

function answer(path: string, status: number, body: string): void {
  exchange.answerWith(path, { kind: 'http', status, headers: JSON_TYPE, body });
}

/** USDⓈ-M's -2022, in its own words (Spot's -2022 is a failed cancel-replace). */
const REDUCE_ONLY_READ = {
  product: 'usdm',
  code: -2022,
  name: 'REDUCE_ONLY_REJECT',
  outcome: 'rejected',
  title: 'Reduce-only order rejected',
  message: 'ReduceOnly Order is rejected.',
};

describe('the recipes', () => {
  it('ccxt', async () => {
    answer(FAPI_ORDER, 400, REDUCE_ONLY);
    const client = new ccxt.binance({ apiKey: KEY, secret: SECRET });
    const api = client.urls['api'] as Record<string, unknown>;
    api['fapiPrivate'] = `${exchange.origin}/fapi/v1`;
    expect(await withCcxt(client)).toMatchObject(REDUCE_ONLY_READ);
  });

  it('the official connectors', async () => {
    answer('/api/v3/order', 400, '{"code":-2010,"msg":"Account has insufficient balance for requested action."}');
    const client = new Spot({ configurationRestAPI: { apiKey: KEY, apiSecret: SECRET, basePath: exchange.origin } });
    expect(await placeSpotOrder(client)).toMatchObject({ product: 'spot', code: -2010, outcome: 'rejected' });
  });

  it('binance (tiagosiebler)', async () => {
    answer(FAPI_ORDER, 400, REDUCE_ONLY);
    const client = new USDMClient({
      api_key: KEY,
      api_secret: SECRET,
      baseUrl: exchange.origin,
      disableTimeSync: true,
    });
    expect(await withBinance(client)).toMatchObject(REDUCE_ONLY_READ);
  });

  it.each([
    ['axios', withAxios],
    ['ofetch', withOfetch],
    ['ky', withKy],
  ])('%s', async (_, recipe) => {
    answer(FAPI_ORDER, 400, REDUCE_ONLY);
    expect(await recipe(`${exchange.origin}${FAPI_ORDER}`)).toMatchObject(REDUCE_ONLY_READ);
  });

  it('RTK Query', async () => {
    answer(FAPI_ORDER, 400, REDUCE_ONLY);
    const controller = new AbortController();
    const api = {
      signal: controller.signal,
      abort: () => controller.abort(),
      dispatch: () => undefined,
      getState: () => ({}),
    };
    const result = await fetchBaseQuery({ baseUrl: exchange.origin })(
      { url: FAPI_ORDER, method: 'POST' },
      { ...api, extra: undefined, endpoint: 'createOrder', type: 'mutation' } as never,
      {},
    );
    expect(result.error && orderErrorText(result.error)).toMatchObject(REDUCE_ONLY_READ);
  });

  it('TanStack Query', async () => {
    answer(FAPI_ORDER, 400, REDUCE_ONLY);
    expect(await loadOrder(new QueryClient(), `${exchange.origin}${FAPI_ORDER}`)).toMatchObject(REDUCE_ONLY_READ);
  });

  it('Bybit (bybit-api): a rejection answered with HTTP 200, an HTTP 403, a batch', async () => {
    const client = bybitRest(exchange.origin, 30_000, false);
    answer(
      '/v5/order/create',
      200,
      '{"retCode":110007,"retMsg":"ab not enough for new order","result":{},"retExtInfo":{},"time":1}',
    );
    expect(await placeBybitOrder(client)).toMatchObject({
      exchange: 'bybit',
      product: 'v5',
      code: 110007,
      outcome: 'rejected',
      lng: 'zh-TW',
    });
    exchange.answerWith('/v5/order/create', { kind: 'http', status: 403, headers: {}, body: '' });
    expect(await placeBybitOrder(client)).toMatchObject({ exchange: 'bybit', code: 403, title: '請求被禁止' });
    answer('/v5/order/create-batch', 200, JSON.stringify(BYBIT_BATCH));
    expect(await placeBybitBatch(client)).toEqual([{ index: 0, code: 10001 }]);
  });

  it('a batch order', async () => {
    answer('/fapi/v1/batchOrders', 200, JSON.stringify(USDM_BATCH));
    expect(await placeBatch(`${exchange.origin}/fapi/v1/batchOrders`)).toEqual({
      total: 2,
      rejected: [{ index: 1, code: -2022, name: 'REDUCE_ONLY_REJECT' }],
    });
  });
});

describe('README "With your client library"', () => {
  const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
  it.each([
    'products',
    'ccxt',
    'connectors',
    'tiagosiebler',
    'http-clients',
    'rtk-query',
    'tanstack-query',
    'batch',
    'bybit',
  ])('shows recipes/%s.ts as it is', (name) => {
    const source = readFileSync(fileURLToPath(new URL(`./recipes/${name}.ts`, import.meta.url)), 'utf8');
    expect(readme).toContain(`\`\`\`ts\n${source}\`\`\``);
  });
});

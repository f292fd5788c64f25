/**
 * Binance's adapter as the engine reads it, on a product of the test's making: what Binance's general
 * API documentation says about every product's answers.
 */
import { resolve, type ProductModule } from '@exchange-errors/core';
import { describe, expect, it } from 'vitest';
import { binance } from './adapter.js';

const catalog = {
  exchange: 'binance',
  product: 'spot',
  namespace: 'testSpot',
  codes: [
    {
      code: -2022,
      name: 'ORDER_CANCEL_REPLACE_FAILED',
      section: '20xx',
      category: 'order' as const,
      retryable: false,
      severity: 'error' as const,
      variants: [{ key: 'default', params: [], server: 'Order cancel-replace failed.' }],
      docsUrl: { en: 'https://example.test/en', zh: 'https://example.test/zh' },
    },
  ],
};
const SPOT: ProductModule = {
  exchange: binance,
  product: 'spot',
  namespace: 'testSpot',
  paths: binance.products?.['spot'] ?? [],
  languages: ['en', 'zh'],
  catalog,
  loadCatalog: () => Promise.resolve(catalog),
  loadTexts: () => Promise.resolve({}),
};

describe('the Binance adapter', () => {
  it('reads `{code, msg}`, and knows Binance by its hosts and paths', () => {
    expect(resolve(SPOT, '{"code":-2022,"msg":"Order cancel-replace failed."}')).toMatchObject({
      exchange: 'binance',
      product: 'spot',
      code: -2022,
      outcome: 'rejected',
    });
    const body = { code: -2022, msg: 'x' };
    for (const url of [
      'https://api.binance.com/api/v3/order',
      'https://api1.binance.com/sapi/v1/margin/order',
      'https://testnet.binance.vision/api/v3/order',
      'https://api.binance.us/api/v3/order',
    ]) {
      expect(resolve(SPOT, body, { request: { url } }).product, url).toBe('spot');
    }
    // A futures path of Binance's: a product not given, so no Spot reading.
    expect(resolve(SPOT, body, { request: { url: 'https://fapi.binance.com/fapi/v1/order' } })).toMatchObject({
      product: null,
      exchange: 'binance',
      known: false,
    });
  });

  it('lists every product with its REST prefixes', () => {
    expect(binance.products).toEqual({
      options: ['/eapi/'],
      spot: ['/api/', '/sapi/'],
      usdm: ['/fapi/'],
      coinm: ['/dapi/'],
      pm: ['/papi/'],
    });
  });

  it('leaves the outcome unknown where Binance says it is: -1000, -1006, -1007, its words, a 5XX, a 409', () => {
    for (const code of [-1000, -1006, -1007]) {
      expect(resolve(SPOT, { code, msg: 'Internal error.' }).outcome, String(code)).toBe('unknown');
    }
    expect(resolve(SPOT, { code: -1099, msg: 'Send status unknown; execution status unknown.' }).outcome).toBe(
      'unknown',
    );
    expect(
      resolve(SPOT, { status: 503, data: 'Unknown error, please check your request or try again later.' }).outcome,
    ).toBe('unknown');
    expect(resolve(SPOT, { status: 409, data: { code: -2022, msg: 'Order cancel-replace failed.' } }).outcome).toBe(
      'unknown',
    );
  });

  it('reads `code: 0` as a gateway’s filler, not a code, and Retry-After in seconds or as a date', () => {
    expect(
      resolve(SPOT, { status: 451, data: { code: 0, msg: 'Service unavailable from a restricted location.' } }),
    ).toMatchObject({ code: null, outcome: 'rejected', httpStatus: 451 });
    expect(resolve(SPOT, { status: 429, headers: { 'Retry-After': '30' } }).retryAfterMs).toBe(30_000);
    const later = new Date(Date.now() + 60_000).toUTCString();
    expect(resolve(SPOT, { status: 418, headers: { 'retry-after': later } }).retryAfterMs).toBeGreaterThan(50_000);
  });
});

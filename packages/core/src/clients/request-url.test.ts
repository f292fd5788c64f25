import { describe, expect, it } from 'vitest';
import { productOfInput } from '../test-support/binance.js';
import { requestUrls } from './request-url.js';

describe('the request’s URL, where each client keeps it', () => {
  it.each([
    ['tiagosiebler’s requestUrl', { code: -2022, requestUrl: 'https://fapi.binance.com/fapi/v1/order?x=1' }, 'usdm'],
    ['ofetch’s request string', { request: 'https://dapi.binance.com/dapi/v1/order', status: 400 }, 'coinm'],
    [
      'ccxt’s message',
      new Error('binance POST https://eapi.binance.com/eapi/v1/order 403 Forbidden <html>'),
      'options',
    ],
    [
      'ky’s message',
      new Error('Request failed with status code 400 Bad Request: POST https://papi.binance.com/papi/v1/um/order'),
      'pm',
    ],
    [
      'node-fetch’s message',
      new Error('request to https://api.binance.com/api/v3/order failed, reason: connect ECONNREFUSED'),
      'spot',
    ],
    [
      'a cause’s axios config',
      new Error('Could not place the order', { cause: { config: { url: '/fapi/v1/order' } } }),
      'usdm',
    ],
  ])('%s', (_, error, product) => {
    expect(productOfInput(error)).toBe(product);
  });

  it('never takes a URL the server wrote (a body in the message)', () => {
    const error = new Error(
      'binance {"code":-5000,"msg":"Path deprecated, use POST https://fapi.binance.com/fapi/v2/order"}',
    );
    expect([...requestUrls(error)]).toEqual([]);
    expect(productOfInput(error)).toBeNull();
  });

  it('survives getters that throw and cyclic causes', () => {
    const cyclic: { cause?: unknown } = {};
    cyclic.cause = cyclic;
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    expect([...requestUrls(cyclic)]).toEqual([]);
    expect([...requestUrls(hostile)]).toEqual([]);
    expect(productOfInput(hostile)).toBeNull();
  });
});

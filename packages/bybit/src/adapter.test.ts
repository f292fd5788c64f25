/**
 * Bybit's adapter as the engine reads it, on Bybit's own generated catalog: what its v5 documentation
 * says about every answer. HTTP 200 with `{retCode, retMsg}`; `retCode: 0` a success; 10016 an unknown
 * outcome; 10002 the receive window; HTTP 403 an IP rate limit or a U.S. IP; HTTP 429 and 10006 rate
 * limits with the reset time in `X-Bapi-Limit-Reset-Timestamp`; batch endpoints with each item's
 * result in `retExtInfo.list`.
 */
import { errorsOf, format, resolve, resolveResponse } from '@exchange-errors/core';
import { describe, expect, it } from 'vitest';
import { bybit } from './adapter.js';
import { bybitV5Eager as V5 } from './generated/eager.js';

const ORDER = { request: { method: 'POST', url: 'https://api.bybit.com/v5/order/create' } };
const body = (retCode: number, retMsg: string) => ({ retCode, retMsg, result: {}, retExtInfo: {}, time: 1 });

describe('the Bybit adapter', () => {
  it('reads `{retCode, retMsg}` answered with HTTP 200, as JSON text or parsed, and knows Bybit by its hosts', () => {
    const text = JSON.stringify(body(110007, 'ab not enough for new order'));
    for (const url of [
      'https://api.bybit.com/v5/order/create',
      'https://api.bytick.com/v5/order/create',
      'https://api-testnet.bybit.com/v5/order/create',
      'https://api-demo.bybit.com/v5/order/create',
      'https://api.bybit.nl/v5/order/create',
      'https://api.bybit.kz/v5/order/create',
      'https://api.bybit-tr.com/v5/order/create',
      'https://api.byhkbit.com/v5/order/create',
      'https://api.bybit.eu/v5/order/create',
      'wss://stream.bybit.com/v5/trade',
    ]) {
      expect(resolve(V5, text, { request: { url } }), url).toMatchObject({
        exchange: 'bybit',
        product: 'v5',
        code: 110007,
        known: true,
        outcome: 'rejected',
      });
    }
    expect(resolve(V5, { status: 200, data: JSON.parse(text) as unknown })).toMatchObject({ code: 110007 });
  });

  it('never reads `retCode: 0` as an error', () => {
    const ok = { retCode: 0, retMsg: 'OK', result: { orderId: '1321003749386327552' }, retExtInfo: {}, time: 1 };
    for (const answer of [ok, JSON.stringify(ok), { status: 200, data: ok }]) {
      expect(resolve(V5, answer, ORDER)).toMatchObject({
        kind: 'success',
        outcome: 'succeeded',
        code: null,
        exchange: 'bybit',
      });
    }
    expect(format(V5, ok, { ...ORDER, lng: 'zh-TW' })).toMatchObject({
      title: '已完成',
      message: '交易所已接受該請求。',
    });
    expect(errorsOf(V5, ok, ORDER)).toEqual({ total: 1, errors: [] });
    // A success body under an HTTP failure is still a failure.
    expect(resolve(V5, { status: 502, data: ok })).toMatchObject({ outcome: 'unknown' });
  });

  it('reads 10016 as an unknown outcome: the order may have been placed', () => {
    for (const msg of ['Server error.', 'internal server error', 'Service is restarting']) {
      const read = format(V5, body(10016, msg), { ...ORDER, lng: 'en' });
      expect(read, msg).toMatchObject({ outcome: 'unknown', retryable: false, title: 'Result unknown' });
      expect(read.hint).toMatch(/open orders/);
    }
    expect(resolve(V5, body(10016, 'Server error.'), ORDER)).toMatchObject({ variant: 'serverError' });
    expect(
      resolve(V5, body(10016, 'Service is restarting'), { request: { url: 'wss://stream.bybit.com/v5/trade' } }),
    ).toMatchObject({ variant: 'restarting', outcome: 'unknown' });
  });

  it('reads 10002 as the receive window, in Bybit’s words or the server’s', () => {
    const documented = format(V5, body(10002, 'The request time exceeds the time window range.'), ORDER);
    expect(documented).toMatchObject({ code: 10002, category: 'timestamp', variant: 'default', outcome: 'rejected' });
    const sent = format(
      V5,
      body(
        10002,
        'invalid request, please check your server timestamp or recv_window param. req_timestamp[1686046223587],server_timestamp[1686046213578],recv_window[5000]',
      ),
      { ...ORDER, lng: 'zh-TW' },
    );
    expect(sent).toMatchObject({ code: 10002, category: 'timestamp', known: true, variant: null });
    expect([documented.title, sent.title]).toEqual(['Outside the receive window', '超出接收時間窗口']);
    expect(sent.message).toContain('recv_window[5000]');
  });

  it('reads HTTP 403 in Bybit’s words: an IP rate limit, or a U.S. IP', () => {
    const page = '<html><head><title>403 Forbidden</title></head><body><h1>403 Forbidden</h1></body></html>';
    for (const answer of [{ status: 403 }, { status: 403, data: page }, { response: { status: 403, data: '' } }]) {
      const read = format(V5, answer, { ...ORDER, lng: 'en' });
      expect(read).toMatchObject({ kind: 'http', code: 403, known: true, category: 'rateLimit', outcome: 'rejected' });
      expect(read.message).toMatch(/IP rate limit breached.*U\.S IP/);
    }
  });

  it('reads HTTP 429 and 10006 as rate limits, with the reset time when no requests are left', async () => {
    const now = Date.now();
    const headers = {
      'X-Bapi-Limit': '10',
      'X-Bapi-Limit-Status': '0',
      'X-Bapi-Limit-Reset-Timestamp': String(now + 4_000),
    };
    const http = format(V5, { status: 429, headers }, { ...ORDER, lng: 'en' });
    expect(http).toMatchObject({ kind: 'http', category: 'rateLimit', retryable: true, outcome: 'rejected' });
    expect(http.retryAfterMs).toBeGreaterThan(2_000);
    expect(http.retryAfterMs).toBeLessThanOrEqual(4_000);
    expect(http.message).toMatch(/Try again in [34] s/);
    const visits = resolve(V5, {
      status: 200,
      headers,
      data: body(10006, 'Too many visits. Exceeded the API Rate Limit.'),
    });
    expect(visits).toMatchObject({ code: 10006, category: 'rateLimit', variant: 'default' });
    expect(visits.retryAfterMs).toBeGreaterThan(2_000);
    const response = new Response(JSON.stringify(body(10006, 'Too many visits')), { status: 200, headers });
    const fetched = await resolveResponse(V5, response);
    expect(fetched).toMatchObject({ code: 10006, variant: 'default' });
    expect(fetched.retryAfterMs).toBeGreaterThan(2_000);
    // Bybit sends the headers with every answer: requests left, no wait.
    const left = { ...headers, 'X-Bapi-Limit-Status': '9', 'X-Bapi-Limit-Reset-Timestamp': String(now) };
    expect(resolve(V5, { status: 200, headers: left, data: body(110007, 'x') }).retryAfterMs).toBeNull();
  });

  it('answers batch endpoints item by item: one error per failed item, with its index', () => {
    const answer = {
      retCode: 0,
      retMsg: 'OK',
      result: {
        list: [
          { category: 'linear', symbol: 'BTCUSDT', orderId: '', orderLinkId: 'a', createAt: '' },
          { category: 'linear', symbol: 'BTCUSDT', orderId: '1', orderLinkId: 'b', createAt: '1713434102753' },
          { category: 'linear', symbol: 'BTCUSDT', orderId: '', orderLinkId: 'c', createAt: '' },
        ],
      },
      retExtInfo: {
        list: [
          { code: 10001, msg: 'The number of contracts exceeds maximum limit allowed: too large' },
          { code: 0, msg: 'OK' },
          { code: 110007, msg: 'ab not enough for new order' },
        ],
      },
      time: 1713434102752,
    };
    for (const path of ['/v5/order/create-batch', '/v5/order/amend-batch', '/v5/order/cancel-batch']) {
      const read = errorsOf(V5, answer, { request: { url: `https://api.bybit.com${path}` } });
      expect(read.total, path).toBe(3);
      expect(read.errors.map((e) => [e.index, e.error.code, e.error.outcome, e.error.exchange])).toEqual([
        [0, 10001, 'rejected', 'bybit'],
        [2, 110007, 'rejected', 'bybit'],
      ]);
    }
    // The whole batch refused: one error.
    expect(errorsOf(V5, body(10001, 'params error: batch size'), ORDER).errors).toHaveLength(1);
  });

  it('is data: hosts, shapes and rules, nothing else', () => {
    expect(bybit).toMatchObject({
      id: 'bybit',
      bodies: [{ code: 'retCode', message: 'retMsg' }],
      successCodes: [0],
      unknownCodes: [10016],
      products: { v5: ['/v5/'] },
    });
    expect(V5.exchange).toBe(bybit);
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../test-support/binance.js';
import { binanceClientWords } from '../../../binance/src/client-words.js';
import { readCcxt } from './ccxt.js';

/** A ccxt exception as ccxt builds it: an Error whose `name` is its class. */
function ccxtError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name });
}

describe('ccxt’s message forms', () => {
  it('reads `<id> <METHOD> <url> <status> <reason> <page>`', () => {
    const raw = extract(
      ccxtError(
        'ExchangeNotAvailable',
        'binance POST https://api.binance.com/api/v3/order 502 Bad Gateway <html><title>502</title></html>',
      ),
    );
    expect(raw).toMatchObject({ httpStatus: 502, html: true, code: null, msg: null });
  });

  it('reads `<id> <status> <reason> <body>` (418, 429)', () => {
    const raw = extract(
      ccxtError('DDoSProtection', 'binance 429 Too Many Requests {"code":-1003,"msg":"Too many requests."}'),
    );
    expect(raw).toMatchObject({ httpStatus: 429, code: -1003, msg: 'Too many requests.' });
  });

  it('reads `<id> <body>` and `<id> <its own words> <body>`', () => {
    expect(
      extract(ccxtError('ExchangeError', 'binanceusdm {"code":-2022,"msg":"ReduceOnly Order is rejected."}')),
    ).toMatchObject({
      code: -2022,
      msg: 'ReduceOnly Order is rejected.',
    });
    const lot =
      'binance order amount should be evenly divisible by lot size {"code":-1013,"msg":"Filter failure: LOT_SIZE"}';
    expect(extract(ccxtError('InvalidOrder', lot))).toMatchObject({
      code: -1013,
      msg: 'Filter failure: LOT_SIZE',
    });
  });

  it('keeps the exchange’s words alone as unconfirmed (ccxt maps some texts by their words)', () => {
    const raw = extract(
      ccxtError('InsufficientFunds', 'binance Account has insufficient balance for requested action.'),
    );
    expect(raw).toMatchObject({
      code: null,
      msg: 'Account has insufficient balance for requested action.',
      quoted: true,
    });
    expect(raw.clientMessage).toBe('binance Account has insufficient balance for requested action.');
  });

  it('says what happened to a request that got no answer', () => {
    const refused = 'binance POST https://api.binance.com/api/v3/order fetch failed: connect ECONNREFUSED 1.2.3.4:443';
    expect(extract(ccxtError('NetworkError', refused)).transport).toBe('notSent');
    const timedOut = 'binance POST https://api.binance.com/api/v3/order request timed out (10000 ms)';
    expect(extract(ccxtError('RequestTimeout', timedOut)).transport).toBe('timeout');
    const reset = 'binance POST https://api.binance.com/api/v3/order fetch failed: read ECONNRESET';
    expect(extract(ccxtError('NetworkError', reset)).transport).toBe('dropped');
    expect(extract(ccxtError('NetworkError', reset)).msg).toBeNull();
  });

  it('reads what ccxt refuses before sending as not sent', () => {
    expect(extract(ccxtError('ArgumentsRequired', 'binance createOrder() requires a price argument')).transport).toBe(
      'notSent',
    );
  });

  it('is not ccxt without an exchange id of the words, or without a ccxt class', () => {
    expect(readCcxt('ExchangeError', 'bybit {"retCode":10001}', binanceClientWords)).toBeNull();
    expect(readCcxt('TypeError', 'binance is not defined', binanceClientWords)).toBeNull();
    expect(readCcxt('ExchangeError', 'binancex {"code":-1}', binanceClientWords)).toBeNull();
  });

  it('takes the exchange ids from the words it is given', () => {
    const words = { ...binanceClientWords, ccxtIds: ['bybit'] };
    expect(readCcxt('ExchangeError', 'bybit {"retCode":10001,"retMsg":"params error"}', words)?.body).toEqual({
      retCode: 10001,
      retMsg: 'params error',
    });
    expect(readCcxt('ExchangeError', 'binance {"code":-1}', words)).toBeNull();
  });
});

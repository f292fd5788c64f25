/**
 * What the client readers are given is whatever an app caught: hostile objects, huge messages, text
 * built to make a parser backtrack. None of it may throw, and time grows linearly with the size.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binanceClientWords } from '../../../binance/src/client-words.js';
import { errorsOf } from '../batch.js';
import { binanceModule, extract } from '../test-support/binance.js';
import { resolve } from '../verbs.js';

const NAMES = [
  'ExchangeError',
  'NetworkError',
  'RequestTimeout',
  'DDoSProtection',
  'InsufficientFunds',
  ...Object.keys(binanceClientWords.sdkErrors),
  'HTTPError',
  'TypeError',
];
const PIECES = [
  'binance ',
  'binanceusdm ',
  'POST ',
  'https://fapi.binance.com/fapi/v1/order ',
  '418 ',
  "I'm a Teapot ",
  '{',
  '"code":-1003,',
  '"msg":"x"',
  '}',
  '<html>',
  '[',
  'ECONNREFUSED',
  'E',
  '_',
  ' ',
];
const message = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

const SPOT = binanceModule(
  'spot',
  [
    {
      code: -2010,
      name: 'NEW_ORDER_REJECTED',
      section: 's',
      category: 'order',
      retryable: false,
      severity: 'error',
      variants: [{ key: 'default', params: [], server: 'Account has insufficient balance for requested action.' }],
      docsUrl: { en: 'https://example.test/en', zh: 'https://example.test/zh' },
    },
  ],
  'testSpot',
);
const USDM = binanceModule('usdm', [], 'testUsdm');

function throwing(): object {
  return new Proxy(
    {},
    {
      get() {
        throw new Error('no');
      },
      getPrototypeOf() {
        throw new Error('no');
      },
      has() {
        throw new Error('no');
      },
    },
  );
}

describe('client readers on hostile input', () => {
  it('never throw on errors named like the clients’ with any message (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), message, (name, text) => {
        const error = Object.assign(new Error(text), { name });
        expect(() => extract(error)).not.toThrow();
        expect(() => resolve([SPOT, USDM], error)).not.toThrow();
        expect(() => errorsOf([SPOT], error)).not.toThrow();
      }),
      { numRuns: 2_000 },
    );
  });

  it('never throw on getters and Proxies that throw', () => {
    const error = Object.defineProperty(new Error('binance {"code":-1}'), 'name', {
      get() {
        throw new Error('no');
      },
    });
    for (const input of [throwing(), error, { status: 'FETCH_ERROR', error: throwing() }, [throwing()]]) {
      expect(() => extract(input)).not.toThrow();
      expect(() => resolve([SPOT, USDM], input)).not.toThrow();
      expect(() => errorsOf([SPOT], input)).not.toThrow();
    }
  });

  it('read the largest messages they parse (100 KB) in time that does not grow with backtracking', () => {
    const n = 99_000;
    const shapes = [
      `binance POST https://api.binance.com/api/v3/order ${'E'.repeat(n)}_`,
      `binance POST https://api.binance.com/api/v3/order ${'EA_'.repeat(n / 3)}`,
      `binance 418 ${'x'.repeat(n)}`,
      `binance ${'{'.repeat(n)}`,
      `binance ${'Account has insufficient balance '.repeat(n / 32)}`,
      `502 Bad Gateway <html>${'<title>'.repeat(n / 7)}`,
      `{"code":-1003,"msg":"${'\\"'.repeat(n / 2)}`,
      `Request failed: ${'POST "'.repeat(n / 6)}`,
    ];
    for (const text of shapes) {
      const start = performance.now();
      resolve([SPOT, USDM], new Error(text));
      errorsOf([SPOT], new Error(text));
      // Linear work on 100 KB takes a few milliseconds; a quadratic reader takes minutes.
      expect(performance.now() - start, text.slice(0, 40)).toBeLessThan(1_000);
    }
  });
});

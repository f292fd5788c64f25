import { describe, expect, it } from 'vitest';
import { resolveError } from './test-support/options.js';

const BODY = { code: -1121, msg: 'Invalid symbol.' };

describe('resolveError input shapes', () => {
  it('reads a {code, msg} body', () => {
    expect(resolveError(BODY)).toMatchObject({
      kind: 'exchange',
      code: -1121,
      name: 'BAD_SYMBOL',
      known: true,
      variant: 'default',
      values: {},
      serverMessage: 'Invalid symbol.',
      category: 'validation',
      retryable: false,
      severity: 'error',
      keys: { title: 'codes.-1121.title', message: 'codes.-1121.messages.default', hint: 'codes.-1121.hint' },
    });
  });

  it.each([
    ['a JSON string body', JSON.stringify(BODY)],
    ['a JSON body with a string code', '{"code":"-1121","msg":"Invalid symbol."}'],
    ['a number', -1121],
    ['a numeric string', ' -1121 '],
    ['a bigint', -1121n],
    [
      'an axios error',
      Object.assign(new Error('Request failed with status code 400'), { response: { status: 400, data: BODY } }),
    ],
    ['an axios error with a string body', { response: { status: 400, data: JSON.stringify(BODY) } }],
    ['a ky/got style error', { response: { statusCode: 400, body: JSON.stringify(BODY) } }],
    ['an error with a cause', new Error('order failed', { cause: BODY })],
    ['a nested cause chain', new Error('a', { cause: new Error('b', { cause: { body: BODY } }) })],
    ['a client error that rethrows code + message', Object.assign(new Error('Invalid symbol.'), { code: -1121 })],
  ])('reads %s', (_label, input) => {
    expect(resolveError(input)).toMatchObject({ kind: 'exchange', code: -1121, known: true });
  });

  it('keeps HTTP facts next to the Binance body', () => {
    const resolved = resolveError({
      response: {
        status: 429,
        headers: { 'Retry-After': '12' },
        data: { code: -1008, msg: 'Too many requests queued.' },
      },
    });
    expect(resolved).toMatchObject({
      code: -1008,
      variant: 'default',
      httpStatus: 429,
      retryAfterMs: 12_000,
      category: 'rateLimit',
      retryable: true,
    });
  });

  it('reads a fetch Response (status and headers) whose body was already read', () => {
    const response = new Response('', { status: 418, headers: { 'Retry-After': '120' } });
    expect(resolveError(response)).toMatchObject({
      kind: 'http',
      httpStatus: 418,
      retryAfterMs: 120_000,
      keys: { message: 'fallback.ipBanned.messageRetry' },
      interpolation: { retryAfter: '120' },
    });
  });

  it('reads an HTTP 429 with Retry-After and no body', () => {
    expect(resolveError({ status: 429, headers: new Headers({ 'retry-after': '3' }) })).toMatchObject({
      kind: 'http',
      category: 'rateLimit',
      retryable: true,
      severity: 'warning',
      keys: { message: 'fallback.rateLimited.messageRetry' },
      interpolation: { retryAfter: '3' },
    });
  });

  it('reads Retry-After as an HTTP date', () => {
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    const resolved = resolveError({ status: 429, headers: { 'retry-after': inTenSeconds } });
    expect(resolved.retryAfterMs).toBeGreaterThan(8_000);
    expect(resolved.retryAfterMs).toBeLessThanOrEqual(10_000);
  });

  it('reads an HTML error page from a proxy as an unknown outcome, never as "HTTP 0"', () => {
    expect(resolveError({ status: 502, data: '<html><body><h1>502 Bad Gateway</h1></body></html>' })).toMatchObject({
      kind: 'http',
      outcome: 'unknown',
      code: null,
      httpStatus: 502,
      category: 'network',
      retryable: false,
      keys: { message: 'fallback.unknownOutcome.messageStatus' },
      interpolation: { status: '502' },
    });
    const page = resolveError('<!DOCTYPE html><title>Error</title>');
    expect(page).toMatchObject({
      kind: 'http',
      outcome: 'unknown',
      httpStatus: null,
      keys: { title: 'fallback.errorPage.title', message: 'fallback.errorPage.message' },
    });
    expect(page.interpolation).not.toHaveProperty('status');
  });

  it.each([
    ['fetch in browsers', new TypeError('Failed to fetch')],
    [
      'fetch in Node',
      new TypeError('fetch failed', {
        cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      }),
    ],
    ['Safari', new TypeError('Load failed')],
    ['axios', Object.assign(new Error('Network Error'), { code: 'ERR_NETWORK' })],
  ])('reads a network failure from %s', (_label, error) => {
    expect(resolveError(error)).toMatchObject({
      kind: 'network',
      category: 'network',
      retryable: true,
      keys: { title: 'fallback.network.title' },
    });
  });

  it('reads a timeout and does not call it retryable (the order may have been placed)', () => {
    expect(resolveError(new DOMException('The operation timed out.', 'TimeoutError'))).toMatchObject({
      kind: 'timeout',
      retryable: false,
    });
    expect(
      resolveError(Object.assign(new Error('timeout of 1000ms exceeded'), { code: 'ECONNABORTED' })),
    ).toMatchObject({ kind: 'timeout' });
  });

  it('infers the code from a bare server message and lists every code that shares it', () => {
    expect(resolveError('Invalid symbol.')).toMatchObject({ code: -1121, known: true, candidates: [-1121] });
    expect(resolveError('Invalid underlying')).toMatchObject({ code: -1128, candidates: [-1128, -6003] });
  });
});

describe('resolveError fallbacks', () => {
  it('keeps an unknown code and the server text', () => {
    expect(resolveError({ code: -9999, msg: 'Brand new error.' })).toMatchObject({
      kind: 'exchange',
      code: -9999,
      known: false,
      name: null,
      variant: null,
      category: 'unknown',
      keys: { title: 'fallback.code.title', message: 'fallback.code.message' },
      interpolation: { code: '-9999', serverMessage: 'Brand new error.' },
    });
  });

  it('uses the bare generic message for an unknown code without text', () => {
    expect(resolveError(-42)).toMatchObject({
      code: -42,
      keys: { message: 'fallback.code.messageBare' },
      interpolation: { code: '-42' },
    });
  });

  it('keeps unrecognized text as the server message', () => {
    expect(resolveError('Something odd happened')).toMatchObject({
      kind: 'unknown',
      serverMessage: 'Something odd happened',
      keys: { message: 'fallback.text.message' },
    });
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['NaN', Number.NaN],
    ['Infinity', Infinity],
    ['a float', 1.5],
    ['true', true],
    ['a symbol', Symbol('x')],
    ['a function', () => 1],
    ['an empty object', {}],
    ['an empty string', ''],
    ['an array', [1, 2]],
    ['broken JSON', '{"code": -11'],
  ])('gives the generic fallback for %s', (_label, input) => {
    const resolved = resolveError(input);
    expect(resolved.known).toBe(false);
    expect(resolved.keys.title).toMatch(/^fallback\./);
  });

  it('survives cycles, throwing getters and hostile proxies', () => {
    const cyclic: Record<string, unknown> = { code: 'x' };
    cyclic['cause'] = cyclic;
    const throwing = Object.defineProperty({}, 'code', {
      get() {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const input of [cyclic, throwing, proxy, revoked.proxy, { headers: proxy, status: 500 }]) {
      expect(() => resolveError(input)).not.toThrow();
    }
  });

  it('picks a variant from hints when there is no server text', () => {
    expect(resolveError(-1102, { values: { param: 'quantity' } })).toMatchObject({
      variant: 'param',
      values: { param: 'quantity' },
    });
    expect(resolveError(-1102, { values: { param: 'a', otherParam: 'b' } })).toMatchObject({
      variant: 'either',
    });
    expect(resolveError(-1102, { variant: 'param' })).toMatchObject({ variant: 'default', values: {} });
    expect(resolveError(-1102)).toMatchObject({ variant: 'default' });
    // -6029 has no variant without a value: without one the generic message shows the code.
    expect(resolveError(-6029)).toMatchObject({ variant: null, keys: { message: 'fallback.code.messageBare' } });
  });
});

/**
 * Whether the order went through: every way a request can fail, read as `rejected`, `unknown` or
 * `notSent`, with texts that never tell a trader to blindly resend what may have been executed.
 */
import { describe, expect, it } from 'vitest';
import { formatError, resolveError } from './test-support/options.js';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('outcome', () => {
  it.each([
    ['a Binance code on a 400', { response: { status: 400, data: { code: -1121, msg: 'Invalid symbol.' } } }],
    [
      'a Binance code without a status',
      { code: -1102, msg: "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." },
    ],
    ['HTTP 429', { status: 429 }],
    ['HTTP 418', { status: 418 }],
    ['HTTP 403 (WAF)', { status: 403, body: '<html><body>Request blocked.</body></html>' }],
    ['HTTP 451', { status: 451 }],
    ['HTTP 404', { status: 404 }],
  ])('rejected: %s', (_label, input) => {
    expect(resolveError(input).outcome).toBe('rejected');
  });

  it.each([
    ['HTTP 500 without a body', { status: 500 }],
    ['HTTP 502 with a proxy page', { status: 502, body: '<html>Bad Gateway</html>' }],
    ['HTTP 503 with plain text', { status: 503, body: 'Unknown error, please check your request or try again later.' }],
    [
      'HTTP 503 with a Binance body',
      { status: 503, body: '{"code":-1000,"msg":"Unknown error, please check your request or try again later."}' },
    ],
    [
      'the same body without a status',
      '{"code":-1000,"msg":"Unknown error, please check your request or try again later."}',
    ],
    ['HTTP 504 with an empty body', { status: 504, body: '' }],
    ['a Binance code on a 5xx', { status: 503, body: '{"code":-1121,"msg":"Invalid symbol."}' }],
    [
      'a Spring-style 500 body',
      '{"timestamp":1700000000000,"status":500,"error":"Internal Server Error","message":"Timestamp for this request is outside of the recvWindow.","path":"/vapi/v1/ping"}',
    ],
    [
      '-1007 "execution status unknown" (not an Options code)',
      {
        code: -1007,
        msg: 'Timeout waiting for response from backend server. Send status unknown; execution status unknown.',
      },
    ],
    ['-1000 by code alone', -1000],
    [
      'HTTP 409 (cancel-replace partly done)',
      { status: 409, body: '{"code":-2021,"msg":"Order cancel-replace partially failed."}' },
    ],
    ['HTTP 408', { status: 408 }],
    ['an HTML page with no status', '<!DOCTYPE html><title>Error</title>'],
    ['an aborted fetch', new DOMException('The user aborted a request.', 'AbortError')],
    ['a fetch timeout', new DOMException('The operation timed out.', 'TimeoutError')],
    ['axios timeout', withCode('ECONNABORTED', 'timeout of 1000ms exceeded')],
    ['ETIMEDOUT', withCode('ETIMEDOUT')],
    ['a reset connection', withCode('ECONNRESET', 'read ECONNRESET')],
    [
      'undici: the socket closed after sending',
      new TypeError('fetch failed', {
        cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
      }),
    ],
    ['socket hang up', new Error('socket hang up')],
    ['nothing recognizable', new Error('boom')],
  ])('unknown: %s', (_label, input) => {
    const resolved = resolveError(input);
    expect(resolved.outcome).toBe('unknown');
    expect(resolved.retryable).toBe(false);
  });

  it.each([
    ['offline in a browser', new TypeError('Failed to fetch')],
    ['Safari', new TypeError('Load failed')],
    ['Firefox', new TypeError('NetworkError when attempting to fetch resource.')],
    [
      'undici: connection refused',
      new TypeError('fetch failed', { cause: withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:9') }),
    ],
    ['DNS', withCode('ENOTFOUND', 'getaddrinfo ENOTFOUND api.binance.com')],
    ['DNS, temporary', withCode('EAI_AGAIN')],
    ['axios in a browser (CORS or offline)', Object.assign(new Error('Network Error'), { code: 'ERR_NETWORK' })],
    ['undici connect timeout (never connected)', withCode('UND_ERR_CONNECT_TIMEOUT')],
  ])('notSent: %s', (_label, input) => {
    const resolved = resolveError(input);
    expect(resolved).toMatchObject({ outcome: 'notSent', kind: 'network', retryable: true });
  });

  it('lets a precise cause win over a browser-style message', () => {
    const error = new TypeError('fetch failed', { cause: withCode('ECONNRESET') });
    expect(resolveError(error).outcome).toBe('unknown');
  });
});

describe('texts for an unknown outcome', () => {
  const cases: [string, unknown][] = [
    ['5xx', { status: 503, body: 'Unknown error, please check your request or try again later.' }],
    [
      '5xx with a code',
      { status: 503, body: '{"code":-1001,"msg":"Internal error; unable to process your request. Please try again."}' },
    ],
    ['timeout', new DOMException('The operation timed out.', 'TimeoutError')],
    ['dropped', withCode('ECONNRESET')],
    ['HTML page', '<html><body>oops</body></html>'],
  ];

  it.each(cases)('%s: says it may have gone through and to check orders before sending again (en)', (_label, input) => {
    const { title, message, hint } = formatError(input, { lng: 'en' });
    expect(title).not.toBe('');
    expect(message).toMatch(/may have gone through/);
    expect(hint).toMatch(/open orders/);
    expect(`${title} ${message} ${hint}`).not.toMatch(/try again shortly/i);
  });

  it.each(cases)('%s: the same in Chinese', (_label, input) => {
    const { message, hint } = formatError(input, { lng: 'zh-CN' });
    expect(message).toContain('可能已被执行');
    expect(hint).toContain('当前委托');
  });

  it('keeps the code’s own message as detail on a 5xx', () => {
    const formatted = formatError(
      { status: 503, body: '{"code":-1001,"msg":"Internal error; unable to process your request. Please try again."}' },
      { lng: 'en' },
    );
    expect(formatted).toMatchObject({ code: -1001, variant: 'default', httpStatus: 503, title: 'Result unknown' });
    expect(formatted.message).toBe(
      'The exchange answered error -1001 (HTTP 503) without confirming the result: the request may have gone through.',
    );
    expect(formatted.detail).toBe('Internal error; unable to process your request. Please try again.');
  });

  it('reads a Spring-style body’s message against the templates and keeps it', () => {
    const body =
      '{"timestamp":1700000000000,"status":500,"error":"Internal Server Error","message":"Timestamp for this request is outside of the recvWindow.","path":"/vapi/v1/ping"}';
    const formatted = formatError(body, { lng: 'zh' });
    expect(formatted).toMatchObject({
      code: -1021,
      variant: 'default',
      httpStatus: 500,
      outcome: 'unknown',
      serverMessage: 'Timestamp for this request is outside of the recvWindow.',
    });
    expect(formatted.detail).not.toBe('');
  });
});

describe('texts for other statuses', () => {
  it.each([
    [403, 'Access blocked', /firewall/, /Do not retry in a loop/],
    [451, 'Not available in your location', /location/, /Retrying will not help/],
    [409, 'Partly done', /cancel-replace/, /both/],
    [429, 'Too many requests', /limiting/, /Wait/],
    [418, 'Temporarily blocked', /blocked this IP/, /Stop sending/],
  ])('HTTP %i', (status, title, message, hint) => {
    const formatted = formatError({ status }, { lng: 'en' });
    expect(formatted.title).toBe(title);
    expect(formatted.message).toMatch(message);
    expect(formatted.hint).toMatch(hint);
    const zh = formatError({ status }, { lng: 'zh' });
    expect(zh.title).not.toBe(formatted.title);
    expect(zh.message.replace('HTTP', '')).not.toMatch(/[A-Za-z]{4,}/);
  });

  it('never says "HTTP 0" for an HTML page without a status', () => {
    for (const lng of ['en', 'zh']) {
      const formatted = formatError('<html><head><title>502 Bad Gateway</title></head></html>', { lng });
      expect(`${formatted.title} ${formatted.message} ${formatted.hint}`).not.toMatch(/HTTP 0|HTTP\s*$/);
    }
  });
});

describe('a server’s addition after the template', () => {
  const msg = 'Invalid API-key, IP, or permissions for action, request ip: 1.2.3.4';

  it('is still the known variant, in Chinese, with the addition kept', () => {
    const formatted = formatError({ code: -2015, msg }, { lng: 'zh' });
    expect(formatted).toMatchObject({
      code: -2015,
      variant: 'default',
      serverDetail: 'request ip: 1.2.3.4',
      serverMessage: msg,
      outcome: 'rejected',
    });
    expect(formatted.message).not.toContain('Invalid API-key');
  });

  it('is found for a bare message too, and for a template with values', () => {
    expect(resolveError(msg)).toMatchObject({ code: -2015, serverDetail: 'request ip: 1.2.3.4' });
    const withValue = "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed. (trace 7f3a)";
    expect(resolveError({ code: -1102, msg: withValue })).toMatchObject({
      variant: 'param',
      values: { param: 'quantity' },
      serverDetail: 'trace 7f3a',
    });
  });

  it('prefers a whole match to one with an addition', () => {
    expect(resolveError({ code: -1121, msg: 'Invalid symbol.' }).serverDetail).toBeNull();
  });

  it('does not take a longer word for a template followed by an addition', () => {
    expect(resolveError({ code: -1121, msg: 'Invalid symbolic link' })).toMatchObject({
      variant: null,
      serverDetail: null,
    });
  });
});

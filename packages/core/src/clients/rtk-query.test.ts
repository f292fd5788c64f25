import { describe, expect, it } from 'vitest';
import { extract } from '../test-support/binance.js';

describe('RTK Query’s fetchBaseQuery errors', () => {
  it('keeps a JavaScript error’s text as the client’s message, never the exchange’s', () => {
    const raw = extract({ status: 'FETCH_ERROR', error: 'TypeError: Failed to fetch' });
    expect(raw).toMatchObject({ msg: null, transport: 'notSent', clientMessage: 'TypeError: Failed to fetch' });
  });

  it('reads a page it could not parse with its original status', () => {
    const raw = extract({
      status: 'PARSING_ERROR',
      originalStatus: 503,
      data: '<html><title>503 Service Unavailable</title></html>',
      error: 'SyntaxError: Unexpected token \'<\', "<html><tit"... is not valid JSON',
    });
    expect(raw).toMatchObject({ httpStatus: 503, html: true, msg: null });
  });

  it('reads a timeout as a timeout, and an HTTP error as its body', () => {
    expect(extract({ status: 'TIMEOUT_ERROR', error: 'TimeoutError: signal timed out' })).toMatchObject({
      transport: 'timeout',
      msg: null,
    });
    expect(extract({ status: 400, data: { code: -1013, msg: 'Filter failure: LOT_SIZE' } })).toMatchObject({
      httpStatus: 400,
      code: -1013,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { binanceModule, extract } from '../test-support/binance.js';
import { resolve } from '../verbs.js';

const EMPTY = binanceModule('spot', []);

/** `@binance/common`'s errors as it builds them: a class per status, `code` since 2.x. */
function sdkError(name: string, message: string, fields: object = {}): Error {
  return Object.assign(new Error(message), { name }, fields);
}

describe('the official connectors’ errors (@binance/common)', () => {
  it('reads the status the class stands for and Binance’s message', () => {
    expect(extract(sdkError('BadRequestError', 'Margin is insufficient.'))).toMatchObject({
      httpStatus: 400,
      msg: 'Margin is insufficient.',
      code: null,
    });
    expect(extract(sdkError('BadRequestError', 'Margin is insufficient.', { code: -2019 }))).toMatchObject({
      httpStatus: 400,
      code: -2019,
    });
  });

  it('never shows the SDK’s own text as the exchange’s', () => {
    const forbidden = resolve(EMPTY, sdkError('ForbiddenError', 'Access to the requested resource is forbidden.'));
    expect(forbidden).toMatchObject({ httpStatus: 403, outcome: 'rejected', serverMessage: null });
    expect(forbidden.clientMessage).toBe('Access to the requested resource is forbidden.');
    expect(resolve(EMPTY, sdkError('ServerError', 'Server error: 502', { statusCode: 502 }))).toMatchObject({
      httpStatus: 502,
      outcome: 'unknown',
      serverMessage: null,
    });
  });

  it('reads its NetworkError as "may have been sent": it throws the same one for a refused connection and a timeout', () => {
    expect(extract(sdkError('NetworkError', 'Network error or request timeout.'))).toMatchObject({
      transport: 'dropped',
      msg: null,
    });
  });

  it('reads its WebSocket API errors: the server’s `{code, msg}` as a body, its own timeouts as such', () => {
    expect(extract({ code: -2010, msg: 'Account has insufficient balance for requested action.' }).code).toBe(-2010);
    expect(extract(new Error('Request timeout for id: 42')).transport).toBe('timeout');
    expect(extract(new Error('Unable to send message — connection is not available.')).transport).toBe('notSent');
  });
});

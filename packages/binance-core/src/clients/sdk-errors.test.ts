import { describe, expect, it } from 'vitest';
import type { BinanceCatalog } from '../catalog.js';
import { extractError } from '../extract.js';
import { resolveIn } from '../resolve.js';

const EMPTY: BinanceCatalog = { product: 'spot', namespace: 'test', prefixes: [], codes: [] };

/** `@binance/common`'s errors as it builds them: a class per status, `code` since 2.x. */
function sdkError(name: string, message: string, fields: object = {}): Error {
  return Object.assign(new Error(message), { name }, fields);
}

describe('the official connectors’ errors (@binance/common)', () => {
  it('reads the status the class stands for and Binance’s message', () => {
    expect(extractError(sdkError('BadRequestError', 'Margin is insufficient.'))).toMatchObject({
      httpStatus: 400,
      msg: 'Margin is insufficient.',
      code: null,
    });
    expect(extractError(sdkError('BadRequestError', 'Margin is insufficient.', { code: -2019 }))).toMatchObject({
      httpStatus: 400,
      code: -2019,
    });
  });

  it('never shows the SDK’s own text as the exchange’s', () => {
    const forbidden = resolveIn(EMPTY, sdkError('ForbiddenError', 'Access to the requested resource is forbidden.'));
    expect(forbidden).toMatchObject({ httpStatus: 403, outcome: 'rejected', serverMessage: null });
    expect(forbidden.clientMessage).toBe('Access to the requested resource is forbidden.');
    expect(resolveIn(EMPTY, sdkError('ServerError', 'Server error: 502', { statusCode: 502 }))).toMatchObject({
      httpStatus: 502,
      outcome: 'unknown',
      serverMessage: null,
    });
  });

  it('reads its NetworkError as "may have been sent": it throws the same one for a refused connection and a timeout', () => {
    expect(extractError(sdkError('NetworkError', 'Network error or request timeout.'))).toMatchObject({
      transport: 'dropped',
      msg: null,
    });
  });

  it('reads its WebSocket API errors: the server’s `{code, msg}` as a body, its own timeouts as such', () => {
    expect(extractError({ code: -2010, msg: 'Account has insufficient balance for requested action.' }).code).toBe(
      -2010,
    );
    expect(extractError(new Error('Request timeout for id: 42')).transport).toBe('timeout');
    expect(extractError(new Error('Unable to send message — connection is not available.')).transport).toBe('notSent');
  });
});

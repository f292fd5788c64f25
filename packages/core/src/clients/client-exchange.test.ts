/**
 * The client that threw names its exchange (ccxt's id, the SDK's classes: each exchange's words), and
 * plain objects thrown for an HTTP failure with the status under `code` (a key the exchange's words
 * name marks them): on modules of the test's own making, two exchanges registered together.
 */
import { describe, expect, it } from 'vitest';
import type { ExchangeAdapter } from '../exchange.js';
import { ALPHA, BETA, info, moduleOf } from '../test-support/modules.js';
import { resolve } from '../verbs.js';

const NO_SDK = { sdkErrors: {}, sdkTexts: [], sdkTransports: {}, sdkMessages: [] };
const alpha: ExchangeAdapter = {
  ...ALPHA,
  clients: { ...NO_SDK, ccxtIds: ['alpha'], sdkErrors: { AlphaBadRequest: 400 } },
};
const beta: ExchangeAdapter = { ...BETA, clients: { ...NO_SDK, ccxtIds: ['beta'], statusObjects: ['requestOptions'] } };

const MARGIN = 'Margin is insufficient.';
const SPOT = moduleOf(alpha, 'spot', ['/api/'], [info(-2019, 'MARGIN_NOT_SUFFICIENT', MARGIN)]);
const USDM = moduleOf(alpha, 'usdm', ['/fapi/'], [info(-2019, 'MARGIN_NOT_SUFFICIENT', MARGIN)]);
const V5 = moduleOf(beta, 'v5', ['/v5/'], [info(403, '', 'Forbidden request. You are using U.S IP')]);
const ALL = [SPOT, USDM, V5];

class ExchangeError extends Error {
  override name = 'ExchangeError';
}
class AlphaBadRequest extends Error {
  override name = 'AlphaBadRequest';
}

describe('the client names its exchange', () => {
  it('reads the words an Alpha client kept (no code) among Alpha’s products only', () => {
    for (const thrown of [new ExchangeError(`alpha ${MARGIN}`), new AlphaBadRequest(MARGIN)]) {
      expect(resolve(ALL, thrown), thrown.name).toMatchObject({
        exchange: 'alpha',
        code: -2019,
        outcome: 'rejected',
        productCandidates: ['spot', 'usdm'],
      });
    }
  });

  it('leaves a word two exchanges share unattributed: the words then give no code', () => {
    // (Another id: the engine keeps one reader per set of exchange ids.)
    const shared: ExchangeAdapter = { ...beta, id: 'gamma', clients: { ...NO_SDK, ccxtIds: ['alpha'] } };
    const both = [SPOT, USDM, moduleOf(shared, 'v5', ['/v5/'], [info(1, '', 'x')])];
    expect(resolve(both, new ExchangeError(`alpha ${MARGIN}`))).toMatchObject({ code: null, known: false });
  });
});

describe('plain objects thrown for an HTTP failure', () => {
  const thrown = (code: number, body: unknown) => ({
    code,
    message: 'Forbidden',
    body,
    headers: {},
    requestOptions: { baseUrl: 'https://api.beta.test' },
  });

  it('read the status under `code`, the status text as the client’s words', () => {
    expect(resolve(V5, thrown(403, ''))).toMatchObject({
      kind: 'http',
      httpStatus: 403,
      code: 403,
      known: true,
      serverMessage: null,
      clientMessage: 'Forbidden',
    });
    expect(resolve(V5, thrown(502, '<html><h1>502 Bad Gateway</h1></html>'))).toMatchObject({
      outcome: 'unknown',
      httpStatus: 502,
      serverMessage: null,
    });
  });

  it('need the marker, and a status in range', () => {
    const { requestOptions: _, ...unmarked } = thrown(403, '');
    expect(resolve(V5, unmarked)).toMatchObject({ httpStatus: null });
    expect(resolve(V5, thrown(-2019, ''))).toMatchObject({ httpStatus: null });
    expect(resolve(SPOT, thrown(403, ''))).toMatchObject({ httpStatus: null });
  });
});

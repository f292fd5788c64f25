/**
 * The engine on modules of its own making: it knows nothing of any exchange or product until it is
 * given one, the same code means what each catalog says it means, and everything an exchange decides
 * for itself (body shapes, success, unknown outcomes, retry headers, hosts) comes from its adapter.
 */
import { describe, expect, it } from 'vitest';
import { format, resolve, resolveResponse, codeInfo } from './verbs.js';
import { ALPHA, BETA, info, moduleOf } from './test-support/modules.js';

const TEXTS = {
  spot: {
    codes: { '-2022': { title: 'Cancel-replace failed', hint: 'h', messages: { default: 'Spot text' } } },
    fallback: { unknown: { title: 'Oops' } },
  },
  usdm: {
    codes: { '-2022': { title: 'Reduce-only rejected', hint: 'h', messages: { default: 'Futures text' } } },
    fallback: { unknown: { title: 'Oops' } },
  },
} as const;

const SPOT = moduleOf(
  ALPHA,
  'spot',
  ['/api/', '/sapi/'],
  [
    info(-2022, 'CANCEL_REPLACE_FAILED', 'Order cancel-replace failed.'),
    info(-1102, 'MANDATORY', "Mandatory parameter '%s' was not sent.", ['param']),
    info(-1021, 'INVALID_TIMESTAMP', 'Timestamp for this request is outside of the recvWindow.'),
  ],
  { en: TEXTS.spot, zh: TEXTS.spot },
);
const FUTURES = moduleOf(
  ALPHA,
  'usdm',
  ['/fapi/'],
  [
    info(-2022, 'REDUCE_ONLY_REJECT', 'ReduceOnly Order is rejected.'),
    info(-1021, 'INVALID_TIMESTAMP', 'Timestamp for this request is outside of the recvWindow.'),
  ],
  { en: TEXTS.usdm, zh: TEXTS.usdm },
);
const BYB = moduleOf(
  BETA,
  'v5',
  ['/v5/'],
  [info(10001, 'PARAMS_ERROR', 'Params error.'), info(10016, 'SERVER_ERROR', 'Server error.')],
);

describe('one product', () => {
  it('reads the same code against each product’s own catalog', () => {
    expect(resolve(SPOT, { code: -2022, msg: 'Order cancel-replace failed.' })).toMatchObject({
      exchange: 'alpha',
      product: 'spot',
      namespace: 'alphaSpot',
      name: 'CANCEL_REPLACE_FAILED',
      variant: 'default',
      known: true,
      productCandidates: [],
    });
    expect(resolve(FUTURES, { code: -2022, msg: 'ReduceOnly Order is rejected.' })).toMatchObject({
      product: 'usdm',
      name: 'REDUCE_ONLY_REJECT',
      variant: 'default',
    });
    // The other product's text is not one of this code's variants here.
    expect(resolve(FUTURES, { code: -2022, msg: 'Order cancel-replace failed.' })).toMatchObject({
      variant: null,
      known: true,
    });
  });

  it('matches a bare message only against the catalog it is given', () => {
    expect(resolve(SPOT, "Mandatory parameter 'symbol' was not sent.")).toMatchObject({
      code: -1102,
      values: { param: 'symbol' },
    });
    expect(resolve(FUTURES, "Mandatory parameter 'symbol' was not sent.")).toMatchObject({ code: null, known: false });
  });

  it('formats in the error’s own namespace with its product’s texts', () => {
    expect(format(SPOT, { code: -2022, msg: 'Order cancel-replace failed.' }, { lng: 'en' })).toMatchObject({
      title: 'Cancel-replace failed',
      message: 'Spot text',
    });
    expect(format(FUTURES, { code: -2022, msg: 'ReduceOnly Order is rejected.' }, { lng: 'en' })).toMatchObject({
      title: 'Reduce-only rejected',
      message: 'Futures text',
    });
  });

  it('never throws without texts, or without any module: the server’s own words stand in', () => {
    const bare = moduleOf(ALPHA, 'spot', ['/api/'], [info(-2022, 'X', 'Order cancel-replace failed.')]);
    expect(format(bare, { code: -2022, msg: 'Order cancel-replace failed.' })).toMatchObject({
      title: 'Error',
      message: 'Order cancel-replace failed.',
    });
    for (const none of [[], null, undefined, 42, 'spot', [{}], { product: 'spot' }]) {
      expect(format(none as never, { code: -2022, msg: 'x' })).toMatchObject({ code: -2022, product: null });
    }
  });

  it('reads a message that is the leading sentence of a template without values, under its code only', () => {
    const beta = moduleOf(
      BETA,
      'v5',
      ['/v5/'],
      [
        info(10006, '', 'Too many visits. Exceeded the API Rate Limit.'),
        info(10007, '', 'Order %s. Check it.', ['state']),
      ],
    );
    expect(resolve(beta, { retCode: 10006, retMsg: 'Too many visits' })).toMatchObject({ variant: 'default' });
    expect(resolve(beta, { retCode: 10006, retMsg: 'Too many visits.' })).toMatchObject({ variant: 'default' });
    // Not a sentence of it, a word cut short, a template with values, or no code: no reading.
    expect(resolve(beta, { retCode: 10006, retMsg: 'Too many' }).variant).toBeNull();
    expect(resolve(beta, { retCode: 10006, retMsg: 'Too many visit' }).variant).toBeNull();
    expect(resolve(beta, { retCode: 10007, retMsg: 'Order' }).variant).toBeNull();
    expect(resolve(beta, 'Too many visits').code).toBeNull();
  });

  it('looks codes up by number only', () => {
    expect(codeInfo(SPOT, -2022)?.name).toBe('CANCEL_REPLACE_FAILED');
    expect(codeInfo(SPOT, '-2022' as never)).toBeUndefined();
    expect(codeInfo(SPOT, -1)).toBeUndefined();
  });
});

describe('several products', () => {
  const both = [SPOT, FUTURES];

  it('takes the product from the caller, then from the request URL (the caller’s or the error’s own)', () => {
    expect(resolve(both, { code: -2022, msg: 'x' }, { product: 'usdm' })).toMatchObject({
      product: 'usdm',
      name: 'REDUCE_ONLY_REJECT',
      productCandidates: [],
    });
    expect(
      resolve(
        both,
        { code: -2022, msg: 'x' },
        { request: { url: 'https://api.alpha.test/api/v3/order/cancelReplace' } },
      ),
    ).toMatchObject({ product: 'spot', name: 'CANCEL_REPLACE_FAILED' });
    const axiosLike = Object.assign(new Error('Request failed'), {
      config: { url: 'https://fapi.alpha.test/fapi/v1/order' },
      response: { status: 400, data: { code: -2022, msg: 'ReduceOnly Order is rejected.' } },
    });
    expect(resolve(both, axiosLike)).toMatchObject({ product: 'usdm', variant: 'default' });
    const fetchResponse = { url: 'https://api.alpha.test/sapi/v1/margin/order', status: 400 };
    expect(resolve(both, fetchResponse)).toMatchObject({ product: 'spot' });
    const clientObject = { code: -2022, message: 'x', requestUrl: 'https://fapi.alpha.test/fapi/v1/order' };
    expect(resolve(both, clientObject)).toMatchObject({ product: 'usdm' });
  });

  it('says it cannot tell instead of guessing', () => {
    const resolved = resolve(both, { code: -2022, msg: 'Something.' });
    expect(resolved).toMatchObject({
      known: false,
      name: null,
      product: null,
      exchange: 'alpha',
      productCandidates: ['spot', 'usdm'],
    });
  });

  it('gives the reading every candidate shares, naming no product (-1021 means the same everywhere)', () => {
    const resolved = format(both, { code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' });
    expect(resolved).toMatchObject({
      known: true,
      name: 'INVALID_TIMESTAMP',
      variant: 'default',
      product: null,
      productCandidates: ['spot', 'usdm'],
    });
  });

  it('needs no hint where only one product knows the code, or only one is given', () => {
    expect(resolve(both, { code: -1102, msg: "Mandatory parameter 'x' was not sent." })).toMatchObject({
      product: 'spot',
      productCandidates: [],
    });
    expect(resolve([FUTURES], { code: -2022, msg: 'ReduceOnly Order is rejected.' })).toMatchObject({
      product: 'usdm',
    });
  });

  it('never reads an error as a product other than the one the caller or the request names', () => {
    const body = { code: -2022, msg: 'Order cancel-replace failed.' };
    expect(resolve([FUTURES], body, { product: 'spot' })).toMatchObject({
      product: null,
      name: null,
      known: false,
      productCandidates: [],
    });
    expect(
      resolve([FUTURES], body, { request: { url: 'https://api.alpha.test/api/v3/order/cancelReplace' } }),
    ).toMatchObject({ product: null, name: null, exchange: 'alpha' });
    // A product nobody knows (a typo) is no product: the URL still decides.
    expect(
      resolve(both, { code: -2022, msg: 'x' }, { product: 'spto', request: { url: '/fapi/v1/order' } }),
    ).toMatchObject({
      product: 'usdm',
      name: 'REDUCE_ONLY_REJECT',
    });
  });

  it('finds the only product that knows a code sent without its minus sign (PM writes 51xxx)', () => {
    const PM = moduleOf(
      ALPHA,
      'pm',
      ['/papi/'],
      [info(-51006, 'EXCEED_MAX_BORROWABLE', 'Exceeds maximum borrowable amount.')],
    );
    expect(resolve([SPOT, FUTURES, PM], { code: 51006, msg: 'Exceeds maximum borrowable amount.' })).toMatchObject({
      product: 'pm',
      code: -51006,
      known: true,
    });
  });

  it('reads the path of a URL on any host (a proxy, a test server), and only its path', () => {
    expect(
      resolve(both, { code: -2022, msg: 'x' }, { request: { url: 'http://127.0.0.1:8080/fapi/v1/order' } }).product,
    ).toBe('usdm');
    const body = { code: -2022, msg: 'x' };
    expect(resolve(both, body, { request: { url: 'https://alpha.test/x?next=/fapi/v1' } }).product).toBeNull();
    expect(resolve(both, body, { request: { url: '/FAPI/v1/order' } }).product).toBe('usdm');
    expect(resolve(both, body, { request: { url: 42 as never } }).product).toBeNull();
  });
});

describe('an exchange is its adapter', () => {
  const all = [SPOT, FUTURES, BYB];

  it('reads the body shape its adapter names, and knows the exchange by it', () => {
    const body = { retCode: 10001, retMsg: 'Params error.', result: {}, retExtInfo: {}, time: 1 };
    expect(resolve(all, body)).toMatchObject({ exchange: 'beta', product: 'v5', code: 10001, known: true });
    expect(resolve(all, JSON.stringify(body))).toMatchObject({ exchange: 'beta', code: 10001 });
    // Alpha's shape names alpha's products only, when their codes are asked about.
    expect(resolve(all, { code: -2022, msg: 'x' }).productCandidates).toEqual(['spot', 'usdm']);
  });

  it('a success body is never an error', () => {
    const ok = { retCode: 0, retMsg: 'OK', result: { orderId: '1' }, retExtInfo: {}, time: 1 };
    expect(resolve(all, ok)).toMatchObject({ kind: 'success', outcome: 'succeeded', code: null, exchange: 'beta' });
    expect(resolve(all, ok).namespace).toBe('betaV5');
    expect(resolve(BYB, JSON.stringify(ok))).toMatchObject({ kind: 'success', outcome: 'succeeded' });
    // An HTTP failure with such a body is still a failure; an HTTP client's 200 response is not one.
    expect(resolve(BYB, { status: 503, data: ok })).toMatchObject({ outcome: 'unknown' });
    expect(resolve(BYB, { status: 404, data: ok })).toMatchObject({ outcome: 'rejected', kind: 'http' });
    expect(resolve(BYB, { status: 200, headers: {}, data: ok })).toMatchObject({
      kind: 'success',
      outcome: 'succeeded',
    });
    // Alpha says nothing of 0: `{code: 0}` is no code there, not a success.
    expect(resolve(SPOT, { code: 0, msg: 'Service unavailable.', status: 451 })).toMatchObject({
      code: null,
      outcome: 'rejected',
    });
  });

  it('takes the exchange’s unknown-outcome codes and words, and its partial-success status', () => {
    expect(resolve(BYB, { retCode: 10016, retMsg: 'Server error.' })).toMatchObject({ outcome: 'unknown' });
    expect(resolve(SPOT, { code: -1007, msg: 'Timeout.' })).toMatchObject({ outcome: 'unknown' });
    expect(resolve(SPOT, { code: -9999, msg: 'Send status unknown.' })).toMatchObject({ outcome: 'unknown' });
    expect(resolve(BYB, { retCode: 10001, retMsg: 'Send status unknown.' })).toMatchObject({ outcome: 'rejected' });
    expect(resolve(SPOT, { status: 409, data: { code: -2022, msg: 'x' } })).toMatchObject({ outcome: 'unknown' });
    expect(resolve(BYB, { status: 409, data: {} })).toMatchObject({ outcome: 'rejected' });
  });

  it('reads its own retry header', () => {
    const now = Date.now();
    const fromBeta = resolve(BYB, { status: 429, headers: { 'X-Reset-Ms': String(now + 5_000) } });
    expect(fromBeta.retryAfterMs).toBeGreaterThan(3_000);
    expect(fromBeta.retryAfterMs).toBeLessThanOrEqual(5_000);
    // Sent with every answer: a wait only when no requests are left.
    const reset = String(now + 5_000);
    expect(resolve(BYB, { status: 429, headers: { 'x-reset-ms': reset, 'X-Left': '0' } }).retryAfterMs).toBeGreaterThan(
      3_000,
    );
    const body = { retCode: 10001, retMsg: 'Params error.' };
    expect(
      resolve(BYB, { status: 200, headers: { 'x-reset-ms': reset, 'x-left': '42' }, data: body }).retryAfterMs,
    ).toBeNull();
    expect(resolve(SPOT, { status: 429, headers: { 'retry-after': '7' } }).retryAfterMs).toBe(7_000);
    expect(resolve(SPOT, { status: 429, headers: { 'x-reset-ms': String(now + 5_000) } }).retryAfterMs).toBeNull();
  });

  it('reads a status it documents among its codes (with no code of its own) as that code', () => {
    const documented = moduleOf(BETA, 'v5', ['/v5/'], [info(403, '', 'Forbidden request. You are using U.S IP')]);
    expect(resolve(documented, { status: 403 })).toMatchObject({
      kind: 'http',
      outcome: 'rejected',
      code: 403,
      known: true,
      variant: 'default',
      httpStatus: 403,
    });
    expect(resolve(documented, { status: 403, data: '<html><h1>403 ERROR</h1></html>' })).toMatchObject({ code: 403 });
    expect(resolve(documented, { status: 403, data: { retCode: 10001, retMsg: 'x' } })).toMatchObject({ code: 10001 });
    // Another status, or an exchange that documents none: HTTP's own reading.
    expect(resolve(documented, { status: 404 })).toMatchObject({ kind: 'http', code: null });
    expect(resolve(SPOT, { status: 403 })).toMatchObject({
      kind: 'http',
      code: null,
      keys: { title: 'fallback.blocked.title' },
    });
  });

  it('knows the exchange by the host, and reads no other exchange’s product there', () => {
    const body = { code: -2022, msg: 'x' };
    expect(resolve(all, body, { request: { url: 'https://api.beta.test/v5/order/create' } })).toMatchObject({
      exchange: 'beta',
      product: 'v5',
    });
    expect(resolve(all, body, { request: { url: 'https://fapi.alpha.test/fapi/v1/order' } })).toMatchObject({
      exchange: 'alpha',
      product: 'usdm',
    });
  });

  it('reads a fetch Response with the exchange’s headers and its URL', async () => {
    const response = new Response('{"retCode":10001,"retMsg":"Params error."}', {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
    Object.defineProperty(response, 'url', { value: 'https://api.beta.test/v5/order/create' });
    expect(await resolveResponse(all, response)).toMatchObject({ exchange: 'beta', product: 'v5', code: 10001 });
  });
});

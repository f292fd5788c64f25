import { describe, expect, it } from 'vitest';
import { extract, productOfInput } from '../test-support/binance.js';
import { readResponseBody } from './response-body.js';

function kyError(response: Response): Error {
  return Object.assign(new Error(`Request failed with status code ${response.status}`), {
    name: 'HTTPError',
    response,
    request: new Request('https://fapi.binance.com/fapi/v1/order', { method: 'POST' }),
  });
}

describe('readResponseBody: the async path for an unread Response', () => {
  it('reads ky’s HTTPError: body, status, Retry-After, and the request’s URL', async () => {
    const response = new Response('{"code":-1003,"msg":"Too many requests."}', {
      status: 429,
      headers: { 'retry-after': '7' },
    });
    const read = await readResponseBody(kyError(response));
    expect(extract(read)).toMatchObject({ code: -1003, httpStatus: 429, retryAfterMs: 7000 });
    expect(productOfInput(read)).toBe('usdm');
    // Read from a clone: the app can still read it.
    expect(response.bodyUsed).toBe(false);
  });

  it('reads a Response thrown as is', async () => {
    const read = await readResponseBody(new Response('<html><title>502 Bad Gateway</title></html>', { status: 502 }));
    expect(extract(read)).toMatchObject({ httpStatus: 502, html: true });
  });

  it('gives back anything else, and a body already read, unchanged', async () => {
    const plain = { code: -1021, msg: 'x' };
    expect(await readResponseBody(plain)).toBe(plain);
    const used = new Response('{}', { status: 400 });
    await used.text();
    const error = kyError(used);
    expect(await readResponseBody(error)).toBe(error);
  });

  it('never rejects, whatever it is given', async () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    const failing = { status: 400, headers: { get: () => null }, text: () => Promise.reject(new Error('aborted')) };
    const fromHostile = (await readResponseBody(hostile)) as { cause?: unknown };
    expect(fromHostile.cause).toBe(hostile);
    const thenable = { then: () => undefined, code: -1021 };
    await expect(readResponseBody(thenable)).resolves.toEqual({ cause: thenable });
    await expect(readResponseBody(failing)).resolves.toBe(failing);
    await expect(readResponseBody(undefined)).resolves.toBeUndefined();
  });
});

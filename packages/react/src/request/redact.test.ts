import { describe, expect, it } from 'vitest';
import { isSecretName, REDACTED, redactPath, redactRequest, requestLine } from './redact.js';

// A signed Options order as a client sends it (HMAC-SHA256 of the query string, key in a header).
const SIGNATURE = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71';
const API_KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
const SIGNED_PATH = `/eapi/v1/order?symbol=BTC-261225-100000-C&side=BUY&type=LIMIT&price=500&quantity=0.1&recvWindow=5000&timestamp=1764000000000&signature=${SIGNATURE}`;

describe('redactRequest', () => {
  // Bybit's v5 signs in headers: the key in X-BAPI-API-KEY, the HMAC in X-BAPI-SIGN (not "signature").
  // Found by the trading demo's Bybit venue (branch bybit-demo): X-BAPI-SIGN was shown and copied.
  it('takes Bybit’s signature header out of a signed v5 request', () => {
    const sign = 'f1e2d3c4b5a6978877665544332211000f1e2d3c4b5a69788776655443322110';
    const redacted = redactRequest({
      method: 'POST',
      url: '/v5/order/create',
      body: '{"category":"linear","symbol":"BTCUSDT","side":"Buy","orderType":"Market","qty":"0.01"}',
      headers: {
        'X-BAPI-API-KEY': API_KEY,
        'X-BAPI-TIMESTAMP': '1764000000000',
        'X-BAPI-RECV-WINDOW': '5000',
        'X-BAPI-SIGN': sign,
      },
    });
    expect(redacted?.headers).toEqual({
      'X-BAPI-API-KEY': REDACTED,
      'X-BAPI-TIMESTAMP': '1764000000000',
      'X-BAPI-RECV-WINDOW': '5000',
      'X-BAPI-SIGN': REDACTED,
    });
    expect(JSON.stringify(redacted)).not.toContain(sign);
  });

  it('takes the signature out of a signed order path and the API key out of its headers', () => {
    const redacted = redactRequest({
      method: 'POST',
      url: SIGNED_PATH,
      headers: { 'X-MBX-APIKEY': API_KEY, 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(redacted).toEqual({
      method: 'POST',
      url: '/eapi/v1/order?symbol=BTC-261225-100000-C&side=BUY&type=LIMIT&price=500&quantity=0.1&recvWindow=5000&timestamp=1764000000000&signature=[redacted]',
      headers: { 'X-MBX-APIKEY': REDACTED, 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(JSON.stringify(redacted)).not.toContain(SIGNATURE);
    expect(JSON.stringify(redacted)).not.toContain(API_KEY);
    expect(requestLine(redacted)).toBe(`POST ${redacted?.url}`);
  });

  it('redacts every field whose name holds key, secret, signature, token (any case), wherever it is', () => {
    const redacted = redactRequest({
      url: 'https://eapi.binance.com/eapi/v1/listenKey?listenKey=abc&apiKey=k&Secret=s&ACCESS_TOKEN=t&limit=5#frag',
      query: { symbol: 'BTC-261225-100000-C', signature: SIGNATURE, nested: { apiSecret: 'x', ok: 1 } },
      body: { orders: [{ symbol: 'A', clientSecret: 'y' }], passphrase: 'p', amount: 10n },
      headers: [
        ['Authorization', 'Bearer abc'],
        ['X-Request-Id', '42'],
        ['Cookie', 'session=1'],
      ],
    });
    expect(redacted?.url).toBe(
      `https://eapi.binance.com/eapi/v1/listenKey?listenKey=${REDACTED}&apiKey=${REDACTED}&Secret=${REDACTED}&ACCESS_TOKEN=${REDACTED}&limit=5#frag`,
    );
    expect(redacted?.query).toEqual({
      symbol: 'BTC-261225-100000-C',
      signature: REDACTED,
      nested: { apiSecret: REDACTED, ok: 1 },
    });
    expect(redacted?.body).toEqual({
      orders: [{ symbol: 'A', clientSecret: REDACTED }],
      passphrase: REDACTED,
      amount: '10',
    });
    expect(redacted?.headers).toEqual({ Authorization: REDACTED, 'X-Request-Id': '42', Cookie: REDACTED });
  });

  it('keeps the shape of a body given as text: urlencoded, JSON, URLSearchParams', () => {
    expect(redactRequest({ body: `symbol=A&timestamp=1&signature=${SIGNATURE}` })?.body).toBe(
      `symbol=A&timestamp=1&signature=${REDACTED}`,
    );
    expect(redactRequest({ body: JSON.stringify({ symbol: 'A', apiKey: API_KEY }) })?.body).toBe(
      `{"symbol":"A","apiKey":"${REDACTED}"}`,
    );
    expect(redactRequest({ body: new URLSearchParams({ listenKey: 'L', a: 'b' }) })?.body).toBe(
      `listenKey=${REDACTED}&a=b`,
    );
    expect(redactRequest({ query: `?symbol=A&signature=${SIGNATURE}` })?.query).toEqual({
      symbol: 'A',
      signature: REDACTED,
    });
    expect(redactRequest({ headers: new Headers({ 'x-mbx-apikey': API_KEY, accept: 'json' }) })?.headers).toEqual({
      'x-mbx-apikey': REDACTED,
      accept: 'json',
    });
  });

  it('matches encoded names and user:password in a URL', () => {
    expect(redactPath('/a?api%4Bey=1&%73ignature=2&x=%zz')).toBe(
      `/a?api%4Bey=${REDACTED}&%73ignature=${REDACTED}&x=%zz`,
    );
    expect(redactPath('https://user:pw@host/p?q=1')).toBe(`https://${REDACTED}@host/p?q=1`);
  });

  it('is idempotent, so redacting a redacted request changes nothing', () => {
    const once = redactRequest({ method: 'POST', url: SIGNED_PATH, headers: { 'X-MBX-APIKEY': API_KEY } });
    expect(redactRequest(once)).toEqual(once);
  });

  it('never throws on odd input: Proxies, throwing getters, cycles, odd types', () => {
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
    const throwing = Object.defineProperty({}, 'path', {
      get() {
        throw new Error('boom');
      },
    });
    const cycle: Record<string, unknown> = { a: 1 };
    cycle['self'] = cycle;
    const inputs: unknown[] = [
      null,
      undefined,
      42,
      'GET /x',
      Symbol('s'),
      proxy,
      throwing,
      { body: cycle },
      { headers: proxy },
      { body: proxy },
      { query: 12 },
      { headers: [1, 2, 3] },
      { url: 'x'.repeat(1e6) + '?signature=1' },
      { body: '{"broken' },
    ];
    for (const input of inputs) expect(() => redactRequest(input)).not.toThrow();
    expect(redactRequest({ body: cycle })?.body).toEqual({ a: 1, self: '[cycle]' });
    expect(redactRequest({ headers: proxy })).toBeNull();
    expect(redactRequest({ body: '{"broken&token=x' })?.body).toBe(`{"broken&token=${REDACTED}`);
  });

  it('names what counts as secret', () => {
    for (const name of [
      'signature',
      'apiKey',
      'X-MBX-APIKEY',
      'listenKey',
      'secretKey',
      'accessToken',
      'password',
      'Authorization',
      'cookie',
    ])
      expect(isSecretName(name)).toBe(true);
    for (const name of ['symbol', 'side', 'quantity', 'timestamp', 'recvWindow', 'orderId', 'clientOrderId'])
      expect(isSecretName(name)).toBe(false);
  });
});

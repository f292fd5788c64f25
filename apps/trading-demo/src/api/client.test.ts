import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import { resolve } from '@exchange-errors/core';

const resolveBinanceError = (input: unknown) => resolve(binanceOptionsEager, input);
import { describe, expect, it } from 'vitest';
import { DEMO_API_KEY } from '../exchange/auth.js';
import { Simulator } from '../exchange/simulator.js';
import { directFetch } from '../transport/direct.js';
import { ApiFailure, createApiClient, type FetchLike } from './client.js';
import { DEFAULT_SETTINGS, normalizeBaseUrl, parseSettings, type ApiSettings } from './settings.js';

function setup(settings: Partial<ApiSettings> = {}, fetchImpl?: FetchLike) {
  let clock = Date.UTC(2026, 10, 24, 10);
  const simulator = new Simulator({ now: () => clock });
  const calls: string[] = [];
  const direct = directFetch(simulator);
  const client = createApiClient(
    () => ({ ...DEFAULT_SETTINGS, ...settings }),
    () => fetchImpl ?? ((url, init) => (calls.push(url), direct(url, init))),
    () => clock,
  );
  return { client, simulator, calls, advance: (ms: number) => (clock += ms) };
}

async function failureOf(promise: Promise<unknown>): Promise<ApiFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiFailure) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('createApiClient', () => {
  it('signs requests the simulated exchange accepts, with the key header', async () => {
    const { client, calls } = setup();
    const account = await client.request<{ asset: { asset: string }[] }>(
      'GET',
      '/eapi/v1/marginAccount',
      {},
      { signed: true },
    );
    expect(account.asset[0]?.asset).toBe('USDT');
    expect(calls[0]).toMatch(/^\/eapi\/v1\/marginAccount\?recvWindow=5000&timestamp=\d+&signature=[0-9a-f]{64}$/);
  });

  it('turns rejections into failures the kit resolves, with the request they came from', async () => {
    const { client } = setup({ apiSecret: 'wrong' });
    const failure = await failureOf(client.request('GET', '/eapi/v1/position', {}, { signed: true }));
    // The request as sent, signature and key included: the kit redacts them when it shows or copies it.
    expect(failure.request).toEqual({
      method: 'GET',
      url: expect.stringMatching(/^\/eapi\/v1\/position\?recvWindow=5000&timestamp=\d+&signature=[0-9a-f]{64}$/),
      headers: { 'X-MBX-APIKEY': DEMO_API_KEY },
    });
    expect(failure.message).toBe('GET /eapi/v1/position failed');
    expect(resolveBinanceError(failure.input)).toMatchObject({ code: -1022, httpStatus: 400 });
  });

  it('applies the clock offset and recvWindow from the settings (-1021, -1131)', async () => {
    expect(
      resolveBinanceError(
        (
          await failureOf(
            setup({ clockOffsetMs: 10_000 }).client.request('GET', '/eapi/v1/position', {}, { signed: true }),
          )
        ).input,
      ).code,
    ).toBe(-1021);
    expect(
      resolveBinanceError(
        (
          await failureOf(
            setup({ recvWindow: 70_000 }).client.request('GET', '/eapi/v1/position', {}, { signed: true }),
          )
        ).input,
      ).code,
    ).toBe(-1131);
    expect(
      resolveBinanceError(
        (await failureOf(setup({ apiKey: 'bad key' }).client.request('GET', '/eapi/v1/position', {}, { signed: true })))
          .input,
      ).code,
    ).toBe(-2014);
    expect(
      resolveBinanceError(
        (
          await failureOf(
            setup({ apiKey: DEMO_API_KEY.replace('v', 'w') }).client.request(
              'GET',
              '/eapi/v1/position',
              {},
              { signed: true },
            ),
          )
        ).input,
      ).code,
    ).toBe(-2015);
  });

  it('backs off background polling for Retry-After after a 429, and remembers the weight used', async () => {
    const { client, advance } = setup();
    await client.request('GET', '/eapi/v1/time');
    expect(client.usedWeight()).toBe(1);
    expect(client.backingOff()).toBe(false);
    const failure = await failureOf(
      client.request('GET', '/eapi/v1/time', {}, { headers: { 'x-sim-chaos': 'rate-limit' } }),
    );
    expect(resolveBinanceError(failure.input)).toMatchObject({ code: -1008, httpStatus: 429 });
    expect(client.backingOff()).toBe(true);
    advance(61_000);
    expect(client.backingOff()).toBe(false);
  });

  it('reports a dropped connection and a non-JSON 200 as failures, not crashes', async () => {
    const { client, simulator } = setup();
    simulator.setChaos({ failure: 'network' });
    expect(resolveBinanceError((await failureOf(client.request('GET', '/eapi/v1/time'))).input).kind).toBe('network');
    const portal = setup({}, async () => new Response('<html>Sign in to the Wi-Fi</html>', { status: 200 }));
    const failure = await failureOf(portal.client.request('GET', '/eapi/v1/time'));
    expect(failure.input).toMatchObject({ status: 200, body: '<html>Sign in to the Wi-Fi</html>' });
  });

  it('goes to the configured base URL', async () => {
    const urls: string[] = [];
    const { client } = setup(
      { baseUrl: 'https://eapi.binance.com' },
      async (url) => (urls.push(url), new Response('{"serverTime":1}')),
    );
    await client.request('GET', '/eapi/v1/time');
    expect(urls).toEqual(['https://eapi.binance.com/eapi/v1/time']);
  });
});

describe('settings', () => {
  it.each([
    ['', ''],
    ['  https://eapi.binance.com/  ', 'https://eapi.binance.com'],
    ['http://127.0.0.1:9', 'http://127.0.0.1:9'],
    ['eapi.binance.com', null],
    ['ftp://eapi.binance.com', null],
    ['https://eapi.binance.com/?x=1', null],
    ['javascript:alert(1)', null],
    ['https://user@eapi.binance.com', null],
  ])('normalizeBaseUrl(%j) = %j', (input, expected) => {
    expect(normalizeBaseUrl(input)).toBe(expected);
  });

  it('falls back to the defaults for missing, corrupt or mistyped storage', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{not json')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('[1,2]')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(JSON.stringify({ baseUrl: 'javascript:alert(1)', recvWindow: 'x', apiKey: 5 }))).toEqual(
      DEFAULT_SETTINGS,
    );
    expect(parseSettings(JSON.stringify({ recvWindow: 70_000, clockOffsetMs: -5 }))).toMatchObject({
      recvWindow: 70_000,
      clockOffsetMs: -5,
    });
  });
});

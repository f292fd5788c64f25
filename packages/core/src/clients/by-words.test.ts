import { describe, expect, it } from 'vitest';
import type { ErrorCodeInfo } from '../catalog.js';
import { binanceModule } from '../test-support/binance.js';
import { resolve } from '../verbs.js';

function code(code: number, server: string): ErrorCodeInfo {
  return {
    code,
    name: `C${-code}`,
    section: 's',
    category: 'order',
    retryable: false,
    severity: 'error',
    variants: [
      {
        key: 'default',
        params: server
          .split('%s')
          .slice(1)
          .map((_, i) => `v${i}`),
        server,
      },
    ],
    docsUrl: { en: 'https://example.test/en', zh: 'https://example.test/zh' },
  };
}

function catalog(product: string, codes: ErrorCodeInfo[]) {
  return binanceModule(product, codes);
}

const MARGIN = 'Margin is insufficient.';
const BANNED =
  'Way too much request weight used; IP banned until %s. Please use the websocket for live updates to avoid bans.';
const USDM = catalog('usdm', [code(-2019, MARGIN)]);
const COINM = catalog('coinm', [code(-2019, MARGIN)]);
const OPTIONS = catalog('options', [code(-1008, BANNED)]);

/** What ccxt throws for a text it maps by its words. */
function ccxt(words: string): Error {
  return Object.assign(new Error(`binance ${words}`), { name: 'InsufficientFunds' });
}

describe('Binance’s words without a code, read across products', () => {
  it('are a rejection with the code every product agrees on, and no product picked', () => {
    const read = resolve([USDM, COINM], ccxt(MARGIN));
    expect(read).toMatchObject({ code: -2019, product: null, outcome: 'rejected', serverMessage: MARGIN });
    expect(read?.productCandidates).toEqual(['usdm', 'coinm']);
  });

  it('never pick the one product whose texts they fit: another product may send them in an older wording', () => {
    const words =
      'Way too much request weight used; IP banned until 1620286253180. Please use the websocket for live updates to avoid bans.';
    const read = resolve([USDM, COINM, OPTIONS], ccxt(words));
    expect(read).toMatchObject({
      product: null,
      code: null,
      outcome: 'rejected',
      kind: 'exchange',
      serverMessage: words,
    });
    expect(read?.productCandidates).toEqual(['options']);
    expect(read?.keys.message).toBe('fallback.text.message');
  });

  it('give no code when only some products know them', () => {
    expect(resolve([USDM, OPTIONS], ccxt(MARGIN))).toMatchObject({
      code: null,
      product: null,
      outcome: 'rejected',
    });
  });

  it('read with the product given, as that product’s code', () => {
    expect(resolve([USDM, COINM, OPTIONS], ccxt(MARGIN), { product: 'coinm' })).toMatchObject({
      code: -2019,
      product: 'coinm',
      known: true,
    });
  });

  it('are the client’s own words when they fit no product’s text: never shown as the exchange’s', () => {
    const words = 'amount of BTC/USDT must be greater than minimum amount precision of 0.001';
    const read = resolve([USDM, COINM], ccxt(words));
    expect(read).toMatchObject({ serverMessage: null, code: null });
    expect(read?.clientMessage).toBe(`binance ${words}`);
  });

  it('read as refused when ccxt’s class says so (its ExchangeError branch), unknown otherwise', () => {
    expect(resolve([USDM, COINM], ccxt('an older wording of a rejection'))?.outcome).toBe('rejected');
    const failed = Object.assign(new Error('binance an older wording of a failure'), { name: 'OperationFailed' });
    expect(resolve([USDM, COINM], failed)).toMatchObject({ outcome: 'unknown', serverMessage: null });
  });
});

describe('Binance’s words that say the result is unknown', () => {
  const TIMEOUT = 'Timeout waiting for response from backend server. Send status unknown; execution status unknown.';
  const SPOT = catalog('spot', [code(-1007, TIMEOUT)]);

  it('read unknown across products, as each product reads them (never a rejection)', () => {
    const error = Object.assign(new Error(TIMEOUT), { name: 'ConnectorClientError' });
    expect(resolve([USDM, SPOT, OPTIONS], error)).toMatchObject({ outcome: 'unknown', product: null });
    expect(resolve([USDM, SPOT, OPTIONS], error, { product: 'spot' })).toMatchObject({
      outcome: 'unknown',
      code: -1007,
    });
  });
});

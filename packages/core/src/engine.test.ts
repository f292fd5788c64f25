/**
 * The engine on catalogs of its own making: it knows nothing of any product until it is given one,
 * and the same code means what each catalog says it means.
 */
import { describe, expect, it } from 'vitest';
import type { BinanceCatalog, ErrorCodeInfo } from './catalog.js';
import { formatAmong } from './across.js';
import { formatResolvedWith } from './format.js';
import { productOfUrl, resolveAcross } from './product.js';
import { resolveIn } from './resolve.js';

function info(code: number, name: string, server: string, params: string[] = []): ErrorCodeInfo {
  return {
    code,
    name,
    section: 's',
    category: 'order',
    retryable: false,
    severity: 'error',
    variants: [{ key: params.length > 0 ? 'param' : 'default', params, server }],
    docsUrl: { en: `https://example.test/en#${code}`, zh: `https://example.test/zh#${code}` },
  };
}

const SPOT: BinanceCatalog = {
  product: 'spot',
  namespace: 'testSpot',
  prefixes: ['/api/'],
  codes: [
    info(-2022, 'CANCEL_REPLACE_FAILED', 'Order cancel-replace failed.'),
    info(-1102, 'MANDATORY', "Mandatory parameter '%s' was not sent.", ['param']),
  ],
};
const FUTURES: BinanceCatalog = {
  product: 'usdm',
  namespace: 'testUsdm',
  prefixes: ['/fapi/'],
  codes: [info(-2022, 'REDUCE_ONLY_REJECT', 'ReduceOnly Order is rejected.')],
};

const TEXTS = {
  testSpot: {
    codes: { '-2022': { title: 'Cancel-replace failed', hint: 'h', messages: { default: 'Spot text' } } },
    fallback: { unknown: { title: 'Oops' } },
  },
  testUsdm: {
    codes: { '-2022': { title: 'Reduce-only rejected', hint: 'h', messages: { default: 'Futures text' } } },
    fallback: { unknown: { title: 'Oops' } },
  },
} as const;

describe('resolveIn', () => {
  it('reads the same code against each product’s own catalog', () => {
    expect(resolveIn(SPOT, { code: -2022, msg: 'Order cancel-replace failed.' })).toMatchObject({
      product: 'spot',
      namespace: 'testSpot',
      name: 'CANCEL_REPLACE_FAILED',
      variant: 'default',
      known: true,
    });
    expect(resolveIn(FUTURES, { code: -2022, msg: 'ReduceOnly Order is rejected.' })).toMatchObject({
      product: 'usdm',
      namespace: 'testUsdm',
      name: 'REDUCE_ONLY_REJECT',
      variant: 'default',
    });
    // The other product's text is not one of this code's variants here.
    expect(resolveIn(FUTURES, { code: -2022, msg: 'Order cancel-replace failed.' })).toMatchObject({
      variant: null,
      known: true,
    });
  });

  it('matches a bare message only against the catalog it is given', () => {
    expect(resolveIn(SPOT, "Mandatory parameter 'symbol' was not sent.")).toMatchObject({
      code: -1102,
      values: { param: 'symbol' },
    });
    expect(resolveIn(FUTURES, "Mandatory parameter 'symbol' was not sent.")).toMatchObject({
      code: null,
      known: false,
    });
  });

  it('formats in the error’s own namespace with the texts the caller ships', () => {
    const spot = resolveIn(SPOT, { code: -2022, msg: 'Order cancel-replace failed.' });
    const usdm = resolveIn(FUTURES, { code: -2022, msg: 'ReduceOnly Order is rejected.' });
    const shipped = (ns: keyof typeof TEXTS) => () => TEXTS[ns];
    expect(formatResolvedWith(spot, { lng: 'en' }, { shipped: shipped('testSpot') })).toMatchObject({
      title: 'Cancel-replace failed',
      message: 'Spot text',
    });
    expect(formatResolvedWith(usdm, { lng: 'en' }, { shipped: shipped('testUsdm') })).toMatchObject({
      title: 'Reduce-only rejected',
      message: 'Futures text',
    });
  });

  it('never throws without texts: the server’s own words stand in', () => {
    const spot = resolveIn(SPOT, { code: -2022, msg: 'Order cancel-replace failed.' });
    expect(formatResolvedWith(spot, undefined)).toMatchObject({
      title: 'Error',
      message: 'Order cancel-replace failed.',
    });
  });
});

describe('resolveAcross', () => {
  const both = [SPOT, FUTURES];

  it('takes the product from the caller, then from the request URL', () => {
    expect(resolveAcross(both, { code: -2022, msg: 'x' }, { product: 'usdm' })).toMatchObject({
      product: 'usdm',
      name: 'REDUCE_ONLY_REJECT',
      productCandidates: [],
    });
    expect(
      resolveAcross(both, { code: -2022, msg: 'x' }, { url: 'https://api.binance.com/api/v3/order/cancelReplace' }),
    ).toMatchObject({ product: 'spot', name: 'CANCEL_REPLACE_FAILED' });
    const axiosLike = Object.assign(new Error('Request failed'), {
      config: { url: 'https://fapi.binance.com/fapi/v1/order' },
      response: { status: 400, data: { code: -2022, msg: 'ReduceOnly Order is rejected.' } },
    });
    expect(resolveAcross(both, axiosLike)).toMatchObject({ product: 'usdm', variant: 'default' });
    const fetchResponse = { url: 'https://api.binance.com/sapi/v1/margin/order', status: 400 };
    expect(resolveAcross(both, fetchResponse)).toMatchObject({ product: 'spot' });
  });

  it('says it cannot tell instead of guessing', () => {
    const resolved = resolveAcross(both, { code: -2022, msg: 'Something.' });
    expect(resolved).toMatchObject({ known: false, name: null, product: null, productCandidates: ['spot', 'usdm'] });
  });

  it('needs no hint where only one product knows the code, or only one is given', () => {
    expect(resolveAcross(both, { code: -1102, msg: "Mandatory parameter 'x' was not sent." })).toMatchObject({
      product: 'spot',
      productCandidates: [],
    });
    expect(resolveAcross([FUTURES], { code: -2022, msg: 'ReduceOnly Order is rejected.' })).toMatchObject({
      product: 'usdm',
    });
  });

  it('never reads an error as a product other than the one the caller or the request names', () => {
    // Found while documenting: a Spot error with only USDⓈ-M given was read as REDUCE_ONLY_REJECT.
    const body = { code: -2022, msg: 'Order cancel-replace failed.' };
    expect(resolveAcross([FUTURES], body, { product: 'spot' })).toMatchObject({
      product: null,
      name: null,
      known: false,
      productCandidates: [],
    });
    expect(resolveAcross([FUTURES], body, { url: 'https://api.binance.com/api/v3/order/cancelReplace' })).toMatchObject(
      { product: null, name: null },
    );
    // A product nobody knows (a typo) is no product: the URL still decides.
    expect(resolveAcross(both, { code: -2022, msg: 'x' }, { product: 'spto', url: '/fapi/v1/order' })).toMatchObject({
      product: 'usdm',
      name: 'REDUCE_ONLY_REJECT',
    });
  });

  it('finds the only product that knows a code sent without its minus sign (PM writes 51xxx)', () => {
    const PM: BinanceCatalog = {
      product: 'pm',
      namespace: 'testPm',
      prefixes: ['/papi/'],
      codes: [info(-51006, 'EXCEED_MAX_BORROWABLE', 'Exceeds maximum borrowable amount.')],
    };
    expect(
      resolveAcross([SPOT, FUTURES, PM], { code: 51006, msg: 'Exceeds maximum borrowable amount.' }),
    ).toMatchObject({ product: 'pm', code: -51006, known: true });
  });

  it('reads only the path of a URL', () => {
    expect(productOfUrl('https://example.test/x?next=/fapi/v1')).toBeNull();
    expect(productOfUrl('/PAPI/v1/um/order')).toBe('pm');
    expect(productOfUrl('https://eapi.binance.com/eapi/v1/order?signature=x')).toBe('options');
    expect(productOfUrl(42)).toBeNull();
  });
});

describe('formatAmong (several products without React)', () => {
  const modules = [
    {
      product: 'spot',
      namespace: 'testSpot',
      prefixes: ['/api/'],
      catalog: SPOT,
      texts: { en: TEXTS.testSpot, zh: TEXTS.testSpot },
      loadCatalog: () => Promise.resolve(SPOT),
      loadTexts: () => Promise.resolve(TEXTS.testSpot),
    },
    {
      product: 'usdm',
      namespace: 'testUsdm',
      prefixes: ['/fapi/'],
      catalog: FUTURES,
      texts: { en: TEXTS.testUsdm, zh: TEXTS.testUsdm },
      loadCatalog: () => Promise.resolve(FUTURES),
      loadTexts: () => Promise.resolve(TEXTS.testUsdm),
    },
  ] as const;

  it('formats each error with its own product’s texts', () => {
    expect(formatAmong(modules, { code: -2022, msg: 'x' }, { product: 'spot', lng: 'en' })).toMatchObject({
      title: 'Cancel-replace failed',
      productCandidates: [],
    });
    expect(formatAmong(modules, { code: -2022, msg: 'x' }, { url: '/fapi/v1/order', lng: 'en' })).toMatchObject({
      title: 'Reduce-only rejected',
    });
    expect(formatAmong(modules, { code: -2022, msg: 'x' }, { lng: 'en' })).toMatchObject({
      product: null,
      productCandidates: ['spot', 'usdm'],
    });
    expect(formatAmong([], { code: -2022, msg: 'x' }, { lng: 'en' })).toMatchObject({
      product: null,
      productCandidates: [],
      message: expect.stringContaining('x'),
    });
  });

  it('never throws, whatever it is given', () => {
    for (const bad of [[], null, [{}], [{ catalog: 42 }]]) {
      expect(() => formatAmong(bad as never, { code: -2022 }, { lng: 'en' })).not.toThrow();
    }
  });
});

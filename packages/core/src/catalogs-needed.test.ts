/**
 * `catalogsNeeded`: the catalogs an error needs, told before any is loaded. Whatever it leaves out,
 * `resolveAmong` must not read: over every module, those others given a catalog of no codes, each
 * error reads exactly as it does with every catalog in memory.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog, ProductModule } from './catalog.js';
import { catalogsNeeded, resolveAmong, type ReadyProduct, type ResolveOptions } from './route.js';
import { ALPHA, BETA, info, moduleOf } from './test-support/modules.js';

const SPOT = moduleOf(
  ALPHA,
  'spot',
  ['/api/', '/sapi/'],
  [
    info(-2022, 'CANCEL_REPLACE_FAILED', 'Order cancel-replace failed.'),
    info(-1102, 'MANDATORY', "Mandatory parameter '%s' was not sent.", ['param']),
    info(-1021, 'INVALID_TIMESTAMP', 'Timestamp for this request is outside of the recvWindow.'),
  ],
);
const USDM = moduleOf(
  ALPHA,
  'usdm',
  ['/fapi/'],
  [
    info(-2022, 'REDUCE_ONLY_REJECT', 'ReduceOnly Order is rejected.'),
    info(-1021, 'INVALID_TIMESTAMP', 'Timestamp for this request is outside of the recvWindow.'),
  ],
);
const V5 = moduleOf(BETA, 'v5', ['/v5/'], [info(10001, 'PARAMS_ERROR', 'Params error.')]);
// A second exchange with a product of the same name as the first's.
const BETA_SPOT = moduleOf(BETA, 'spot', ['/v5/spot/'], [info(-2022, 'OTHER', 'Other.')]);
const MODULES = [SPOT, USDM, V5, BETA_SPOT];

const ready = (module: ProductModule, loaded: boolean): ReadyProduct => {
  const catalog = module.catalog as Catalog;
  return {
    module,
    adapter: module.exchange,
    catalog: loaded
      ? catalog
      : { exchange: catalog.exchange, product: catalog.product, namespace: catalog.namespace, codes: [] },
  };
};

const INPUTS: unknown[] = [
  { code: -2022, msg: 'ReduceOnly Order is rejected.' },
  { code: -2022, msg: 'Order cancel-replace failed.' },
  { code: -1102, msg: "Mandatory parameter 'qty' was not sent." },
  { code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' },
  { retCode: 10001, retMsg: 'Params error.' },
  '{"code":-2022,"msg":"x"}',
  Object.assign(new Error('Request failed'), {
    config: { url: 'https://fapi.alpha.test/fapi/v1/order' },
    response: { status: 400, data: { code: -2022, msg: 'ReduceOnly Order is rejected.' } },
  }),
  { url: 'https://api.alpha.test/sapi/v1/margin/order', status: 400 },
  { code: -2022, message: 'x', requestUrl: 'https://api.beta.test/v5/spot/order' },
  new TypeError('Failed to fetch'),
  undefined,
];

const OPTIONS: ResolveOptions[] = [
  {},
  { product: 'usdm' },
  { product: 'spot' },
  { product: 'spot', exchange: 'beta' },
  { product: 'pm' },
  { product: 'spto' },
  { request: { url: 'https://api.alpha.test/api/v3/order/cancelReplace' } },
  { request: { url: '/fapi/v1/order' } },
  { request: { url: 'https://api.alpha.test/papi/v1/order' } },
  { request: { url: 'https://api.beta.test/v5/order/create' } },
  { request: { url: 'https://beta.test/v5/spot/order' } },
  { request: { url: 'http://127.0.0.1:8080/other' } },
  { product: 'spot', request: { url: '/fapi/v1/order' } },
];

describe('catalogsNeeded', () => {
  it('names the one product the caller or the request names, and every module otherwise', () => {
    expect(catalogsNeeded(MODULES, {}, { product: 'usdm' })).toEqual([USDM]);
    expect(catalogsNeeded(MODULES, {}, { request: { url: 'https://x.test/sapi/v1/order' } })).toEqual([SPOT]);
    expect(catalogsNeeded(MODULES, INPUTS[6], {})).toEqual([USDM]);
    // A product of a given exchange that is not registered: a generic reading, no catalog.
    expect(catalogsNeeded(MODULES, {}, { product: 'pm' })).toEqual([]);
    expect(catalogsNeeded(MODULES, {}, { request: { url: '/papi/v1/order' } })).toEqual([]);
    // Two exchanges' `spot`, no URL: both.
    expect(catalogsNeeded(MODULES, {}, { product: 'spot' })).toEqual([SPOT, BETA_SPOT]);
    expect(catalogsNeeded(MODULES, { code: -2022, msg: 'x' }, {})).toEqual(MODULES);
    expect(catalogsNeeded([], { code: -2022 }, {})).toEqual([]);
  });

  it('leaves out only catalogs resolveAmong does not read', () => {
    const all = MODULES.map((m) => ready(m, true));
    for (const input of INPUTS) {
      for (const options of OPTIONS) {
        const needed = catalogsNeeded(MODULES, input, options);
        const partial = MODULES.map((m) => ready(m, needed.includes(m)));
        expect(resolveAmong(partial, input, options), `${JSON.stringify(input)} ${JSON.stringify(options)}`).toEqual(
          resolveAmong(all, input, options),
        );
      }
    }
  });
});

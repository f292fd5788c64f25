/**
 * A catalog in parts (`codePart`): an error read by its code (`codeReadBy`) reads the same with the
 * part of each catalog that holds the code as with the whole catalogs, one product or several.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog, ProductModule } from './catalog.js';
import { codePart } from './parts.js';
import { codeReadBy, resolveAmong, type ReadyProduct } from './route.js';
import { ALPHA, BETA, info, moduleOf } from './test-support/modules.js';

const SPOT = moduleOf(
  ALPHA,
  'spot',
  ['/api/'],
  [
    info(-1121, 'BAD_SYMBOL', 'Invalid symbol.'),
    info(-1102, 'MANDATORY_PARAM', "Mandatory parameter '%s' was not sent.", ['param']),
    info(-2010, 'NEW_ORDER_REJECTED', 'Order rejected.'),
    info(-1129, 'OTHER', 'Other.'),
  ],
);
const USDM = moduleOf(
  ALPHA,
  'usdm',
  ['/fapi/'],
  [info(-1121, 'BAD_SYMBOL', 'Invalid symbol.'), info(-4003, 'QTY_LESS_THAN_ZERO', 'Quantity less than zero.')],
);
const V5 = moduleOf(
  BETA,
  'v5',
  ['/v5/'],
  [info(10001, 'PARAMS', 'Params error.'), info(403, 'FORBIDDEN', 'Forbidden.')],
);

const PARTS = 8;

function ready(modules: readonly ProductModule[], part: number | null): ReadyProduct[] {
  return modules.map((module) => {
    const whole = module.catalog as Catalog;
    const catalog =
      part === null ? whole : { ...whole, codes: whole.codes.filter((c) => codePart(c.code, PARTS) === part) };
    return { module, adapter: module.exchange, catalog };
  });
}

describe('codePart', () => {
  it('puts a code and its sign-less twin in one part, and refuses what is not a code', () => {
    expect(codePart(-1121, 8)).toBe(1);
    expect(codePart(1121, 8)).toBe(1);
    expect(codePart(-1121.5, 8)).toBe(1);
    expect(codePart(Number.NaN, 8)).toBeNull();
    expect(codePart(Number.POSITIVE_INFINITY, 8)).toBeNull();
    expect(codePart(-1121, 0)).toBeNull();
    expect(codePart(-1121, 2.5)).toBeNull();
  });
});

describe('codeReadBy', () => {
  const all = [SPOT, USDM, V5];

  it('reads the code of bodies, JSON and numbers; none for words alone, a success or nothing', () => {
    expect(codeReadBy(all, { code: -1121, msg: 'Invalid symbol.' })).toBe(-1121);
    expect(codeReadBy(all, '{"code":-1121,"msg":"Invalid symbol."}')).toBe(-1121);
    expect(codeReadBy(all, { retCode: 10001, retMsg: 'Params error.' })).toBe(10001);
    expect(codeReadBy(all, { retCode: 0, retMsg: 'OK' })).toBeNull();
    expect(codeReadBy(all, 'Invalid symbol.')).toBeNull();
    expect(codeReadBy(all, undefined)).toBeNull();
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('no');
        },
      },
    );
    expect(() => codeReadBy(all, hostile)).not.toThrow();
  });

  it('the parts holding a code read it as the whole catalogs do (one product, several, by URL, unknown codes)', () => {
    const inputs: unknown[] = [];
    for (const module of all)
      for (const c of (module.catalog as Catalog).codes)
        for (const code of [c.code, -c.code]) {
          inputs.push({ code, msg: c.variants[0]?.server.replace('%s', 'symbol') });
          inputs.push({ retCode: code, retMsg: c.variants[0]?.server });
        }
    inputs.push({ code: -99999, msg: 'New.' }, { code: 1121 }, { retCode: 99999, retMsg: 'x' });
    const options = [{}, { product: 'usdm' }, { request: { url: 'https://alpha.test/api/v3/order' } }];
    let compared = 0;
    for (const modules of [[SPOT], [SPOT, USDM], all]) {
      for (const input of inputs) {
        const code = codeReadBy(modules, input);
        if (code === null) continue;
        for (const o of options) {
          expect(resolveAmong(ready(modules, codePart(code, PARTS)), input, o)).toEqual(
            resolveAmong(ready(modules, null), input, o),
          );
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});

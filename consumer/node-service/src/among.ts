/**
 * A service that logs errors of several products (Spot and USDⓈ-M) with the engine's `format`:
 * the same code means different things per product, so each error is read as the product its request
 * went to. Prints, as JSON, how one body reads with each hint (the request's URL, the caller's
 * `product`, or nothing) in English and Chinese.
 */
import { binanceSpotEager } from '@exchange-errors/binance-spot/eager';
import { binanceUsdmEager } from '@exchange-errors/binance-usdm/eager';
import { format, type FormattedError, type RequestInfo } from '@exchange-errors/core';

const products = [binanceSpotEager, binanceUsdmEager];

export interface Reading {
  readonly hint: string;
  readonly lng: string;
  readonly product: string | null;
  readonly productCandidates: readonly string[];
  readonly name: string | null;
  readonly title: string;
  readonly message: string;
  readonly hintText: string;
}

const HINTS: readonly [string, { request?: RequestInfo; product?: string }][] = [
  ['spot url', { request: { url: 'https://api.binance.com/api/v3/order/cancelReplace' } }],
  ['spot product', { product: 'spot' }],
  ['usdm url', { request: { url: 'https://fapi.binance.com/fapi/v1/order' } }],
  ['none', {}],
];

export function readings(body: string): Reading[] {
  return HINTS.flatMap(([hint, given]) =>
    ['en', 'zh-CN'].map((lng) => {
      const error: FormattedError = format(products, body, { ...given, lng });
      return {
        hint,
        lng,
        product: error.product,
        productCandidates: error.productCandidates,
        name: error.name,
        title: error.title,
        message: error.message,
        hintText: error.hint,
      };
    }),
  );
}

console.log(JSON.stringify(readings(process.argv[2] ?? '{"code":-2022,"msg":"Order cancel-replace failed."}')));

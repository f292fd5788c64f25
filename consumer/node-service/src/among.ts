/**
 * A service that logs errors of several products (Spot and USDⓈ-M) with the engine's `formatAmong`:
 * the same code means different things per product, so each error is read as the product its request
 * went to. Prints, as JSON, how one body reads with each hint (the request's URL, the caller's
 * `product`, or nothing) in English and Chinese.
 */
import { formatAmong, type BinanceProduct, type FormattedAcross } from '@exchange-errors/core';
import { binanceSpotEager } from '@exchange-errors/binance-spot';
import { binanceUsdmEager } from '@exchange-errors/binance-usdm';

const products = [binanceSpotEager, binanceUsdmEager];

export interface Reading {
  readonly hint: string;
  readonly lng: string;
  readonly product: BinanceProduct | null;
  readonly productCandidates: readonly BinanceProduct[];
  readonly name: string | null;
  readonly title: string;
  readonly message: string;
  readonly hintText: string;
}

const HINTS: readonly [string, { url?: string; product?: BinanceProduct }][] = [
  ['spot url', { url: 'https://api.binance.com/api/v3/order/cancelReplace' }],
  ['spot product', { product: 'spot' }],
  ['usdm url', { url: 'https://fapi.binance.com/fapi/v1/order' }],
  ['none', {}],
];

export function readings(body: string): Reading[] {
  return HINTS.flatMap(([hint, given]) =>
    ['en', 'zh-CN'].map((lng) => {
      const error: FormattedAcross = formatAmong(products, body, { ...given, lng });
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

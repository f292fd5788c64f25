/**
 * Which product the details name (Binance's five, Bybit's v5 API). The same code means different things per product, so
 * support needs to know which one an error was read as; when the kit could not tell (several
 * products registered, no product given, no request URL), it lists the products it could be from
 * instead of naming one it guessed.
 */
import { read } from '../resolved/read.js';

const PRODUCT_KEYS = {
  options: 'productOptions',
  spot: 'productSpot',
  usdm: 'productUsdm',
  coinm: 'productCoinm',
  pm: 'productPm',
  v5: 'productBybit',
} as const;

const EXCHANGE_KEYS = { binance: 'exchangeBinance', bybit: 'exchangeBybit' } as const;

/** The string key of an exchange's name in `detailsStrings`, for the exchanges the kit ships; undefined for another. */
export function exchangeNameKey(exchange: unknown): (typeof EXCHANGE_KEYS)[keyof typeof EXCHANGE_KEYS] | undefined {
  return typeof exchange === 'string' && Object.hasOwn(EXCHANGE_KEYS, exchange)
    ? EXCHANGE_KEYS[exchange as keyof typeof EXCHANGE_KEYS]
    : undefined;
}

/** The string key of a product's name in `detailsStrings`. */
export type ProductNameKey = (typeof PRODUCT_KEYS)[keyof typeof PRODUCT_KEYS];

export type ProductLine =
  { readonly known: ProductNameKey } | { readonly candidates: readonly ProductNameKey[] } | null;

function keyOf(product: unknown): ProductNameKey | undefined {
  return typeof product === 'string' && Object.hasOwn(PRODUCT_KEYS, product)
    ? PRODUCT_KEYS[product as keyof typeof PRODUCT_KEYS]
    : undefined;
}

/**
 * The product of a resolved error, or the products it could be from (`productCandidates`, set by the
 * resolver when it could not tell). Null when there is nothing to say: read with no product's codes,
 * or a failure without a code (a network error is no product's code). Never throws on odd input.
 */
export function productLine(resolved: unknown): ProductLine {
  try {
    const candidates = read(resolved, 'productCandidates');
    if (Array.isArray(candidates) && candidates.length > 0) {
      if (typeof read(resolved, 'code') !== 'number') return null;
      const keys = [...new Set(candidates.map(keyOf).filter((key) => key !== undefined))];
      return keys.length > 0 ? { candidates: keys } : null;
    }
    // A namespace of '' is the resolver's "no product" (nothing registered).
    if (read(resolved, 'namespace') === '') return null;
    const known = keyOf(read(resolved, 'product'));
    return known ? { known } : null;
  } catch {
    return null;
  }
}

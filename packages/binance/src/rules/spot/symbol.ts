/**
 * A Spot symbol's rules, read from its entry of `GET /api/v3/exchangeInfo` (`symbols[]`) exactly as
 * Binance serves it: the `filters` array in its own order (the order the rules run in), each filter's
 * values as decimal strings with trailing zeros, the precisions as digit counts. A value of 0 turns
 * its rule off, as Binance's filter document says; a filter this reader does not know is skipped.
 * https://developers.binance.com/docs/binance-spot-api-docs/filters
 */
import type { Decimal } from '../shared/decimal.js';
import { flagOf, itemsOf, limitOf, nameOf, own, textOf, wholeOf } from '../shared/read.js';

export type SpotFilter =
  | {
      readonly type: 'PRICE_FILTER';
      readonly minPrice: Decimal | null;
      readonly maxPrice: Decimal | null;
      readonly tickSize: Decimal | null;
    }
  | { readonly type: 'PERCENT_PRICE'; readonly up: Decimal | null; readonly down: Decimal | null }
  | {
      readonly type: 'PERCENT_PRICE_BY_SIDE';
      readonly bidUp: Decimal | null;
      readonly bidDown: Decimal | null;
      readonly askUp: Decimal | null;
      readonly askDown: Decimal | null;
    }
  | {
      readonly type: 'LOT_SIZE' | 'MARKET_LOT_SIZE';
      readonly minQty: Decimal | null;
      readonly maxQty: Decimal | null;
      readonly stepSize: Decimal | null;
    }
  | { readonly type: 'MIN_NOTIONAL'; readonly minNotional: Decimal | null; readonly applyToMarket: boolean }
  | {
      readonly type: 'NOTIONAL';
      readonly minNotional: Decimal | null;
      readonly maxNotional: Decimal | null;
      readonly applyMinToMarket: boolean;
      readonly applyMaxToMarket: boolean;
    }
  | { readonly type: 'ICEBERG_PARTS'; readonly limit: number | null }
  | { readonly type: CountFilterType; readonly max: number | null }
  | { readonly type: 'MAX_POSITION'; readonly maxPosition: Decimal | null }
  | {
      readonly type: 'TRAILING_DELTA';
      readonly minAbove: number | null;
      readonly maxAbove: number | null;
      readonly minBelow: number | null;
      readonly maxBelow: number | null;
    }
  | { readonly type: 'MAX_ASSET'; readonly asset: string | null; readonly limit: Decimal | null };

/** The filters that cap how many orders of a kind an account has open (on the symbol or the exchange). */
export type CountFilterType =
  | 'MAX_NUM_ORDERS'
  | 'MAX_NUM_ALGO_ORDERS'
  | 'MAX_NUM_ICEBERG_ORDERS'
  | 'MAX_NUM_ORDER_LISTS'
  | 'MAX_NUM_ORDER_AMENDS'
  | 'EXCHANGE_MAX_NUM_ORDERS'
  | 'EXCHANGE_MAX_NUM_ALGO_ORDERS'
  | 'EXCHANGE_MAX_NUM_ICEBERG_ORDERS'
  | 'EXCHANGE_MAX_NUM_ORDER_LISTS';

/** Where each count filter keeps its limit. */
const COUNT_FIELDS: Readonly<Record<CountFilterType, string>> = {
  MAX_NUM_ORDERS: 'maxNumOrders',
  MAX_NUM_ALGO_ORDERS: 'maxNumAlgoOrders',
  MAX_NUM_ICEBERG_ORDERS: 'maxNumIcebergOrders',
  MAX_NUM_ORDER_LISTS: 'maxNumOrderLists',
  MAX_NUM_ORDER_AMENDS: 'maxNumOrderAmends',
  EXCHANGE_MAX_NUM_ORDERS: 'maxNumOrders',
  EXCHANGE_MAX_NUM_ALGO_ORDERS: 'maxNumAlgoOrders',
  EXCHANGE_MAX_NUM_ICEBERG_ORDERS: 'maxNumIcebergOrders',
  EXCHANGE_MAX_NUM_ORDER_LISTS: 'maxNumOrderLists',
};

function isCountType(type: string): type is CountFilterType {
  return Object.prototype.hasOwnProperty.call(COUNT_FIELDS, type);
}

/** A filters array holds a dozen entries; the cap keeps a hostile one from costing anything. */
const MAX_FILTERS = 64;

export function readSpotFilter(raw: unknown): SpotFilter | null {
  const type = textOf(raw, 'filterType');
  switch (type) {
    case 'PRICE_FILTER':
      return {
        type,
        minPrice: limitOf(raw, 'minPrice'),
        maxPrice: limitOf(raw, 'maxPrice'),
        tickSize: limitOf(raw, 'tickSize'),
      };
    case 'PERCENT_PRICE':
      return { type, up: limitOf(raw, 'multiplierUp'), down: limitOf(raw, 'multiplierDown') };
    case 'PERCENT_PRICE_BY_SIDE':
      return {
        type,
        bidUp: limitOf(raw, 'bidMultiplierUp'),
        bidDown: limitOf(raw, 'bidMultiplierDown'),
        askUp: limitOf(raw, 'askMultiplierUp'),
        askDown: limitOf(raw, 'askMultiplierDown'),
      };
    case 'LOT_SIZE':
    case 'MARKET_LOT_SIZE':
      return {
        type,
        minQty: limitOf(raw, 'minQty'),
        maxQty: limitOf(raw, 'maxQty'),
        stepSize: limitOf(raw, 'stepSize'),
      };
    case 'MIN_NOTIONAL':
      return { type, minNotional: limitOf(raw, 'minNotional'), applyToMarket: flagOf(raw, 'applyToMarket') === true };
    case 'NOTIONAL':
      return {
        type,
        minNotional: limitOf(raw, 'minNotional'),
        maxNotional: limitOf(raw, 'maxNotional'),
        applyMinToMarket: flagOf(raw, 'applyMinToMarket') === true,
        applyMaxToMarket: flagOf(raw, 'applyMaxToMarket') === true,
      };
    case 'ICEBERG_PARTS':
      return { type, limit: wholeOf(raw, 'limit') };
    case 'MAX_POSITION':
      return { type, maxPosition: limitOf(raw, 'maxPosition') };
    case 'TRAILING_DELTA':
      return {
        type,
        minAbove: wholeOf(raw, 'minTrailingAboveDelta'),
        maxAbove: wholeOf(raw, 'maxTrailingAboveDelta'),
        minBelow: wholeOf(raw, 'minTrailingBelowDelta'),
        maxBelow: wholeOf(raw, 'maxTrailingBelowDelta'),
      };
    case 'MAX_ASSET':
      return { type, asset: nameOf(raw, 'asset'), limit: limitOf(raw, 'limit') };
    default:
      return type !== undefined && isCountType(type) ? { type, max: wholeOf(raw, COUNT_FIELDS[type]) } : null;
  }
}

/** Known filters of an array as served, in its order. */
export function readSpotFilters(raw: unknown, key: string): SpotFilter[] {
  const out: SpotFilter[] = [];
  for (const item of itemsOf(raw, key, MAX_FILTERS)) {
    const filter = readSpotFilter(item);
    if (filter) out.push(filter);
  }
  return out;
}

export interface SpotSymbol {
  readonly symbol: string | null;
  readonly baseAsset: string | null;
  readonly quoteAsset: string | null;
  /** Decimals a quantity (and an iceberg quantity) may have: -1111 beyond. */
  readonly baseAssetPrecision: number | null;
  /** Decimals a price, stop price or quote order quantity may have: -1111 beyond. */
  readonly quoteAssetPrecision: number | null;
  /** The order types the symbol takes; null when the entry does not list them. */
  readonly orderTypes: readonly string[] | null;
  readonly icebergAllowed: boolean | null;
  readonly quoteOrderQtyMarketAllowed: boolean | null;
  readonly allowTrailingStop: boolean | null;
  readonly filters: readonly SpotFilter[];
}

/** Precisions above this are not Binance's (it takes 20 decimals at most). */
function precisionOf(raw: unknown, key: string): number | null {
  const value = wholeOf(raw, key);
  return value !== null && value <= 40 ? value : null;
}

function orderTypesOf(raw: unknown): string[] | null {
  if (!Array.isArray(own(raw, 'orderTypes'))) return null;
  return itemsOf(raw, 'orderTypes', 32).filter((t): t is string => typeof t === 'string');
}

export function readSpotSymbol(raw: unknown): SpotSymbol {
  return {
    symbol: nameOf(raw, 'symbol'),
    baseAsset: nameOf(raw, 'baseAsset'),
    quoteAsset: nameOf(raw, 'quoteAsset'),
    baseAssetPrecision: precisionOf(raw, 'baseAssetPrecision'),
    quoteAssetPrecision: precisionOf(raw, 'quoteAssetPrecision') ?? precisionOf(raw, 'quotePrecision'),
    orderTypes: orderTypesOf(raw),
    icebergAllowed: flagOf(raw, 'icebergAllowed'),
    quoteOrderQtyMarketAllowed: flagOf(raw, 'quoteOrderQtyMarketAllowed'),
    allowTrailingStop: flagOf(raw, 'allowTrailingStop'),
    filters: readSpotFilters(raw, 'filters'),
  };
}

/** Whether the entry gives any rule at all (a bad or empty entry gives no explanation). */
export function hasRules(symbol: SpotSymbol): boolean {
  return symbol.filters.length > 0 || symbol.baseAssetPrecision !== null || symbol.quoteAssetPrecision !== null;
}

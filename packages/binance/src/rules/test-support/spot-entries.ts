/**
 * Spot symbol entries for the cases a real entry cannot show (a minimum that leaves one valid
 * neighbour, a market lot with a step, precision 0, MAX_POSITION): each in the exact shape of
 * Binance's `GET /api/v3/exchangeInfo` (decimal strings with eight places, integers as JSON numbers,
 * filters as the filter document writes them), built from the real BTCUSDT entry.
 */
import { entry, SPOT_2022 } from './fixtures.js';

type Entry = Record<string, unknown>;
type Filter = Record<string, unknown>;

const base = entry(SPOT_2022, 'BTCUSDT');

/** The real entry with some filters replaced (by type) or added, and some fields changed. */
export function spotEntry(filters: readonly Filter[], fields: Entry = {}): Entry {
  const replaced = new Set(filters.map((f) => f['filterType']));
  const kept = (base['filters'] as Filter[]).filter((f) => !replaced.has(f['filterType']));
  return { ...base, ...fields, filters: [...kept, ...filters] };
}

/** A minimum price off the tick grid: 0.06 has one valid neighbour, 0.1. */
export const COARSE_TICK = spotEntry([
  { filterType: 'PRICE_FILTER', minPrice: '0.05000000', maxPrice: '1000.00000000', tickSize: '0.10000000' },
  { filterType: 'LOT_SIZE', minQty: '0.05000000', maxQty: '1000.00000000', stepSize: '0.10000000' },
]);

/** A market lot with its own minimum and step, and notional limits that apply to market orders. */
export const MARKET_RULES = spotEntry([
  { filterType: 'MARKET_LOT_SIZE', minQty: '0.00100000', maxQty: '4.99950000', stepSize: '0.00100000' },
  {
    filterType: 'NOTIONAL',
    minNotional: '10.00000000',
    applyMinToMarket: true,
    maxNotional: '1000.00000000',
    applyMaxToMarket: true,
    avgPriceMins: 5,
  },
  { filterType: 'MIN_NOTIONAL', minNotional: '0.00000000', applyToMarket: false, avgPriceMins: 5 },
]);

/** A small maximum quantity: no quantity reaches the minimum notional at a low price. */
export const SMALL_LOT = spotEntry([
  { filterType: 'LOT_SIZE', minQty: '0.00001000', maxQty: '0.00100000', stepSize: '0.00001000' },
]);

/** No decimals at all for prices and quantities. */
export const WHOLE_NUMBERS = spotEntry(
  [
    { filterType: 'PRICE_FILTER', minPrice: '1.00000000', maxPrice: '1000000.00000000', tickSize: '1.00000000' },
    { filterType: 'LOT_SIZE', minQty: '1.00000000', maxQty: '9000.00000000', stepSize: '1.00000000' },
  ],
  { baseAssetPrecision: 0, quoteAssetPrecision: 0, quotePrecision: 0 },
);

/** With MAX_POSITION and the other account limits of the filter document. */
export const LIMITS = spotEntry([
  { filterType: 'MAX_POSITION', maxPosition: '1.00000000' },
  { filterType: 'MAX_NUM_ICEBERG_ORDERS', maxNumIcebergOrders: 5 },
  { filterType: 'MAX_NUM_ORDER_LISTS', maxNumOrderLists: 20 },
  { filterType: 'MAX_NUM_ORDER_AMENDS', maxNumOrderAmends: 10 },
]);

/** exchangeInfo's top-level `exchangeFilters`, as the filter document writes them. */
export const EXCHANGE_FILTERS = [
  { filterType: 'EXCHANGE_MAX_NUM_ORDERS', maxNumOrders: 1000 },
  { filterType: 'EXCHANGE_MAX_NUM_ALGO_ORDERS', maxNumAlgoOrders: 200 },
  { filterType: 'EXCHANGE_MAX_NUM_ICEBERG_ORDERS', maxNumIcebergOrders: 10000 },
  { filterType: 'EXCHANGE_MAX_NUM_ORDER_LISTS', maxNumOrderLists: 20 },
];

/** `GET /api/v3/myFilters` as served, with MAX_ASSET for USDT and BTC. */
export const MY_FILTERS = {
  exchangeFilters: [],
  symbolFilters: [],
  assetFilters: [
    { filterType: 'MAX_ASSET', asset: 'USDT', limit: '1000.00000000' },
    { filterType: 'MAX_ASSET', asset: 'BTC', limit: '0.50000000' },
  ],
};

/**
 * Futures symbol entries for the cases the real ones cannot show (bounds off the tick or step grid,
 * a market lot with its own step, precision 0, a COIN-M minimum notional), each in the exact shape of
 * Binance's futures exchangeInfo (decimal strings as the futures serve them, filters as the real
 * entries write them), built from the real USDⓈ-M BTCUSDT and COIN-M BTCUSD_PERP entries.
 */
import { COINM_2020, entry, USDM_2021 } from './fixtures.js';

type Entry = Record<string, unknown>;
type Filter = Record<string, unknown>;

function withFilters(base: Entry, filters: readonly Filter[], fields: Entry = {}): Entry {
  const replaced = new Set(filters.map((f) => f['filterType']));
  const kept = (base['filters'] as Filter[]).filter((f) => !replaced.has(f['filterType']));
  return { ...base, ...fields, filters: [...kept, ...filters] };
}

const USDM = entry(USDM_2021, 'BTCUSDT');
const COINM = entry(COINM_2020, 'BTCUSD_PERP');

/**
 * Bounds off the grid and steps coarser than the precision: a maximum price of 100.05 on a tick of
 * 0.1 (two decimals allowed), a lot of 0.005 … 1.0025 in steps of 0.005 (three decimals allowed), a
 * market lot of 0.01 … 0.995 in steps of 0.01.
 */
export const OFF_GRID_BOUNDS = withFilters(
  USDM,
  [
    { minPrice: '10', maxPrice: '100.05', filterType: 'PRICE_FILTER', tickSize: '0.1' },
    { stepSize: '0.005', filterType: 'LOT_SIZE', maxQty: '1.0025', minQty: '0.005' },
    { stepSize: '0.01', filterType: 'MARKET_LOT_SIZE', maxQty: '0.995', minQty: '0.01' },
  ],
  { pricePrecision: 2 },
);

/** No decimals for prices. */
export const WHOLE_PRICES = withFilters(
  USDM,
  [{ minPrice: '1', maxPrice: '4529764', filterType: 'PRICE_FILTER', tickSize: '1' }],
  {
    pricePrecision: 0,
  },
);

/** A lot too small to reach the minimum notional at a low price. */
export const TINY_LOT = withFilters(USDM, [
  { stepSize: '0.001', filterType: 'LOT_SIZE', maxQty: '0.001', minQty: '0.001' },
]);

/** COIN-M with a minimum notional in USD (quantity × contract size). */
export const COINM_MIN_NOTIONAL = withFilters(COINM, [{ notional: '200', filterType: 'MIN_NOTIONAL' }]);
/** The same with a lot of at most one contract: no quantity reaches it. */
export const COINM_ONE_CONTRACT = withFilters(COINM_MIN_NOTIONAL, [
  { stepSize: '1', filterType: 'LOT_SIZE', maxQty: '1', minQty: '1' },
]);

/**
 * The Spot pairs, each kept as its entry of `GET /api/v3/exchangeInfo` exactly as Binance serves it
 * (decimal strings with eight places, integers as JSON numbers, the filters in Binance's order): the
 * order checks read the same entry the route serves. BTCUSDT has today's filter set (the real
 * BTCUSDT's: PERCENT_PRICE_BY_SIDE, NOTIONAL, TRAILING_DELTA …), ETHUSDT the older one (PERCENT_PRICE,
 * MIN_NOTIONAL) with an iceberg limit and a maximum position. Books move around the same index the
 * options are priced on.
 */
import { indexPrice, round, toTick } from '../market.js';
import type { Underlying } from '../types.js';

/** One filter of the `filters` array, as served. */
export type SpotFilterEntry = Readonly<Record<string, string | number | boolean>> & { readonly filterType: string };

export type SpotOrderType =
  'LIMIT' | 'MARKET' | 'STOP_LOSS' | 'STOP_LOSS_LIMIT' | 'TAKE_PROFIT' | 'TAKE_PROFIT_LIMIT' | 'LIMIT_MAKER';

export interface SpotSymbol {
  readonly symbol: string;
  /** Which index the pair trades around. */
  readonly underlying: Underlying;
  readonly baseAsset: string;
  readonly quoteAsset: 'USDT';
  /** Decimals a quantity or iceberg quantity may have before -1111. */
  readonly baseAssetPrecision: number;
  /** Decimals a price, stop price or quote order quantity may have before -1111. */
  readonly quoteAssetPrecision: number;
  readonly orderTypes: readonly SpotOrderType[];
  readonly filters: readonly SpotFilterEntry[];
  /** Base asset offered at the bid and at the ask. */
  readonly depth: number;
}

export const SPOT_SYMBOLS: readonly SpotSymbol[] = [
  {
    symbol: 'BTCUSDT',
    underlying: 'BTCUSDT',
    baseAsset: 'BTC',
    quoteAsset: 'USDT',
    baseAssetPrecision: 8,
    quoteAssetPrecision: 8,
    orderTypes: ['LIMIT', 'LIMIT_MAKER', 'MARKET', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT_LIMIT'],
    filters: [
      { filterType: 'PRICE_FILTER', minPrice: '0.01000000', maxPrice: '1000000.00000000', tickSize: '0.01000000' },
      { filterType: 'LOT_SIZE', minQty: '0.00001000', maxQty: '9000.00000000', stepSize: '0.00001000' },
      { filterType: 'ICEBERG_PARTS', limit: 10 },
      { filterType: 'MARKET_LOT_SIZE', minQty: '0.00000000', maxQty: '76.12885486', stepSize: '0.00000000' },
      {
        filterType: 'TRAILING_DELTA',
        minTrailingAboveDelta: 10,
        maxTrailingAboveDelta: 2000,
        minTrailingBelowDelta: 10,
        maxTrailingBelowDelta: 2000,
      },
      {
        filterType: 'PERCENT_PRICE_BY_SIDE',
        bidMultiplierUp: '5',
        bidMultiplierDown: '0.2',
        askMultiplierUp: '5',
        askMultiplierDown: '0.2',
        avgPriceMins: 5,
      },
      {
        filterType: 'NOTIONAL',
        minNotional: '5.00000000',
        applyMinToMarket: true,
        maxNotional: '9000000.00000000',
        applyMaxToMarket: false,
        avgPriceMins: 5,
      },
      { filterType: 'MAX_NUM_ORDERS', maxNumOrders: 200 },
      { filterType: 'MAX_NUM_ALGO_ORDERS', maxNumAlgoOrders: 5 },
    ],
    depth: 0.05,
  },
  {
    symbol: 'ETHUSDT',
    underlying: 'ETHUSDT',
    baseAsset: 'ETH',
    quoteAsset: 'USDT',
    baseAssetPrecision: 8,
    quoteAssetPrecision: 8,
    orderTypes: ['LIMIT', 'LIMIT_MAKER', 'MARKET', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT_LIMIT'],
    filters: [
      { filterType: 'PRICE_FILTER', minPrice: '0.01000000', maxPrice: '1000000.00000000', tickSize: '0.01000000' },
      { filterType: 'PERCENT_PRICE', multiplierUp: '5', multiplierDown: '0.2', avgPriceMins: 5 },
      { filterType: 'LOT_SIZE', minQty: '0.00010000', maxQty: '9000.00000000', stepSize: '0.00010000' },
      { filterType: 'MIN_NOTIONAL', minNotional: '5.00000000', applyToMarket: true, avgPriceMins: 5 },
      { filterType: 'ICEBERG_PARTS', limit: 10 },
      { filterType: 'MARKET_LOT_SIZE', minQty: '0.00000000', maxQty: '2254.28330000', stepSize: '0.00000000' },
      {
        filterType: 'TRAILING_DELTA',
        minTrailingAboveDelta: 10,
        maxTrailingAboveDelta: 2000,
        minTrailingBelowDelta: 10,
        maxTrailingBelowDelta: 2000,
      },
      { filterType: 'MAX_NUM_ORDERS', maxNumOrders: 200 },
      { filterType: 'MAX_NUM_ALGO_ORDERS', maxNumAlgoOrders: 5 },
      { filterType: 'MAX_NUM_ICEBERG_ORDERS', maxNumIcebergOrders: 5 },
      { filterType: 'MAX_POSITION', maxPosition: '50.00000000' },
    ],
    depth: 1,
  },
];

/** exchangeInfo's top-level `exchangeFilters`: limits across every symbol of the account. */
export const SPOT_EXCHANGE_FILTERS: readonly SpotFilterEntry[] = [
  { filterType: 'EXCHANGE_MAX_NUM_ORDERS', maxNumOrders: 1000 },
  { filterType: 'EXCHANGE_MAX_NUM_ALGO_ORDERS', maxNumAlgoOrders: 200 },
];

/** A filter of the pair by type (the first, as the exchange keeps one of each). */
export function spotFilter(pair: SpotSymbol, type: string): SpotFilterEntry | undefined {
  return pair.filters.find((f) => f.filterType === type);
}

/** The step of prices on the book: PRICE_FILTER's tick, or the quote precision's last place when the tick is off (0). */
export function spotTick(pair: SpotSymbol): number {
  return Number(spotFilter(pair, 'PRICE_FILTER')?.['tickSize'] ?? 0) || 10 ** -Math.min(pair.quoteAssetPrecision, 8);
}

/** The step of quantities: LOT_SIZE's step. */
export function spotStep(pair: SpotSymbol): number {
  return Number(spotFilter(pair, 'LOT_SIZE')?.['stepSize'] ?? 0.00000001);
}

/** One entry of Spot exchangeInfo's `symbols[]`, as Binance serves it. */
export function spotSymbolView(s: SpotSymbol) {
  return {
    symbol: s.symbol,
    status: 'TRADING',
    baseAsset: s.baseAsset,
    baseAssetPrecision: s.baseAssetPrecision,
    quoteAsset: s.quoteAsset,
    quotePrecision: s.quoteAssetPrecision,
    quoteAssetPrecision: s.quoteAssetPrecision,
    baseCommissionPrecision: 8,
    quoteCommissionPrecision: 8,
    orderTypes: [...s.orderTypes],
    icebergAllowed: true,
    ocoAllowed: false,
    otoAllowed: false,
    quoteOrderQtyMarketAllowed: true,
    allowTrailingStop: true,
    cancelReplaceAllowed: true,
    amendAllowed: false,
    isSpotTradingAllowed: true,
    isMarginTradingAllowed: false,
    filters: s.filters.map((f) => ({ ...f })),
    permissions: [],
    permissionSets: [['SPOT']],
    defaultSelfTradePreventionMode: 'EXPIRE_MAKER',
    allowedSelfTradePreventionModes: ['EXPIRE_TAKER', 'EXPIRE_MAKER', 'EXPIRE_BOTH'],
  };
}

export interface SpotBook {
  readonly bid: number;
  readonly ask: number;
  /** Base asset offered at each side. */
  readonly depth: number;
}

/** The best bid and ask: a spread of a basis point around the index, on the tick. */
export function spotBook(s: SpotSymbol, now: number): SpotBook {
  const tick = spotTick(s);
  const mid = indexPrice(s.underlying, now);
  const bid = toTick(mid * (1 - 0.00005), tick, 'down');
  const ask = Math.max(round(bid + tick, 8), toTick(mid * (1 + 0.00005), tick, 'up'));
  return { bid, ask, depth: s.depth };
}

/**
 * The average price the filters judge by (`GET /api/v3/avgPrice`): the index on the tick, as an
 * eight-place decimal string. The demo has no trade history to average, so the index stands in for it.
 */
export function spotAvgPrice(s: SpotSymbol, now: number): string {
  return toTick(indexPrice(s.underlying, now), spotTick(s), 'nearest').toFixed(8);
}

/**
 * The Spot pairs: BTCUSDT and ETHUSDT with the filters Spot's exchangeInfo gives them (PRICE_FILTER,
 * LOT_SIZE, NOTIONAL; decimal strings with eight places, as Binance serves them), and a book around
 * the same moving index the options are priced on.
 */
import { indexPrice, round, toTick } from '../market.js';
import type { PriceAndLotFilters } from '../instruments.js';
import type { Underlying } from '../types.js';

export interface SpotFilters extends PriceAndLotFilters {
  readonly minNotional: string;
  readonly maxNotional: string;
}

export interface SpotSymbol {
  readonly symbol: string;
  /** Which index the pair trades around. */
  readonly underlying: Underlying;
  readonly baseAsset: string;
  readonly quoteAsset: 'USDT';
  /** Decimals a quantity may have before -1111 (finer steps are LOT_SIZE's business). */
  readonly baseAssetPrecision: number;
  /** Decimals a price may have before -1111. */
  readonly quoteAssetPrecision: number;
  readonly filters: SpotFilters;
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
    filters: {
      minPrice: '0.01000000',
      maxPrice: '1000000.00000000',
      tickSize: '0.01000000',
      minQty: '0.00001000',
      maxQty: '9000.00000000',
      stepSize: '0.00001000',
      minNotional: '5.00000000',
      maxNotional: '9000000.00000000',
    },
    depth: 0.05,
  },
  {
    symbol: 'ETHUSDT',
    underlying: 'ETHUSDT',
    baseAsset: 'ETH',
    quoteAsset: 'USDT',
    baseAssetPrecision: 8,
    quoteAssetPrecision: 8,
    filters: {
      minPrice: '0.01000000',
      maxPrice: '1000000.00000000',
      tickSize: '0.01000000',
      minQty: '0.00010000',
      maxQty: '9000.00000000',
      stepSize: '0.00010000',
      minNotional: '5.00000000',
      maxNotional: '9000000.00000000',
    },
    depth: 1,
  },
];

/** One entry of Spot exchangeInfo's `symbols[]`, as Binance serves it. */
export function spotSymbolView(s: SpotSymbol) {
  const f = s.filters;
  return {
    symbol: s.symbol,
    status: 'TRADING',
    baseAsset: s.baseAsset,
    baseAssetPrecision: s.baseAssetPrecision,
    quoteAsset: s.quoteAsset,
    quotePrecision: s.quoteAssetPrecision,
    quoteAssetPrecision: s.quoteAssetPrecision,
    orderTypes: ['LIMIT', 'LIMIT_MAKER', 'MARKET'],
    icebergAllowed: false,
    ocoAllowed: false,
    quoteOrderQtyMarketAllowed: true,
    cancelReplaceAllowed: true,
    isSpotTradingAllowed: true,
    isMarginTradingAllowed: false,
    filters: [
      { filterType: 'PRICE_FILTER', minPrice: f.minPrice, maxPrice: f.maxPrice, tickSize: f.tickSize },
      { filterType: 'LOT_SIZE', minQty: f.minQty, maxQty: f.maxQty, stepSize: f.stepSize },
      {
        filterType: 'NOTIONAL',
        minNotional: f.minNotional,
        applyMinToMarket: true,
        maxNotional: f.maxNotional,
        applyMaxToMarket: false,
        avgPriceMins: 5,
      },
    ],
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
  const tick = Number(s.filters.tickSize);
  const mid = indexPrice(s.underlying, now);
  const bid = toTick(mid * (1 - 0.00005), tick, 'down');
  const ask = Math.max(round(bid + tick, 8), toTick(mid * (1 + 0.00005), tick, 'up'));
  return { bid, ask, depth: s.depth };
}

/**
 * The USDⓈ-M perpetuals: BTCUSDT and ETHUSDT with the filters USDⓈ-M's exchangeInfo gives them
 * (PRICE_FILTER, LOT_SIZE, MARKET_LOT_SIZE, MIN_NOTIONAL, PERCENT_PRICE) and the price and quantity
 * precision -1111 is judged by, marked a little above the same moving index the options use.
 */
import { indexPrice, round, toTick } from '../market.js';
import type { PriceAndLotFilters } from '../instruments.js';
import type { Underlying } from '../types.js';

export interface PerpFilters extends PriceAndLotFilters {
  /** MARKET_LOT_SIZE's maximum: a market order may carry less than a limit one. */
  readonly marketMaxQty: string;
  /** MIN_NOTIONAL's `notional`: -4164 below it (reduce-only orders are exempt). */
  readonly notional: string;
  /** PERCENT_PRICE: a limit price above mark × up is -4016, below mark × down -4024. */
  readonly multiplierUp: string;
  readonly multiplierDown: string;
}

export interface PerpSymbol {
  readonly symbol: string;
  readonly underlying: Underlying;
  readonly baseAsset: string;
  readonly quoteAsset: 'USDT';
  readonly pricePrecision: number;
  readonly quantityPrecision: number;
  readonly filters: PerpFilters;
  /** Contracts offered at the bid and at the ask. */
  readonly depth: number;
}

export const PERP_SYMBOLS: readonly PerpSymbol[] = [
  {
    symbol: 'BTCUSDT',
    underlying: 'BTCUSDT',
    baseAsset: 'BTC',
    quoteAsset: 'USDT',
    pricePrecision: 2,
    quantityPrecision: 3,
    filters: {
      minPrice: '556.80',
      maxPrice: '4529764',
      tickSize: '0.10',
      minQty: '0.001',
      maxQty: '1000',
      stepSize: '0.001',
      marketMaxQty: '120',
      notional: '100',
      multiplierUp: '1.0500',
      multiplierDown: '0.9500',
    },
    depth: 5,
  },
  {
    symbol: 'ETHUSDT',
    underlying: 'ETHUSDT',
    baseAsset: 'ETH',
    quoteAsset: 'USDT',
    pricePrecision: 2,
    quantityPrecision: 3,
    filters: {
      minPrice: '39.86',
      maxPrice: '306177',
      tickSize: '0.01',
      minQty: '0.001',
      maxQty: '10000',
      stepSize: '0.001',
      marketMaxQty: '2000',
      notional: '20',
      multiplierUp: '1.0500',
      multiplierDown: '0.9500',
    },
    depth: 50,
  },
];

/** One entry of USDⓈ-M exchangeInfo's `symbols[]`, as Binance serves it. */
export function perpSymbolView(s: PerpSymbol) {
  const f = s.filters;
  return {
    symbol: s.symbol,
    pair: s.symbol,
    contractType: 'PERPETUAL',
    deliveryDate: 4133404800000,
    onboardDate: 1569398400000,
    status: 'TRADING',
    maintMarginPercent: '2.5000',
    requiredMarginPercent: '5.0000',
    baseAsset: s.baseAsset,
    quoteAsset: s.quoteAsset,
    marginAsset: 'USDT',
    pricePrecision: s.pricePrecision,
    quantityPrecision: s.quantityPrecision,
    baseAssetPrecision: 8,
    quotePrecision: 8,
    underlyingType: 'COIN',
    underlyingSubType: [],
    triggerProtect: '0.0500',
    filters: [
      { filterType: 'PRICE_FILTER', minPrice: f.minPrice, maxPrice: f.maxPrice, tickSize: f.tickSize },
      { filterType: 'LOT_SIZE', minQty: f.minQty, maxQty: f.maxQty, stepSize: f.stepSize },
      { filterType: 'MARKET_LOT_SIZE', minQty: f.minQty, maxQty: f.marketMaxQty, stepSize: f.stepSize },
      { filterType: 'MAX_NUM_ORDERS', limit: 200 },
      { filterType: 'MAX_NUM_ALGO_ORDERS', limit: 10 },
      { filterType: 'MIN_NOTIONAL', notional: f.notional },
      {
        filterType: 'PERCENT_PRICE',
        multiplierUp: f.multiplierUp,
        multiplierDown: f.multiplierDown,
        multiplierDecimal: '4',
      },
    ],
    orderTypes: ['LIMIT', 'MARKET'],
    timeInForce: ['GTC', 'IOC', 'FOK', 'GTX'],
  };
}

/** The mark price: two basis points of premium over the index, on the tick. */
export function perpMark(s: PerpSymbol, now: number): number {
  return toTick(indexPrice(s.underlying, now) * 1.0002, Number(s.filters.tickSize), 'nearest');
}

export interface PerpBook {
  readonly mark: number;
  readonly bid: number;
  readonly ask: number;
  readonly depth: number;
}

export function perpBook(s: PerpSymbol, now: number): PerpBook {
  const tick = Number(s.filters.tickSize);
  const mark = perpMark(s, now);
  const bid = toTick(mark * (1 - 0.00005), tick, 'down');
  const ask = Math.max(round(bid + tick, 8), toTick(mark * (1 + 0.00005), tick, 'up'));
  return { mark, bid, ask, depth: s.depth };
}

/**
 * Bybit's USDT perpetuals (`category=linear`): BTCUSDT and ETHUSDT, served by `GET
 * /v5/market/instruments-info` in the shape Bybit's docs give (docs/v5/market/instrument.mdx of
 * bybit-exchange/docs): `priceFilter` (minPrice, maxPrice, tickSize) and `lotSizeFilter` (minOrderQty,
 * maxOrderQty for limit orders, maxMktOrderQty for market ones, qtyStep, minNotionalValue), numbers as
 * strings. BTCUSDT's numbers are the docs' example; ETHUSDT's are ours, of the same shape. Marked a
 * little above the same moving index the other products use.
 */
import { indexPrice, round, toTick } from '../market.js';
import type { Underlying } from '../types.js';

export interface LinearContract {
  readonly symbol: string;
  readonly underlying: Underlying;
  readonly baseCoin: string;
  readonly priceScale: number;
  readonly minPrice: string;
  readonly maxPrice: string;
  readonly tickSize: string;
  readonly minOrderQty: string;
  /** The most a limit order may carry. */
  readonly maxOrderQty: string;
  /** The most a market order may carry. */
  readonly maxMktOrderQty: string;
  readonly qtyStep: string;
  /** Below this value in USDT an order that is not reduce-only is refused (110094). */
  readonly minNotionalValue: string;
  readonly maxLeverage: string;
  /** Contracts offered at the bid and at the ask. */
  readonly depth: number;
}

export const LINEAR_CONTRACTS: readonly LinearContract[] = [
  {
    symbol: 'BTCUSDT',
    underlying: 'BTCUSDT',
    baseCoin: 'BTC',
    priceScale: 2,
    minPrice: '0.10',
    maxPrice: '1999999.80',
    tickSize: '0.10',
    minOrderQty: '0.001',
    maxOrderQty: '1190.000',
    maxMktOrderQty: '500.000',
    qtyStep: '0.001',
    minNotionalValue: '5',
    maxLeverage: '100.00',
    depth: 5,
  },
  {
    symbol: 'ETHUSDT',
    underlying: 'ETHUSDT',
    baseCoin: 'ETH',
    priceScale: 2,
    minPrice: '0.01',
    maxPrice: '199999.98',
    tickSize: '0.01',
    // Below 5 USDT at the minimum quantity: 110094 can be met here (BTCUSDT's 0.001 is worth far more).
    minOrderQty: '0.001',
    maxOrderQty: '7240.000',
    maxMktOrderQty: '3620.000',
    qtyStep: '0.001',
    minNotionalValue: '5',
    maxLeverage: '100.00',
    depth: 50,
  },
];

/** One entry of the instruments-info `result.list[]`, as Bybit serves it. */
export function linearInstrumentView(c: LinearContract) {
  return {
    symbol: c.symbol,
    contractType: 'LinearPerpetual',
    status: 'Trading',
    baseCoin: c.baseCoin,
    quoteCoin: 'USDT',
    launchTime: '1585526400000',
    deliveryTime: '0',
    deliveryFeeRate: '',
    priceScale: String(c.priceScale),
    leverageFilter: { minLeverage: '1', maxLeverage: c.maxLeverage, leverageStep: '0.01' },
    priceFilter: { minPrice: c.minPrice, maxPrice: c.maxPrice, tickSize: c.tickSize },
    lotSizeFilter: {
      maxOrderQty: c.maxOrderQty,
      minOrderQty: c.minOrderQty,
      qtyStep: c.qtyStep,
      postOnlyMaxOrderQty: c.maxOrderQty,
      maxMktOrderQty: c.maxMktOrderQty,
      minNotionalValue: c.minNotionalValue,
    },
    unifiedMarginTrade: true,
    fundingInterval: 480,
    settleCoin: 'USDT',
    copyTrading: 'both',
    upperFundingRate: '0.00375',
    lowerFundingRate: '-0.00375',
    isPreListing: false,
    preListingInfo: null,
    symbolType: '',
  };
}

export interface LinearBook {
  readonly mark: number;
  readonly bid: number;
  readonly ask: number;
}

/** The mark (one basis point over the index, on the tick) and a book half a basis point either side. */
export function linearBook(c: LinearContract, now: number): LinearBook {
  const tick = Number(c.tickSize);
  const mark = toTick(indexPrice(c.underlying, now) * 1.0001, tick, 'nearest');
  const bid = toTick(mark * (1 - 0.00005), tick, 'down');
  const ask = Math.max(round(bid + tick, 8), toTick(mark * (1 + 0.00005), tick, 'up'));
  return { mark, bid, ask };
}

export function linearContract(symbol: string, contracts = LINEAR_CONTRACTS): LinearContract | undefined {
  return contracts.find((c) => c.symbol === symbol);
}

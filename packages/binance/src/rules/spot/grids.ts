/**
 * The values a Spot symbol accepts for a price and for a quantity, over all its filters at once (so a
 * suggestion that fixes one rule does not break another): the first PRICE_FILTER with the quote
 * precision; LOT_SIZE (and MARKET_LOT_SIZE for a market order) with the base precision.
 */
import { commonStep, type Decimal } from '../shared/decimal.js';
import { higherOf, lowerOf } from '../shared/decimal.js';
import { gridOf, type Grid } from '../shared/grid.js';
import type { SpotFilter, SpotSymbol } from './symbol.js';

type Of<T extends SpotFilter['type']> = SpotFilter & { readonly type: T };

export function firstFilter<T extends SpotFilter['type']>(symbol: SpotSymbol, type: T): Of<T> | undefined {
  return symbol.filters.find((f): f is Of<T> => f.type === type);
}

export function priceGrid(symbol: SpotSymbol): Grid {
  const price = firstFilter(symbol, 'PRICE_FILTER');
  return gridOf(price?.tickSize ?? null, symbol.quoteAssetPrecision, price?.minPrice ?? null, price?.maxPrice ?? null);
}

function bothSteps(a: Decimal | null, b: Decimal | null): Decimal | null {
  return a && b ? commonStep(a, b) : (a ?? b);
}

export function quantityGrid(symbol: SpotSymbol, market: boolean): Grid {
  const lot = firstFilter(symbol, 'LOT_SIZE');
  const marketLot = market ? firstFilter(symbol, 'MARKET_LOT_SIZE') : undefined;
  return gridOf(
    bothSteps(lot?.stepSize ?? null, marketLot?.stepSize ?? null),
    symbol.baseAssetPrecision,
    higherOf(lot?.minQty ?? null, marketLot?.minQty ?? null),
    lowerOf(lot?.maxQty ?? null, marketLot?.maxQty ?? null),
  );
}

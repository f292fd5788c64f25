/** The prices and quantities a futures symbol accepts, over all its rules at once (tick or step, precision, bounds). */
import { commonStep, higherOf, lowerOf, type Decimal } from '../shared/decimal.js';
import { gridOf, type Grid } from '../shared/grid.js';
import type { FuturesSymbol, Lot } from './symbol.js';

export function priceGrid(symbol: FuturesSymbol): Grid {
  const p = symbol.price;
  return gridOf(p?.tickSize ?? null, symbol.pricePrecision, p?.minPrice ?? null, p?.maxPrice ?? null);
}

/** The lot that applies: MARKET_LOT_SIZE for a market order when the entry has it, else LOT_SIZE. */
export function lotFor(symbol: FuturesSymbol, market: boolean): Lot | null {
  return (market ? symbol.marketLot : null) ?? symbol.lot;
}

function bothSteps(a: Decimal | null, b: Decimal | null): Decimal | null {
  return a && b ? commonStep(a, b) : (a ?? b);
}

export function quantityGrid(symbol: FuturesSymbol, market: boolean): Grid {
  const lot = symbol.lot;
  const marketLot = market ? symbol.marketLot : null;
  return gridOf(
    bothSteps(lot?.stepSize ?? null, marketLot?.stepSize ?? null),
    symbol.quantityPrecision,
    higherOf(lot?.minQty ?? null, marketLot?.minQty ?? null),
    lowerOf(lot?.maxQty ?? null, marketLot?.maxQty ?? null),
  );
}

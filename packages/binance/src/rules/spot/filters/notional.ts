/**
 * MIN_NOTIONAL (最小金额) and NOTIONAL (名义价值): an order's value, `price` × `quantity`, at least
 * `minNotional` (and for NOTIONAL at most `maxNotional`). A MARKET order has no price: it is valued at
 * the average price when the filter applies to market orders (`applyToMarket`, `applyMinToMarket`,
 * `applyMaxToMarket`), and one sized by `quoteOrderQty` is worth exactly that.
 */
import {
  ceilToStep,
  compareDecimal,
  floorToStep,
  multiplyDecimal,
  unitOfScale,
  type Decimal,
} from '../../shared/decimal.js';
import { largestQuantityFor, smallestQuantityFor } from '../../shared/notional.js';
import type { SpotFacts } from '../facts.js';
import { quantityGrid } from '../grids.js';
import type { SpotFilter } from '../symbol.js';
import { spotDraft, str, suggest, type SpotVerdict } from '../verdict.js';

type NotionalFilter = Extract<SpotFilter, { type: 'MIN_NOTIONAL' | 'NOTIONAL' }>;

/** Stop-loss and take-profit market orders: their value is decided when they trigger, not here. */
const PRICED_LATER = new Set(['STOP_LOSS', 'TAKE_PROFIT']);

function limitsOf(filter: NotionalFilter, market: boolean): { min: Decimal | null; max: Decimal | null } {
  if (filter.type === 'MIN_NOTIONAL')
    return { min: !market || filter.applyToMarket ? filter.minNotional : null, max: null };
  return {
    min: !market || filter.applyMinToMarket ? filter.minNotional : null,
    max: !market || filter.applyMaxToMarket ? filter.maxNotional : null,
  };
}

/** A quote amount on the quote asset's precision, rounded toward the valid side. */
function quoteAmount(value: Decimal, digits: number | null, up: boolean): Decimal {
  if (digits === null) return value;
  return (up ? ceilToStep(value, unitOfScale(digits)) : floorToStep(value, unitOfScale(digits))) ?? value;
}

/** The failure; `undefined` when the facts cannot say (a market order without the average price). */
export function notional(filter: NotionalFilter, facts: SpotFacts): SpotVerdict | null | undefined {
  const { order, symbol } = facts;
  if (!symbol || order.type === undefined || PRICED_LATER.has(order.type)) return null;
  const market = order.type === 'MARKET';
  const { min, max } = limitsOf(filter, market);
  if (!min && !max) return null;
  const verdict = (field: 'quantity' | 'quoteOrderQty', draft: SpotVerdict['draft']): SpotVerdict => ({
    filter: filter.type,
    field,
    draft,
  });

  const quote = order.quoteOrderQty;
  if (market && quote) {
    const value = quote.value;
    if (!value) return null;
    const digits = symbol.quoteAssetPrecision;
    const values = { quoteOrderQty: quote.text };
    if (min && compareDecimal(value, min) < 0)
      return verdict('quoteOrderQty', (code) =>
        spotDraft(
          facts,
          code,
          'quoteBelowMin',
          'quoteOrderQty',
          { ...values, minNotional: str(min) },
          suggest('quoteOrderQty', quoteAmount(min, digits, true)),
        ),
      );
    if (max && compareDecimal(value, max) > 0)
      return verdict('quoteOrderQty', (code) =>
        spotDraft(
          facts,
          code,
          'quoteAboveMax',
          'quoteOrderQty',
          { ...values, maxNotional: str(max) },
          suggest('quoteOrderQty', quoteAmount(max, digits, false)),
        ),
      );
    return null;
  }

  const quantity = order.quantity?.value;
  if (!quantity || !order.quantity) return null;
  const price = market ? facts.extras.avgPrice : order.price?.value;
  if (!price) return market ? undefined : null;
  const value = multiplyDecimal(price, quantity);
  const prefix = market ? 'marketNotional' : 'notional';
  const values = {
    quantity: order.quantity.text,
    price: market ? str(price) : (order.price?.text ?? ''),
    notional: str(value),
  };
  const grid = () => quantityGrid(symbol, market);
  if (min && compareDecimal(value, min) < 0)
    return verdict('quantity', (code) => {
      const smallest = smallestQuantityFor(min, price, grid());
      const key = smallest ? `${prefix}BelowMin` : `${prefix}BelowMinNoFix`;
      return spotDraft(
        facts,
        code,
        key,
        'quantity',
        { ...values, minNotional: str(min), minQuantity: smallest ? str(smallest) : '' },
        suggest('quantity', smallest),
      );
    });
  if (max && compareDecimal(value, max) > 0)
    return verdict('quantity', (code) => {
      const largest = largestQuantityFor(max, price, grid());
      const key = largest ? `${prefix}AboveMax` : `${prefix}AboveMaxNoFix`;
      return spotDraft(
        facts,
        code,
        key,
        'quantity',
        { ...values, maxNotional: str(max), maxQuantity: largest ? str(largest) : '' },
        suggest('quantity', largest),
      );
    });
  return null;
}

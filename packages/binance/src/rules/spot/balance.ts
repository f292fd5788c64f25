/**
 * "Account has insufficient balance for requested action." (-2010, and -1013 on some paths): what the
 * order needs against what is free, when the app passes the balances. A buy needs the quote asset
 * (price × quantity, or its `quoteOrderQty`), a sell the base asset (its quantity).
 */
import { compareDecimal, floorToStep, multiplyDecimal, unitOfScale, type Decimal } from '../shared/decimal.js';
import { highestUpTo } from '../shared/grid.js';
import { largestQuantityFor } from '../shared/notional.js';
import type { ExplanationDraft } from '../shared/types.js';
import type { SpotFacts } from './facts.js';
import { quantityGrid } from './grids.js';
import { spotDraft, str, suggest } from './verdict.js';

function freeOf(facts: SpotFacts, asset: string | null | undefined): Decimal | null {
  return asset ? (facts.extras.balances.get(asset)?.free ?? null) : null;
}

export function balanceDraft(facts: SpotFacts, code: number): ExplanationDraft | null {
  const { order, symbol } = facts;
  if (!symbol) return null;
  const market = order.type === 'MARKET';
  if (order.side === 'SELL') {
    const free = freeOf(facts, symbol.baseAsset);
    const quantity = order.quantity;
    if (!free || !quantity?.value || compareDecimal(free, quantity.value) >= 0) return null;
    const largest = free.units > 0n ? highestUpTo(free, quantityGrid(symbol, market)) : null;
    return spotDraft(
      facts,
      code,
      'sellAboveBalance',
      'quantity',
      { quantity: quantity.text, free: str(free) },
      suggest('quantity', largest),
    );
  }
  if (order.side !== 'BUY') return null;
  const free = freeOf(facts, symbol.quoteAsset);
  if (!free) return null;
  const quote = order.quoteOrderQty;
  if (market && quote?.value) {
    if (compareDecimal(free, quote.value) >= 0) return null;
    const digits = symbol.quoteAssetPrecision;
    const spendable = digits === null ? free : (floorToStep(free, unitOfScale(digits)) ?? free);
    return spotDraft(
      facts,
      code,
      'quoteAboveBalance',
      'quoteOrderQty',
      { quoteOrderQty: quote.text, free: str(free) },
      spendable.units > 0n ? suggest('quoteOrderQty', spendable) : [],
    );
  }
  const price = market ? null : order.price;
  const quantity = order.quantity;
  if (!price?.value || !quantity?.value) return null;
  const cost = multiplyDecimal(price.value, quantity.value);
  if (compareDecimal(free, cost) >= 0) return null;
  const largest = largestQuantityFor(free, price.value, quantityGrid(symbol, false));
  const values = { quantity: quantity.text, price: price.text, cost: str(cost), free: str(free) };
  return largest
    ? spotDraft(
        facts,
        code,
        'buyAboveBalance',
        'quantity',
        { ...values, maxQuantity: str(largest) },
        suggest('quantity', largest),
      )
    : spotDraft(facts, code, 'buyAboveBalanceNoFix', 'quantity', values);
}

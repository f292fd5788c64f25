/**
 * MAX_POSITION (最大仓位): a BUY fails when the account's position in the base asset (free and locked
 * balance plus what its open BUY orders still buy) and the order's quantity would exceed
 * `maxPosition`. Judged only when the app passes the balances (and counts open buys from its open
 * orders); the fix is the largest buy that fits.
 */
import { addDecimal, compareDecimal, subtractDecimal, type Decimal } from '../../shared/decimal.js';
import { highestUpTo } from '../../shared/grid.js';
import type { SpotFacts } from '../facts.js';
import { quantityGrid } from '../grids.js';
import type { SpotFilter } from '../symbol.js';
import { spotDraft, str, suggest, type SpotVerdict } from '../verdict.js';

type PositionFilter = Extract<SpotFilter, { type: 'MAX_POSITION' }>;

/** The position before this order, or null when the app did not pass the base asset's balance. */
function positionOf(facts: SpotFacts): Decimal | null {
  const asset = facts.symbol?.baseAsset;
  const balance = asset ? facts.extras.balances.get(asset) : undefined;
  if (!balance) return null;
  const held = addDecimal(balance.free, balance.locked);
  return addDecimal(held, facts.extras.openOrders.buyQuantity ?? { units: 0n, scale: 0 });
}

export function maxPosition(filter: PositionFilter, facts: SpotFacts): SpotVerdict | null {
  const quantity = facts.order.quantity;
  const max = filter.maxPosition;
  const position = positionOf(facts);
  if (facts.order.side !== 'BUY' || !max || !quantity?.value || !position || !facts.symbol) return null;
  const after = addDecimal(position, quantity.value);
  if (compareDecimal(after, max) <= 0) return null;
  const symbol = facts.symbol;
  return {
    filter: 'MAX_POSITION',
    field: 'quantity',
    draft: (code) => {
      const room = subtractDecimal(max, position);
      const largest = room.units > 0n ? highestUpTo(room, quantityGrid(symbol, facts.order.type === 'MARKET')) : null;
      const values = { quantity: quantity.text, position: str(position), after: str(after), maxPosition: str(max) };
      return largest
        ? spotDraft(
            facts,
            code,
            'positionAboveMax',
            'quantity',
            { ...values, maxQuantity: str(largest) },
            suggest('quantity', largest),
          )
        : spotDraft(facts, code, 'positionAtMax', 'quantity', values);
    },
  };
}

/** Without the balances: the limit alone. */
export function maxPositionUnjudged(filter: PositionFilter, facts: SpotFacts, code: number) {
  if (!filter.maxPosition) return null;
  return spotDraft(facts, code, 'positionLimit', 'quantity', { maxPosition: str(filter.maxPosition) });
}

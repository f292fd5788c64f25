/**
 * LOT_SIZE: `quantity` and `icebergQty` at least `minQty`, at most `maxQty`, a multiple of `stepSize`
 * (订单尺寸). MARKET_LOT_SIZE: the same for a MARKET order's `quantity` (市价订单尺寸); a step of
 * `0.00000000` there means no step rule, as on most symbols.
 */
import { compareDecimal, isMultipleOf } from '../../shared/decimal.js';
import { highestUpTo, lowestFrom, type Grid } from '../../shared/grid.js';
import { nearestDraft } from '../../shared/precision.js';
import type { SpotFacts } from '../facts.js';
import { quantityGrid } from '../grids.js';
import type { SpotFilter } from '../symbol.js';
import { spotDraft, str, suggest, type SpotVerdict } from '../verdict.js';

type LotFilter = Extract<SpotFilter, { type: 'LOT_SIZE' | 'MARKET_LOT_SIZE' }>;
type Field = 'quantity' | 'icebergQty';

function judge(
  filter: LotFilter,
  facts: SpotFacts,
  field: Field,
  prefix: string,
  grid: () => Grid,
): SpotVerdict | null {
  const sent = facts.order[field];
  const value = sent?.value;
  if (!sent || !value) return null;
  const verdict = (draft: SpotVerdict['draft']): SpotVerdict => ({ filter: filter.type, field, draft });
  const values = { [field]: sent.text, quantity: facts.order.quantity?.text ?? '' };
  if (filter.minQty && compareDecimal(value, filter.minQty) < 0) {
    const { minQty } = filter;
    return verdict((code) =>
      spotDraft(
        facts,
        code,
        `${prefix}BelowMin`,
        field,
        { ...values, minQty: str(minQty) },
        suggest(field, lowestFrom(minQty, grid())),
      ),
    );
  }
  if (filter.maxQty && compareDecimal(value, filter.maxQty) > 0) {
    const { maxQty } = filter;
    return verdict((code) =>
      spotDraft(
        facts,
        code,
        `${prefix}AboveMax`,
        field,
        { ...values, maxQty: str(maxQty) },
        suggest(field, highestUpTo(maxQty, grid())),
      ),
    );
  }
  if (filter.stepSize && !isMultipleOf(value, filter.stepSize)) {
    const { stepSize } = filter;
    return verdict((code) => {
      const near = nearestDraft(field, `${prefix}OffStep`, value, grid());
      return (
        near &&
        spotDraft(
          facts,
          code,
          near.key,
          field,
          { ...values, stepSize: str(stepSize), ...near.values },
          near.suggestions,
        )
      );
    });
  }
  return null;
}

export function lotSize(filter: LotFilter, facts: SpotFacts): SpotVerdict | null {
  const symbol = facts.symbol;
  if (!symbol) return null;
  const market = facts.order.type === 'MARKET';
  if (filter.type === 'MARKET_LOT_SIZE')
    return market ? judge(filter, facts, 'quantity', 'marketQuantity', () => quantityGrid(symbol, true)) : null;
  return (
    judge(filter, facts, 'quantity', 'quantity', () => quantityGrid(symbol, market)) ??
    judge(filter, facts, 'icebergQty', 'icebergQty', () => quantityGrid(symbol, false))
  );
}

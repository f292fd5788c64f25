/**
 * PRICE_FILTER: `price` and `stopPrice` at least `minPrice`, at most `maxPrice`, a multiple of
 * `tickSize` counted from zero (each rule off at 0). 价格过滤器.
 */
import { compareDecimal, isMultipleOf } from '../../shared/decimal.js';
import { highestUpTo, lowestFrom } from '../../shared/grid.js';
import { nearestDraft } from '../../shared/precision.js';
import type { SpotFacts } from '../facts.js';
import { priceGrid } from '../grids.js';
import type { SpotFilter } from '../symbol.js';
import { spotDraft, str, suggest, type SpotVerdict } from '../verdict.js';

type PriceFilter = Extract<SpotFilter, { type: 'PRICE_FILTER' }>;

function judge(filter: PriceFilter, facts: SpotFacts, field: 'price' | 'stopPrice'): SpotVerdict | null {
  const sent = facts.order[field];
  const value = sent?.value;
  if (!sent || !value || !facts.symbol) return null;
  const symbol = facts.symbol;
  const verdict = (draft: SpotVerdict['draft']): SpotVerdict => ({ filter: 'PRICE_FILTER', field, draft });
  if (filter.minPrice && compareDecimal(value, filter.minPrice) < 0) {
    const { minPrice } = filter;
    return verdict((code) => {
      const lowest = lowestFrom(minPrice, priceGrid(symbol));
      return spotDraft(
        facts,
        code,
        `${field}BelowMin`,
        field,
        { [field]: sent.text, minPrice: str(minPrice) },
        suggest(field, lowest),
      );
    });
  }
  if (filter.maxPrice && compareDecimal(value, filter.maxPrice) > 0) {
    const { maxPrice } = filter;
    return verdict((code) => {
      const highest = highestUpTo(maxPrice, priceGrid(symbol));
      return spotDraft(
        facts,
        code,
        `${field}AboveMax`,
        field,
        { [field]: sent.text, maxPrice: str(maxPrice) },
        suggest(field, highest),
      );
    });
  }
  if (filter.tickSize && !isMultipleOf(value, filter.tickSize)) {
    const { tickSize } = filter;
    return verdict((code) => {
      const near = nearestDraft(field, `${field}OffTick`, value, priceGrid(symbol));
      if (!near) return null;
      return spotDraft(
        facts,
        code,
        near.key,
        field,
        { [field]: sent.text, tickSize: str(tickSize), ...near.values },
        near.suggestions,
      );
    });
  }
  return null;
}

export function priceFilter(filter: PriceFilter, facts: SpotFacts): SpotVerdict | null {
  return judge(filter, facts, 'price') ?? judge(filter, facts, 'stopPrice');
}

/**
 * TRAILING_DELTA: `trailingDelta` (basis points) within the range for the order's direction: the
 * "above" range for STOP_LOSS(_LIMIT) BUY and TAKE_PROFIT(_LIMIT) SELL, the "below" range for the
 * others, as Binance's filter document lists them.
 */
import type { SpotFacts } from '../facts.js';
import type { SpotFilter } from '../symbol.js';
import { spotDraft, type SpotVerdict } from '../verdict.js';

type DeltaFilter = Extract<SpotFilter, { type: 'TRAILING_DELTA' }>;

function rangeOf(filter: DeltaFilter, type: string | undefined, side: string | undefined) {
  const stopLoss = type === 'STOP_LOSS' || type === 'STOP_LOSS_LIMIT';
  const takeProfit = type === 'TAKE_PROFIT' || type === 'TAKE_PROFIT_LIMIT';
  if (!stopLoss && !takeProfit) return null;
  const above = (stopLoss && side === 'BUY') || (takeProfit && side === 'SELL');
  return above ? { min: filter.minAbove, max: filter.maxAbove } : { min: filter.minBelow, max: filter.maxBelow };
}

export function trailingDelta(filter: DeltaFilter, facts: SpotFacts): SpotVerdict | null {
  const sent = facts.order.trailingDelta;
  const value = sent?.value;
  if (!sent || !value || value.scale !== 0) return null;
  const range = rangeOf(filter, facts.order.type, facts.order.side);
  if (!range) return null;
  const { min, max } = range;
  const delta = value.units;
  const values = { trailingDelta: sent.text, min: String(min ?? ''), max: String(max ?? '') };
  if (min !== null && delta < BigInt(min))
    return {
      filter: 'TRAILING_DELTA',
      field: 'trailingDelta',
      draft: (code) =>
        spotDraft(facts, code, 'trailingDeltaBelowMin', 'trailingDelta', values, [
          { field: 'trailingDelta', value: String(min) },
        ]),
    };
  if (max !== null && max > 0 && delta > BigInt(max))
    return {
      filter: 'TRAILING_DELTA',
      field: 'trailingDelta',
      draft: (code) =>
        spotDraft(facts, code, 'trailingDeltaAboveMax', 'trailingDelta', values, [
          { field: 'trailingDelta', value: String(max) },
        ]),
    };
  return null;
}

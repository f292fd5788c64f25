/**
 * ICEBERG_PARTS (冰山订单拆分数): an iceberg order splits into ⌈quantity / icebergQty⌉ parts, at most
 * `limit` of them. The fix is the smallest visible part that keeps within the limit.
 */
import { ceilQuotient, type Decimal } from '../../shared/decimal.js';
import { lowestFrom } from '../../shared/grid.js';
import type { SpotFacts } from '../facts.js';
import { quantityGrid } from '../grids.js';
import type { SpotFilter } from '../symbol.js';
import { spotDraft, str, suggest, type SpotVerdict } from '../verdict.js';

type IcebergFilter = Extract<SpotFilter, { type: 'ICEBERG_PARTS' }>;

export function icebergParts(filter: IcebergFilter, facts: SpotFacts): SpotVerdict | null {
  const { quantity, icebergQty } = facts.order;
  const limit = filter.limit;
  if (!facts.symbol || limit === null || limit <= 0 || !quantity?.value || !icebergQty?.value) return null;
  if (icebergQty.value.units <= 0n) return null;
  const parts = ceilQuotient(quantity.value, icebergQty.value);
  if (parts === null || parts <= BigInt(limit)) return null;
  const symbol = facts.symbol;
  const total = quantity.value;
  return {
    filter: 'ICEBERG_PARTS',
    field: 'icebergQty',
    draft: (code) => {
      // ⌈total / part⌉ ≤ limit ⟺ part ≥ total / limit: the smallest such part on the lot grid.
      const smallest = lowestFrom(divideUp(total, limit), quantityGrid(symbol, false));
      const fits = smallest !== null && (ceilQuotient(total, smallest) ?? parts) <= BigInt(limit);
      const values = {
        quantity: quantity.text,
        icebergQty: icebergQty.text,
        parts: parts.toString(),
        limit: String(limit),
      };
      return fits
        ? spotDraft(
            facts,
            code,
            'icebergTooManyParts',
            'icebergQty',
            { ...values, minIcebergQty: smallest ? str(smallest) : '' },
            suggest('icebergQty', smallest),
          )
        : spotDraft(facts, code, 'icebergTooManyPartsNoFix', 'icebergQty', values);
    },
  };
}

/** `value / n`, rounded up to 20 decimals (the grid then rounds it onto a step). */
function divideUp(value: Decimal, n: number): Decimal {
  const scale = value.scale + 20;
  const units = value.units * 10n ** 20n;
  const d = BigInt(n);
  return { units: units / d + (units % d === 0n ? 0n : 1n), scale };
}

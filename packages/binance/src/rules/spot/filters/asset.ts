/**
 * MAX_ASSET (an account filter from `GET /api/v3/myFilters`): the most of an asset one order may
 * move: the quantity when it is the symbol's base asset, the order's value when it is the quote
 * asset.
 */
import { compareDecimal, multiplyDecimal, type Decimal } from '../../shared/decimal.js';
import { highestUpTo } from '../../shared/grid.js';
import { largestQuantityFor } from '../../shared/notional.js';
import type { SpotFacts } from '../facts.js';
import { quantityGrid } from '../grids.js';
import type { SpotFilter } from '../symbol.js';
import { spotDraft, str, suggest, type SpotVerdict } from '../verdict.js';

type AssetFilter = Extract<SpotFilter, { type: 'MAX_ASSET' }>;

/** The quote value the order moves: its `quoteOrderQty`, or price (average price for a market order) × quantity. */
function valueOf(facts: SpotFacts): { value: Decimal; price: Decimal | null } | null {
  const { order } = facts;
  if (order.quoteOrderQty?.value) return { value: order.quoteOrderQty.value, price: null };
  const price = order.type === 'MARKET' ? facts.extras.avgPrice : order.price?.value;
  if (!price || !order.quantity?.value) return null;
  return { value: multiplyDecimal(price, order.quantity.value), price };
}

export function maxAsset(filter: AssetFilter, facts: SpotFacts): SpotVerdict | null {
  const { symbol, order } = facts;
  const limit = filter.limit;
  if (!symbol || !limit || !filter.asset) return null;
  const asset = filter.asset;
  const market = order.type === 'MARKET';
  if (asset === symbol.baseAsset && order.quantity?.value && compareDecimal(order.quantity.value, limit) > 0) {
    const quantity = order.quantity;
    return {
      filter: 'MAX_ASSET',
      field: 'quantity',
      draft: (code) => {
        const largest = highestUpTo(limit, quantityGrid(symbol, market));
        return spotDraft(
          facts,
          code,
          'maxAssetQuantity',
          'quantity',
          { quantity: quantity.text, asset, limit: str(limit) },
          suggest('quantity', largest),
        );
      },
    };
  }
  const moved = asset === symbol.quoteAsset ? valueOf(facts) : null;
  if (!moved || compareDecimal(moved.value, limit) <= 0) return null;
  return {
    filter: 'MAX_ASSET',
    field: moved.price ? 'quantity' : 'quoteOrderQty',
    draft: (code) => {
      const largest = moved.price ? largestQuantityFor(limit, moved.price, quantityGrid(symbol, market)) : null;
      return spotDraft(
        facts,
        code,
        'maxAssetValue',
        moved.price ? 'quantity' : 'quoteOrderQty',
        { notional: str(moved.value), asset, limit: str(limit) },
        moved.price ? suggest('quantity', largest) : suggest('quoteOrderQty', limit),
      );
    },
  };
}

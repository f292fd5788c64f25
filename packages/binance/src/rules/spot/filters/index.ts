/** Every Spot filter's rule, by filter type: the one place that says which function judges which filter. */
import type { SpotFacts } from '../facts.js';
import type { SpotFilter } from '../symbol.js';
import type { SpotVerdict } from '../verdict.js';
import { maxAsset } from './asset.js';
import { countFilter } from './counts.js';
import { icebergParts } from './iceberg.js';
import { lotSize } from './lot-size.js';
import { notional } from './notional.js';
import { percentPrice } from './percent-price.js';
import { maxPosition } from './position.js';
import { priceFilter } from './price.js';
import { trailingDelta } from './trailing-delta.js';

/**
 * The filter's verdict on the order: a failure, null when it passes, `undefined` when the facts
 * cannot say (a rule that needs the average price, which the app did not pass).
 */
export function judgeFilter(filter: SpotFilter, facts: SpotFacts): SpotVerdict | null | undefined {
  switch (filter.type) {
    case 'PRICE_FILTER':
      return priceFilter(filter, facts);
    case 'PERCENT_PRICE':
    case 'PERCENT_PRICE_BY_SIDE':
      return percentPrice(filter, facts);
    case 'LOT_SIZE':
    case 'MARKET_LOT_SIZE':
      return lotSize(filter, facts);
    case 'MIN_NOTIONAL':
    case 'NOTIONAL':
      return notional(filter, facts);
    case 'ICEBERG_PARTS':
      return icebergParts(filter, facts);
    case 'MAX_POSITION':
      return maxPosition(filter, facts);
    case 'TRAILING_DELTA':
      return trailingDelta(filter, facts);
    case 'MAX_ASSET':
      return maxAsset(filter, facts);
    default:
      return countFilter(filter, facts);
  }
}

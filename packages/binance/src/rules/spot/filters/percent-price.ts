/**
 * PERCENT_PRICE and PERCENT_PRICE_BY_SIDE: a `price` within `multiplierDown` … `multiplierUp` times
 * the reference (average) price, with a band per side for the second. Judged only when the app
 * passes that price (`avgPrice`: `GET /api/v3/avgPrice`, or the reference price). 价格振幅过滤器.
 */
import { compareDecimal, multiplyDecimal, type Decimal } from '../../shared/decimal.js';
import { highestUpTo, lowestFrom } from '../../shared/grid.js';
import type { SpotFacts } from '../facts.js';
import { priceGrid } from '../grids.js';
import type { SpotFilter } from '../symbol.js';
import { spotDraft, str, suggest, type SpotVerdict } from '../verdict.js';

type PercentFilter = Extract<SpotFilter, { type: 'PERCENT_PRICE' | 'PERCENT_PRICE_BY_SIDE' }>;

/** The multipliers that apply to this order: the filter's, or its side's. */
function bandOf(filter: PercentFilter, side: string | undefined): { up: Decimal | null; down: Decimal | null } | null {
  if (filter.type === 'PERCENT_PRICE') return { up: filter.up, down: filter.down };
  if (side === 'BUY') return { up: filter.bidUp, down: filter.bidDown };
  if (side === 'SELL') return { up: filter.askUp, down: filter.askDown };
  return null;
}

/** The failure, judged on the average price; `undefined` when the facts cannot say (no average price). */
export function percentPrice(filter: PercentFilter, facts: SpotFacts): SpotVerdict | null | undefined {
  const sent = facts.order.price;
  const value = sent?.value;
  const band = bandOf(filter, facts.order.side);
  if (!sent || !value || !band || !facts.symbol) return null;
  const symbol = facts.symbol;
  const avg = facts.extras.avgPrice;
  if (!avg) return undefined;
  const high = band.up && multiplyDecimal(avg, band.up);
  const low = band.down && multiplyDecimal(avg, band.down);
  const above = high !== null && compareDecimal(value, high) > 0;
  if (!above && !(low && compareDecimal(value, low) < 0)) return null;
  return {
    filter: filter.type,
    field: 'price',
    draft: (code) => {
      // The band as valid prices: its ends rounded inward onto the tick grid.
      const grid = priceGrid(symbol);
      const lowest = low ? lowestFrom(low, grid) : grid.low;
      const highest = high ? highestUpTo(high, grid) : grid.high;
      if (!lowest || !highest || compareDecimal(lowest, highest) > 0) return null;
      const values = {
        price: sent.text,
        avgPrice: str(avg),
        multiplierUp: band.up ? str(band.up) : '',
        multiplierDown: band.down ? str(band.down) : '',
        low: str(lowest),
        high: str(highest),
      };
      const key = above ? 'priceAboveBand' : 'priceBelowBand';
      return spotDraft(facts, code, key, 'price', values, suggest('price', above ? highest : lowest));
    },
  };
}

/** Without the average price: the sentence names the band's multipliers only. */
export function percentPriceUnjudged(filter: PercentFilter, facts: SpotFacts, code: number) {
  const band = bandOf(filter, facts.order.side);
  if (!band?.up || !band.down || !facts.order.price) return null;
  return spotDraft(facts, code, 'priceOutsideBand', 'price', {
    price: facts.order.price.text,
    multiplierUp: str(band.up),
    multiplierDown: str(band.down),
  });
}

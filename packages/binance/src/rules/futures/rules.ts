/**
 * The futures order rules on the numbers, in the exchange's order: the price (precision -1111, below
 * zero -4001, PRICE_FILTER -4013 / -4002 / -4014, PERCENT_PRICE against the mark price -4016 / -4024),
 * then the quantity (precision -1111, -4003, LOT_SIZE or MARKET_LOT_SIZE -4004 / -4005 / -4023), then
 * MIN_NOTIONAL (reduce-only orders exempt), a market order's counterparty price against the band, and
 * a stop order's limit price against its stop price. A rule that needs the mark price or the book is
 * judged only when the app passes them.
 */
import { compareDecimal, isMultipleOf, isNegative, multiplyDecimal, type Decimal } from '../shared/decimal.js';
import { highestUpTo, lowestFrom } from '../shared/grid.js';
import { smallestQuantityFor } from '../shared/notional.js';
import { nearestDraft, precisionDraft, tooPrecise } from '../shared/precision.js';
import type { OrderField } from '../shared/types.js';
import { SHARED, type FuturesCodes } from './codes.js';
import type { FuturesFacts } from './facts.js';
import { lotFor, priceGrid, quantityGrid } from './grids.js';
import { isReduceOnly } from './order.js';
import { WITH_PRICE } from './params.js';
import { futuresDraft, str, suggest, type FuturesVerdict } from './verdict.js';

type Draft = FuturesVerdict['draft'];

function verdict(
  code: number,
  field: OrderField | null,
  draft: Draft,
  variant = 'default',
  values: Record<string, string> = {},
): FuturesVerdict {
  return { failure: { code, variant, values, field }, draft };
}

/** The price rules; null when the price passes them (or is not there to judge). */
export function priceVerdict(facts: FuturesFacts): FuturesVerdict | null {
  const { symbol, order } = facts;
  const sent = order.price;
  const value = sent?.value;
  if (!symbol || !sent || !value || order.type === undefined || !WITH_PRICE.has(order.type)) return null;
  const grid = () => priceGrid(symbol);
  const digits = symbol.pricePrecision;
  if (digits !== null && tooPrecise(value, digits))
    return verdict(SHARED.precision, 'price', (code) => {
      const d = precisionDraft('price', sent.text, value, digits, grid());
      return d && futuresDraft(facts, code, d.key, 'price', d.values, d.suggestions);
    });
  if (isNegative(value))
    return verdict(SHARED.priceNegative, 'price', (code) => {
      const lowest = grid().low;
      return (
        lowest &&
        futuresDraft(
          facts,
          code,
          'priceNegative',
          'price',
          { price: sent.text, lowest: str(lowest) },
          suggest('price', lowest),
        )
      );
    });
  const rules = symbol.price;
  if (rules?.minPrice && compareDecimal(value, rules.minPrice) < 0) {
    const min = rules.minPrice;
    return verdict(SHARED.priceBelowMin, 'price', (code) =>
      futuresDraft(
        facts,
        code,
        'priceBelowMin',
        'price',
        { price: sent.text, minPrice: str(min) },
        suggest('price', lowestFrom(min, grid())),
      ),
    );
  }
  if (rules?.maxPrice && compareDecimal(value, rules.maxPrice) > 0) {
    const max = rules.maxPrice;
    return verdict(SHARED.priceAboveMax, 'price', (code) =>
      futuresDraft(
        facts,
        code,
        'priceAboveMax',
        'price',
        { price: sent.text, maxPrice: str(max) },
        suggest('price', highestUpTo(max, grid())),
      ),
    );
  }
  if (rules?.tickSize && !isMultipleOf(value, rules.tickSize)) {
    const tick = rules.tickSize;
    return verdict(SHARED.priceOffTick, 'price', (code) => {
      const near = nearestDraft('price', 'priceOffTick', value, grid());
      return (
        near &&
        futuresDraft(
          facts,
          code,
          near.key,
          'price',
          { price: sent.text, tickSize: str(tick), ...near.values },
          near.suggestions,
        )
      );
    });
  }
  return order.type === 'LIMIT' ? markBandVerdict(facts, value, sent.text) : null;
}

/** PERCENT_PRICE on a limit price: within `multiplierDown` … `multiplierUp` × the mark price. */
function markBandVerdict(facts: FuturesFacts, value: Decimal, text: string): FuturesVerdict | null {
  const { symbol } = facts;
  const mark = facts.extras.markPrice;
  const band = symbol?.percent;
  if (!symbol || !mark || !band) return null;
  const high = band.up && multiplyDecimal(mark, band.up);
  const low = band.down && multiplyDecimal(mark, band.down);
  const values = { price: text, markPrice: str(mark) };
  if (high && band.up && compareDecimal(value, high) > 0) {
    const up = band.up;
    return verdict(SHARED.priceAboveCap, 'price', (code) => {
      const highest = highestUpTo(high, priceGrid(symbol));
      return (
        highest &&
        futuresDraft(
          facts,
          code,
          'priceAboveCap',
          'price',
          { ...values, multiplierUp: str(up), high: str(highest) },
          suggest('price', highest),
        )
      );
    });
  }
  if (low && band.down && compareDecimal(value, low) < 0) {
    const down = band.down;
    return verdict(SHARED.priceBelowFloor, 'price', (code) => {
      const lowest = lowestFrom(low, priceGrid(symbol));
      return (
        lowest &&
        futuresDraft(
          facts,
          code,
          'priceBelowFloor',
          'price',
          { ...values, multiplierDown: str(down), low: str(lowest) },
          suggest('price', lowest),
        )
      );
    });
  }
  return null;
}

/** The quantity rules: precision, above zero, the lot that applies (MARKET_LOT_SIZE for a market order). */
export function quantityVerdict(facts: FuturesFacts): FuturesVerdict | null {
  const { symbol, order } = facts;
  const sent = order.quantity;
  const value = sent?.value;
  if (!symbol || !sent || !value) return null;
  const market = order.type === 'MARKET';
  const grid = () => quantityGrid(symbol, market);
  const draft = (code: number, key: string, values: Record<string, string>, suggestions: ReturnType<typeof suggest>) =>
    futuresDraft(facts, code, key, 'quantity', { quantity: sent.text, ...values }, suggestions, true);
  const digits = symbol.quantityPrecision;
  if (digits !== null && tooPrecise(value, digits))
    return verdict(SHARED.precision, 'quantity', (code) => {
      const d = precisionDraft('quantity', sent.text, value, digits, grid());
      return d && draft(code, d.key, d.values, d.suggestions);
    });
  if (value.units <= 0n)
    return verdict(SHARED.quantityNotPositive, 'quantity', (code) => {
      const lowest = grid().low;
      return lowest && draft(code, 'quantityNotPositive', { lowest: str(lowest) }, suggest('quantity', lowest));
    });
  const lot = lotFor(symbol, market);
  const prefix = market && symbol.marketLot ? 'marketQuantity' : 'quantity';
  if (lot?.minQty && compareDecimal(value, lot.minQty) < 0) {
    const min = lot.minQty;
    return verdict(SHARED.quantityBelowMin, 'quantity', (code) =>
      draft(code, `${prefix}BelowMin`, { minQty: str(min) }, suggest('quantity', lowestFrom(min, grid()))),
    );
  }
  if (lot?.maxQty && compareDecimal(value, lot.maxQty) > 0) {
    const max = lot.maxQty;
    return verdict(SHARED.quantityAboveMax, 'quantity', (code) =>
      draft(code, `${prefix}AboveMax`, { maxQty: str(max) }, suggest('quantity', highestUpTo(max, grid()))),
    );
  }
  if (lot?.stepSize && !isMultipleOf(value, lot.stepSize)) {
    const step = lot.stepSize;
    return verdict(SHARED.quantityOffStep, 'quantity', (code) => {
      const near = nearestDraft('quantity', `${prefix}OffStep`, value, grid());
      return near && draft(code, near.key, { stepSize: str(step), ...near.values }, near.suggestions);
    });
  }
  return null;
}

/** What one unit of quantity is worth in the quote asset per unit of price: the contract size on COIN-M, else 1. */
function unitOf(facts: FuturesFacts): Decimal | null {
  return facts.symbol?.contractSize ?? null;
}

/**
 * MIN_NOTIONAL: price × quantity (on COIN-M, quantity × contract size) at least `notional`; a
 * market order is valued at the mark price. Reduce-only orders are exempt.
 */
export function notionalVerdict(facts: FuturesFacts, codes: FuturesCodes): FuturesVerdict | null {
  const { symbol, order } = facts;
  const min = symbol?.minNotional;
  const quantity = order.quantity;
  if (!symbol || !min || !quantity?.value || isReduceOnly(order) || order.type === undefined) return null;
  const market = order.type === 'MARKET';
  if (!market && !WITH_PRICE.has(order.type)) return null;
  const price = market ? facts.extras.markPrice : order.price?.value;
  if (!price) return null;
  const unit = unitOf(facts);
  const value = unit ? multiplyDecimal(quantity.value, unit) : multiplyDecimal(price, quantity.value);
  if (compareDecimal(value, min.value) >= 0) return null;
  return verdict(
    codes.minNotional,
    'quantity',
    (code) => {
      const smallest = unit
        ? smallestQuantityFor(min.value, { units: 1n, scale: 0 }, quantityGrid(symbol, market), unit)
        : smallestQuantityFor(min.value, price, quantityGrid(symbol, market));
      const prefix = unit ? 'contractNotional' : market ? 'marketNotional' : 'notional';
      const values = {
        quantity: quantity.text,
        price: market ? str(price) : (order.price?.text ?? ''),
        notional: str(value),
        minNotional: str(min.value),
        minQuantity: smallest ? str(smallest) : '',
        ...(unit ? { contractSize: str(unit) } : {}),
      };
      return futuresDraft(
        facts,
        code,
        smallest ? `${prefix}BelowMin` : `${prefix}BelowMinNoFix`,
        'quantity',
        values,
        suggest('quantity', smallest),
        true,
      );
    },
    'notional',
    { notional: min.text },
  );
}

/** A market order fails when the counterparty's best price is outside the band around the mark price. */
export function marketBandVerdict(facts: FuturesFacts, codes: FuturesCodes): FuturesVerdict | null {
  const { symbol, order } = facts;
  const mark = facts.extras.markPrice;
  const band = symbol?.percent;
  if (!symbol || order.type !== 'MARKET' || !mark || !band) return null;
  const { bestAsk, bestBid } = facts.extras.book;
  if (order.side === 'BUY' && bestAsk && band.up) {
    const high = multiplyDecimal(mark, band.up);
    const up = band.up;
    if (compareDecimal(bestAsk, high) <= 0) return null;
    return verdict(codes.marketBand, null, (code) => {
      const highest = highestUpTo(high, priceGrid(symbol));
      return (
        highest &&
        futuresDraft(facts, code, 'marketBuyOutsideBand', null, {
          bestAsk: str(bestAsk),
          markPrice: str(mark),
          multiplierUp: str(up),
          high: str(highest),
        })
      );
    });
  }
  if (order.side === 'SELL' && bestBid && band.down) {
    const low = multiplyDecimal(mark, band.down);
    const down = band.down;
    if (compareDecimal(bestBid, low) >= 0) return null;
    return verdict(codes.marketBand, null, (code) => {
      const lowest = lowestFrom(low, priceGrid(symbol));
      return (
        lowest &&
        futuresDraft(facts, code, 'marketSellOutsideBand', null, {
          bestBid: str(bestBid),
          markPrice: str(mark),
          multiplierDown: str(down),
          low: str(lowest),
        })
      );
    });
  }
  return null;
}

/** A stop-limit or take-profit-limit order: its limit price within the multipliers of its stop price. */
export function stopBandVerdict(facts: FuturesFacts, codes: FuturesCodes): FuturesVerdict | null {
  const { symbol, order } = facts;
  const band = symbol?.percent;
  const price = order.price;
  const stop = order.stopPrice?.value;
  if (!symbol || !band || !price?.value || !stop || stop.units <= 0n) return null;
  if (order.type !== 'STOP' && order.type !== 'TAKE_PROFIT') return null;
  const values = { price: price.text, stopPrice: order.stopPrice?.text ?? '' };
  if (band.up && compareDecimal(price.value, multiplyDecimal(stop, band.up)) > 0) {
    const up = band.up;
    return verdict(codes.stopAbove, 'price', (code) => {
      const highest = highestUpTo(multiplyDecimal(stop, up), priceGrid(symbol));
      return (
        highest &&
        futuresDraft(
          facts,
          code,
          'stopLimitAboveCap',
          'price',
          { ...values, multiplierUp: str(up), high: str(highest) },
          suggest('price', highest),
        )
      );
    });
  }
  if (band.down && compareDecimal(price.value, multiplyDecimal(stop, band.down)) < 0) {
    const down = band.down;
    return verdict(codes.stopBelow, 'price', (code) => {
      const lowest = lowestFrom(multiplyDecimal(stop, down), priceGrid(symbol));
      return (
        lowest &&
        futuresDraft(
          facts,
          code,
          'stopLimitBelowFloor',
          'price',
          { ...values, multiplierDown: str(down), low: str(lowest) },
          suggest('price', lowest),
        )
      );
    });
  }
  return null;
}

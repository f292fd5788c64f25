/**
 * Spot's filters, enforced the way Binance's filter document defines them
 * (packages/binance/source/binance-spot-filters.en.md), on the pair's exchangeInfo entry as served and
 * in the order its `filters` array lists them, then the exchange filters. Every comparison is exact
 * (exact.ts: bigints of 10^-20), and written apart from the kit's rules on purpose: the demo's tests
 * compare the two. A failure answers -1013 "Filter failure: NAME".
 */
import { reject } from '../errors.js';
import { units } from '../exact.js';
import type { OrderSide } from '../types.js';
import { spotErrors } from './errors.js';
import { SPOT_EXCHANGE_FILTERS, type SpotFilterEntry, type SpotOrderType, type SpotSymbol } from './instruments.js';

/** The numbers of a new order as sent (checked decimal strings), for the filters. */
export interface FilteredOrder {
  readonly side: OrderSide;
  readonly type: SpotOrderType;
  readonly price: string | undefined;
  readonly stopPrice: string | undefined;
  readonly quantity: string | undefined;
  readonly quoteOrderQty: string | undefined;
  readonly icebergQty: string | undefined;
  readonly trailingDelta: string | undefined;
}

/** An order the account has open, as the count filters see it. */
export interface OpenOrderLike {
  readonly symbol: string;
  readonly side: OrderSide;
  readonly type: SpotOrderType;
  readonly origQty: number;
  readonly executedQty: number;
  readonly icebergQty: number;
}

/** What the filters read besides the order: the average price, the account's open orders and base holdings. */
export interface FilterState {
  readonly avgPrice: string;
  /** Every open order of the account, all symbols. */
  readonly open: readonly OpenOrderLike[];
  /** Free plus locked balance of the pair's base asset. */
  readonly baseHeld: number;
}

const SCALE = 10n ** 20n;
const ALGO: ReadonlySet<SpotOrderType> = new Set(['STOP_LOSS', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT', 'TAKE_PROFIT_LIMIT']);

const text = (filter: SpotFilterEntry, key: string): string => String(filter[key] ?? '0');
const value = (filter: SpotFilterEntry, key: string): bigint => units(text(filter, key));
/** A rule whose value is 0 is off. */
const active = (filter: SpotFilterEntry, key: string): boolean => value(filter, key) > 0n;
const fail = (filter: SpotFilterEntry): never => reject(spotErrors.filterFailure(filter.filterType));
const fixed = (n: number): string => n.toFixed(8);

/** `a × b` against `c`, all as sent: -1, 0 or 1. */
function compareProduct(a: string, b: string, c: bigint): number {
  const product = units(a) * units(b);
  const target = c * SCALE;
  return product < target ? -1 : product > target ? 1 : 0;
}

function withinMinMaxStep(filter: SpotFilterEntry, amount: string, min: string, max: string, step: string): boolean {
  const v = units(amount);
  if (active(filter, min) && v < value(filter, min)) return false;
  if (active(filter, max) && v > value(filter, max)) return false;
  return !active(filter, step) || v % value(filter, step) === 0n;
}

function priceFilter(filter: SpotFilterEntry, order: FilteredOrder): void {
  for (const amount of [order.price, order.stopPrice]) {
    if (amount !== undefined && !withinMinMaxStep(filter, amount, 'minPrice', 'maxPrice', 'tickSize')) fail(filter);
  }
}

/** price within [avg × down, avg × up]; PERCENT_PRICE_BY_SIDE takes the bid multipliers for a buy, the ask ones for a sell. */
function percentPrice(filter: SpotFilterEntry, order: FilteredOrder, avg: string): void {
  if (order.price === undefined) return;
  const bySide = filter.filterType === 'PERCENT_PRICE_BY_SIDE';
  const prefix = order.side === 'BUY' ? 'bid' : 'ask';
  const up = bySide ? `${prefix}MultiplierUp` : 'multiplierUp';
  const down = bySide ? `${prefix}MultiplierDown` : 'multiplierDown';
  const price = units(order.price) * SCALE;
  if (active(filter, up) && price > units(avg) * value(filter, up)) fail(filter);
  if (active(filter, down) && price < units(avg) * value(filter, down)) fail(filter);
}

function lotSize(filter: SpotFilterEntry, order: FilteredOrder): void {
  const market = filter.filterType === 'MARKET_LOT_SIZE';
  if (market && order.type !== 'MARKET') return;
  const amounts = market ? [order.quantity] : [order.quantity, order.icebergQty];
  for (const amount of amounts) {
    if (amount !== undefined && !withinMinMaxStep(filter, amount, 'minQty', 'maxQty', 'stepSize')) fail(filter);
  }
}

/** MIN_NOTIONAL and NOTIONAL: price × quantity, a market order at the average price or its quoteOrderQty. */
function notional(filter: SpotFilterEntry, order: FilteredOrder, avg: string): void {
  if (order.type === 'STOP_LOSS' || order.type === 'TAKE_PROFIT') return;
  const market = order.type === 'MARKET';
  const minApplies =
    filter.filterType === 'MIN_NOTIONAL' ? filter['applyToMarket'] === true : filter['applyMinToMarket'] === true;
  const maxApplies = filter.filterType === 'NOTIONAL' && (!market || filter['applyMaxToMarket'] === true);
  const checkMin = (!market || minApplies) && active(filter, 'minNotional');
  const checkMax = maxApplies && active(filter, 'maxNotional');
  let compare: (limit: bigint) => number;
  if (market && order.quoteOrderQty !== undefined) {
    const spend = units(order.quoteOrderQty);
    compare = (limit) => (spend < limit ? -1 : spend > limit ? 1 : 0);
  } else if (order.quantity !== undefined) {
    const price = market ? avg : order.price;
    if (price === undefined) return;
    const quantity = order.quantity;
    compare = (limit) => compareProduct(price, quantity, limit);
  } else return;
  if (checkMin && compare(value(filter, 'minNotional')) < 0) fail(filter);
  if (checkMax && compare(value(filter, 'maxNotional')) > 0) fail(filter);
}

/** ⌈quantity / icebergQty⌉ parts at most. */
function icebergParts(filter: SpotFilterEntry, order: FilteredOrder): void {
  if (order.icebergQty === undefined || order.quantity === undefined) return;
  const part = units(order.icebergQty);
  if (part <= 0n) return;
  const parts = (units(order.quantity) + part - 1n) / part;
  if (parts > BigInt(text(filter, 'limit'))) fail(filter);
}

/** The count filters: the order joins a count already at its limit. */
function countFilter(
  filter: SpotFilterEntry,
  order: FilteredOrder,
  open: readonly OpenOrderLike[],
  field: string,
): void {
  const joins = filter.filterType.endsWith('ALGO_ORDERS')
    ? ALGO.has(order.type)
    : filter.filterType.endsWith('ICEBERG_ORDERS')
      ? order.icebergQty !== undefined && units(order.icebergQty) > 0n
      : filter.filterType.endsWith('MAX_NUM_ORDERS');
  if (!joins) return;
  const counted = open.filter((o) =>
    filter.filterType.endsWith('ALGO_ORDERS')
      ? ALGO.has(o.type)
      : filter.filterType.endsWith('ICEBERG_ORDERS')
        ? o.icebergQty > 0
        : true,
  ).length;
  if (counted >= Number(filter[field])) fail(filter);
}

/** A buy may not bring the base asset held (free, locked, and still to come from open buys) above maxPosition. */
function maxPosition(
  filter: SpotFilterEntry,
  order: FilteredOrder,
  pairOpen: readonly OpenOrderLike[],
  held: number,
): void {
  if (order.side !== 'BUY' || order.quantity === undefined) return;
  const buying = pairOpen
    .filter((o) => o.side === 'BUY')
    .reduce((sum, o) => sum + units(fixed(o.origQty)) - units(fixed(o.executedQty)), 0n);
  if (units(fixed(held)) + buying + units(order.quantity) > value(filter, 'maxPosition')) fail(filter);
}

/** trailingDelta within the range of its direction: "above" for STOP_LOSS* BUY and TAKE_PROFIT* SELL. */
function trailingDelta(filter: SpotFilterEntry, order: FilteredOrder): void {
  if (order.trailingDelta === undefined || !ALGO.has(order.type)) return;
  const stopLoss = order.type === 'STOP_LOSS' || order.type === 'STOP_LOSS_LIMIT';
  const above = stopLoss === (order.side === 'BUY');
  const delta = BigInt(order.trailingDelta);
  const min = BigInt(text(filter, above ? 'minTrailingAboveDelta' : 'minTrailingBelowDelta'));
  const max = BigInt(text(filter, above ? 'maxTrailingAboveDelta' : 'maxTrailingBelowDelta'));
  if (delta < min || (max > 0n && delta > max)) fail(filter);
}

function applyFilter(filter: SpotFilterEntry, pair: SpotSymbol, order: FilteredOrder, state: FilterState): void {
  const pairOpen = state.open.filter((o) => o.symbol === pair.symbol);
  switch (filter.filterType) {
    case 'PRICE_FILTER':
      return priceFilter(filter, order);
    case 'PERCENT_PRICE':
    case 'PERCENT_PRICE_BY_SIDE':
      return percentPrice(filter, order, state.avgPrice);
    case 'LOT_SIZE':
    case 'MARKET_LOT_SIZE':
      return lotSize(filter, order);
    case 'MIN_NOTIONAL':
    case 'NOTIONAL':
      return notional(filter, order, state.avgPrice);
    case 'ICEBERG_PARTS':
      return icebergParts(filter, order);
    case 'MAX_NUM_ORDERS':
      return countFilter(filter, order, pairOpen, 'maxNumOrders');
    case 'MAX_NUM_ALGO_ORDERS':
      return countFilter(filter, order, pairOpen, 'maxNumAlgoOrders');
    case 'MAX_NUM_ICEBERG_ORDERS':
      return countFilter(filter, order, pairOpen, 'maxNumIcebergOrders');
    case 'MAX_POSITION':
      return maxPosition(filter, order, pairOpen, state.baseHeld);
    case 'TRAILING_DELTA':
      return trailingDelta(filter, order);
    case 'EXCHANGE_MAX_NUM_ORDERS':
      return countFilter(filter, order, state.open, 'maxNumOrders');
    case 'EXCHANGE_MAX_NUM_ALGO_ORDERS':
      return countFilter(filter, order, state.open, 'maxNumAlgoOrders');
    default:
      return undefined;
  }
}

/** Every filter of the pair in its listed order, then the exchange's; the first that fails answers. */
export function enforceSpotFilters(pair: SpotSymbol, order: FilteredOrder, state: FilterState): void {
  for (const filter of [...pair.filters, ...SPOT_EXCHANGE_FILTERS]) applyFilter(filter, pair, order, state);
}

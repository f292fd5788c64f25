/**
 * What else an app may know when it formats or validates a Spot order, each as Binance serves it:
 * the average price (`GET /api/v3/avgPrice`), the book's top (`GET /api/v3/ticker/bookTicker`), the
 * open orders (`GET /api/v3/openOrders`, or counts the app keeps), the balances (`GET /api/v3/account`),
 * the exchange filters (`exchangeFilters` of exchangeInfo) and the account's filters
 * (`GET /api/v3/myFilters`). Each one is optional; a rule that needs a missing one is not judged.
 */
import { addDecimal, compareDecimal, parseDecimal, subtractDecimal, type Decimal } from '../shared/decimal.js';
import { readBook, type BookTop } from '../shared/book.js';
import { decimalOf, isPositiveOf, itemsOf, itemsOfArray, own, priceExtraOf, textOf, wholeOf } from '../shared/read.js';
import { ALGO_TYPES } from './order.js';
import { readSpotFilters, type SpotFilter } from './symbol.js';

/** Open orders of the account, counted as the filters count them; null where the app did not say. */
export interface OpenOrderCounts {
  readonly orders: number | null;
  readonly algoOrders: number | null;
  readonly icebergOrders: number | null;
  readonly orderLists: number | null;
  readonly exchangeOrders: number | null;
  readonly exchangeAlgoOrders: number | null;
  readonly exchangeIcebergOrders: number | null;
  readonly exchangeOrderLists: number | null;
  /** What the open BUY orders on the symbol still buy (MAX_POSITION counts it). */
  readonly buyQuantity: Decimal | null;
}

const NO_COUNTS: OpenOrderCounts = {
  orders: null,
  algoOrders: null,
  icebergOrders: null,
  orderLists: null,
  exchangeOrders: null,
  exchangeAlgoOrders: null,
  exchangeIcebergOrders: null,
  exchangeOrderLists: null,
  buyQuantity: null,
};

/** More open orders than any account may hold; the cap bounds the count of a hostile array. */
const MAX_OPEN_ORDERS = 20_000;

/**
 * Counts from `GET /api/v3/openOrders` as served (all symbols: the exchange counts too; one symbol:
 * the symbol's). An order list counts once, by its `orderListId`. What the BUY orders still buy is
 * summed only when a MAX_POSITION filter will read it (exact sums cost most of a long list's time).
 */
function countArray(list: readonly unknown[], symbol: string | null, position: boolean): OpenOrderCounts {
  let orders = 0;
  let algo = 0;
  let iceberg = 0;
  let exchange = 0;
  let exchangeAlgo = 0;
  let exchangeIceberg = 0;
  const lists = new Set<string>();
  const exchangeLists = new Set<string>();
  let buy: Decimal = { units: 0n, scale: 0 };
  for (const item of list) {
    const onSymbol = symbol !== null && textOf(item, 'symbol') === symbol;
    const type = textOf(item, 'type') ?? '';
    const isAlgo = ALGO_TYPES.has(type);
    const isIceberg = isPositiveOf(item, 'icebergQty');
    const listId = own(item, 'orderListId');
    const inList = typeof listId === 'number' && listId !== -1;
    exchange += 1;
    if (isAlgo) exchangeAlgo += 1;
    if (isIceberg) exchangeIceberg += 1;
    if (inList) exchangeLists.add(String(listId));
    if (!onSymbol) continue;
    orders += 1;
    if (isAlgo) algo += 1;
    if (isIceberg) iceberg += 1;
    if (inList) lists.add(String(listId));
    if (position && textOf(item, 'side') === 'BUY') {
      const left = subtractDecimal(decimalOf(item, 'origQty') ?? buy, decimalOf(item, 'executedQty') ?? buy);
      if (left.units > 0n) buy = addDecimal(buy, left);
    }
  }
  return {
    orders,
    algoOrders: algo,
    icebergOrders: iceberg,
    orderLists: lists.size,
    exchangeOrders: exchange,
    exchangeAlgoOrders: exchangeAlgo,
    exchangeIcebergOrders: exchangeIceberg,
    exchangeOrderLists: exchangeLists.size,
    buyQuantity: position ? buy : null,
  };
}

function countObject(raw: unknown): OpenOrderCounts {
  const buy = parseDecimal(own(raw, 'buyQuantity'));
  return {
    orders: wholeOf(raw, 'orders'),
    algoOrders: wholeOf(raw, 'algoOrders'),
    icebergOrders: wholeOf(raw, 'icebergOrders'),
    orderLists: wholeOf(raw, 'orderLists'),
    exchangeOrders: wholeOf(raw, 'exchangeOrders'),
    exchangeAlgoOrders: wholeOf(raw, 'exchangeAlgoOrders'),
    exchangeIcebergOrders: wholeOf(raw, 'exchangeIcebergOrders'),
    exchangeOrderLists: wholeOf(raw, 'exchangeOrderLists'),
    buyQuantity: buy && compareDecimal(buy, { units: 0n, scale: 0 }) >= 0 ? buy : null,
  };
}

export function readOpenOrders(raw: unknown, symbol: string | null, position = true): OpenOrderCounts {
  if (raw === undefined || raw === null) return NO_COUNTS;
  let isArray = false;
  try {
    isArray = Array.isArray(raw);
  } catch {
    return NO_COUNTS;
  }
  return isArray ? countArray(itemsOfArray(raw, MAX_OPEN_ORDERS), symbol, position) : countObject(raw);
}

/** One asset's balance: free and locked, from `GET /api/v3/account`'s `balances`. */
export interface AssetBalance {
  readonly free: Decimal;
  readonly locked: Decimal;
}

/** The account answer (`{ balances: [...] }`) or its `balances` array, by asset. */
export function readBalances(raw: unknown): ReadonlyMap<string, AssetBalance> {
  const out = new Map<string, AssetBalance>();
  if (raw === undefined || raw === null) return out;
  let list: unknown[];
  try {
    list = Array.isArray(raw) ? itemsOfArray(raw, 5000) : itemsOf(raw, 'balances', 5000);
  } catch {
    return out;
  }
  for (const item of list) {
    const asset = textOf(item, 'asset');
    const free = decimalOf(item, 'free');
    if (asset === undefined || !free || out.has(asset)) continue;
    out.set(asset, { free, locked: decimalOf(item, 'locked') ?? { units: 0n, scale: 0 } });
  }
  return out;
}

export interface SpotExtras {
  /** The price PERCENT_PRICE and a MARKET order's notional are judged by (the reference or average price). */
  readonly avgPrice: Decimal | null;
  readonly book: BookTop;
  readonly openOrders: OpenOrderCounts;
  readonly balances: ReadonlyMap<string, AssetBalance>;
  /** Exchange filters (exchangeInfo's, or the account's from myFilters). */
  readonly exchangeFilters: readonly SpotFilter[];
  /** The account's MAX_ASSET filters (myFilters' `assetFilters`). */
  readonly assetFilters: readonly SpotFilter[];
}

/** `position`: whether a MAX_POSITION filter applies (it alone reads what the open BUY orders still buy). */
export function readSpotExtras(context: unknown, symbol: string | null, position = true): SpotExtras {
  const myFilters = own(context, 'myFilters');
  // The account's own view (myFilters) when the app has it, else the exchange-wide one: never both,
  // or one limit would be judged twice.
  const fromAccount = readSpotFilters(myFilters, 'exchangeFilters');
  const exchangeFilters = fromAccount.length > 0 ? fromAccount : readSpotFilters(context, 'exchangeFilters');
  return {
    avgPrice: priceExtraOf(own(context, 'avgPrice'), ['price', 'referencePrice']),
    book: readBook(own(context, 'book')),
    openOrders: readOpenOrders(own(context, 'openOrders'), symbol, position),
    balances: readBalances(own(context, 'balance')),
    exchangeFilters,
    assetFilters: readSpotFilters(myFilters, 'assetFilters'),
  };
}

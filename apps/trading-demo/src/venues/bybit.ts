/**
 * Bybit's USDT perpetuals (`category=linear` of its v5 API) as a venue: its paths, the parameters an
 * order takes in Bybit's names (`Buy`, `Limit`, `qty`, `PostOnly`, `orderLinkId`), and readers of its
 * answers, which all come in Bybit's envelope (`{retCode, retMsg, result, …}`, the rows in
 * `result.list`). Its errors are the lazy module `bybitV5` from '@exchange-errors/bybit', which has no
 * order rules: the exchange's answer is the only check, and the ticket says nothing before sending.
 * No `product` for the kit: the engine reads Bybit's errors as Bybit's from the `/v5/` path.
 */
import { bybitV5 } from '@exchange-errors/bybit';
import type { ParamValue } from '../api/client.js';
import type { TicketValues } from '../state/ticket.js';
import { list, own, plainDecimal, text } from './read.js';
import type {
  OpenOrderRow,
  OrderSide,
  PlacedOrder,
  PositionRow,
  SymbolEntry,
  SymbolRules,
  Venue,
  VenueField,
} from './types.js';

const CATEGORY = { category: 'linear' } as const;

/** Bybit's words for the ticket's values. */
const SIDES: Readonly<Record<string, OrderSide>> = { Buy: 'BUY', Sell: 'SELL' };
const TYPES: Readonly<Record<string, string>> = { Limit: 'LIMIT', Market: 'MARKET' };
const STATUSES: Readonly<Record<string, string>> = {
  New: 'NEW',
  PartiallyFilled: 'PARTIALLY_FILLED',
  Filled: 'FILLED',
  Cancelled: 'CANCELLED',
  Rejected: 'REJECTED',
};
const TIME_IN_FORCE: Readonly<Record<TicketValues['timeInForce'], string>> = {
  GTC: 'GTC',
  IOC: 'IOC',
  FOK: 'FOK',
  GTX: 'PostOnly',
};
const word = (table: Readonly<Record<string, string>>, value: string) =>
  Object.hasOwn(table, value) ? (table[value] ?? value) : value;

/** Bybit's parameter names, as the ticket's fields. */
export const BYBIT_PARAM_FIELDS: Readonly<Record<string, VenueField>> = {
  symbol: 'symbol',
  side: 'side',
  orderType: 'type',
  price: 'price',
  qty: 'quantity',
  timeInForce: 'timeInForce',
  reduceOnly: 'reduceOnly',
  orderLinkId: 'clientOrderId',
};

/** The rows of Bybit's envelope (`result.list`). */
const rows = (answer: unknown) => list(own(own(answer, 'result'), 'list'));

function symbolsOf(info: unknown): readonly SymbolEntry[] {
  return rows(info).flatMap((entry) => {
    const symbol = text(entry, 'symbol');
    return symbol === '' ? [] : [{ symbol, entry }];
  });
}

/** Tick, step and minimum order value from `priceFilter` and `lotSizeFilter`. */
function rulesOf({ symbol, entry }: SymbolEntry): SymbolRules | null {
  const tickSize = text(own(entry, 'priceFilter'), 'tickSize');
  const lot = own(entry, 'lotSizeFilter');
  const stepSize = text(lot, 'qtyStep');
  if (tickSize === '' || stepSize === '') return null;
  return {
    symbol,
    quoteAsset: text(entry, 'quoteCoin'),
    tickSize: plainDecimal(tickSize),
    stepSize: plainDecimal(stepSize),
    minNotional: plainDecimal(text(lot, 'minNotionalValue')),
  };
}

/** An order as `POST /v5/order/create` takes it (a JSON body: `reduceOnly` a boolean, numbers as strings). */
function orderParams(v: TicketValues, side: OrderSide): Readonly<Record<string, ParamValue>> {
  const limit = v.type !== 'MARKET';
  return {
    ...CATEGORY,
    symbol: v.symbol.trim(),
    side: side === 'BUY' ? 'Buy' : 'Sell',
    orderType: limit ? 'Limit' : 'Market',
    qty: v.quantity.trim(),
    price: limit ? v.price.trim() : undefined,
    timeInForce: limit ? TIME_IN_FORCE[v.timeInForce] : undefined,
    reduceOnly: v.reduceOnly || undefined,
    orderLinkId: v.clientOrderId.trim() || undefined,
  };
}

/** Bybit answers an order with its id only: the rest is the order as sent, its state not yet known. */
function readOrder(answer: unknown, sent: Readonly<Record<string, ParamValue>>): PlacedOrder | null {
  const orderId = text(own(answer, 'result'), 'orderId');
  const side = word(SIDES, text(sent, 'side'));
  if (orderId === '' || (side !== 'BUY' && side !== 'SELL')) return null;
  return {
    orderId,
    symbol: text(sent, 'symbol'),
    side,
    type: word(TYPES, text(sent, 'orderType')),
    price: text(sent, 'price'),
    quantity: text(sent, 'qty'),
    status: 'SUBMITTED',
  };
}

function readOpenOrders(answer: unknown): readonly OpenOrderRow[] {
  return rows(answer).flatMap((o) => {
    const side = word(SIDES, text(o, 'side'));
    const orderId = text(o, 'orderId');
    if ((side !== 'BUY' && side !== 'SELL') || orderId === '') return [];
    return [
      {
        orderId,
        symbol: text(o, 'symbol'),
        side,
        type: word(TYPES, text(o, 'orderType')),
        price: plainDecimal(text(o, 'price')),
        quantity: plainDecimal(text(o, 'qty')),
        executed: plainDecimal(text(o, 'cumExecQty')),
        timeInForce: text(o, 'timeInForce'),
        status: word(STATUSES, text(o, 'orderStatus')),
        clientOrderId: text(o, 'orderLinkId'),
      },
    ];
  });
}

/** `GET /v5/position/list`: the open positions (a size of 0 is none), long for `Buy`, short for `Sell`. */
function readPositions(answer: unknown): readonly PositionRow[] {
  return rows(answer).flatMap((p) => {
    const size = Number(text(p, 'size'));
    const side = text(p, 'side');
    if (text(p, 'symbol') === '' || !Number.isFinite(size) || size <= 0 || (side !== 'Buy' && side !== 'Sell'))
      return [];
    return [
      {
        symbol: text(p, 'symbol'),
        side: side === 'Buy' ? 'LONG' : 'SHORT',
        quantity: plainDecimal(text(p, 'size')),
        entryPrice: plainDecimal(text(p, 'avgPrice')),
        markPrice: plainDecimal(text(p, 'markPrice')),
        unrealizedPnl: text(p, 'unrealisedPnl'),
      },
    ];
  });
}

export const bybitLinearVenue: Venue = {
  id: 'bybitLinear',
  exchange: 'bybit',
  errors: bybitV5,
  params: CATEGORY,
  defaultSymbol: 'BTCUSDT',
  symbolPattern: /^[A-Z0-9]+USDT$/,
  paths: {
    order: '/v5/order/create',
    cancel: '/v5/order/cancel',
    cancelMethod: 'POST',
    exchangeInfo: '/v5/market/instruments-info',
    openOrders: '/v5/order/realtime',
  },
  symbolsOf,
  rulesOf,
  facts: [],
  fields: new Set(['symbol', 'side', 'type', 'price', 'quantity', 'timeInForce', 'reduceOnly', 'clientOrderId']),
  orderTypes: ['LIMIT', 'MARKET'],
  timeInForce: ['GTC', 'IOC', 'FOK', 'GTX'],
  orderParams,
  fieldOfParam: (param) => (Object.hasOwn(BYBIT_PARAM_FIELDS, param) ? (BYBIT_PARAM_FIELDS[param] ?? null) : null),
  readOrder,
  readOpenOrders,
  holdings: { kind: 'positions', path: '/v5/position/list', read: readPositions },
};

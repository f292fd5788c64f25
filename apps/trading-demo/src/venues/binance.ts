/**
 * Binance Spot (`/api/v3/`) and USDⓈ-M futures (`/fapi/`) as venues: their paths, the facts their
 * order rules read, the parameters each order type takes, and readers of their answers. Binance
 * serves numbers as decimal strings and symbols as `symbols[]` of exchangeInfo; the readers take only
 * own, well-typed fields, so an odd answer gives fewer rows, never a throw.
 */
import { binanceSpot } from '@exchange-errors/binance-spot';
import { binanceUsdm } from '@exchange-errors/binance-usdm';
import type { ParamValue } from '../api/client.js';
import type { TicketValues } from '../state/ticket.js';
import { list, own, plainDecimal, text } from './read.js';
import type {
  BalanceRow,
  OpenOrderRow,
  OrderSide,
  PlacedOrder,
  PositionRow,
  SymbolEntry,
  SymbolRules,
  Venue,
  VenueField,
} from './types.js';

const sideOf = (value: string): OrderSide | null => (value === 'BUY' || value === 'SELL' ? value : null);

/** Binance's parameter names, as the ticket's fields (a -1102 or a fix names the parameter). */
export const BINANCE_PARAM_FIELDS: Readonly<Record<string, VenueField>> = {
  symbol: 'symbol',
  side: 'side',
  type: 'type',
  price: 'price',
  quantity: 'quantity',
  quoteOrderQty: 'quantity',
  timeInForce: 'timeInForce',
  reduceOnly: 'reduceOnly',
  positionSide: 'positionSide',
  newClientOrderId: 'clientOrderId',
  clientOrderId: 'clientOrderId',
  cancelOrderId: 'replaceOrderId',
  cancelOrigClientOrderId: 'replaceOrderId',
};
const fieldOfParam = (param: string): VenueField | null =>
  Object.hasOwn(BINANCE_PARAM_FIELDS, param) ? (BINANCE_PARAM_FIELDS[param] ?? null) : null;

/** exchangeInfo's `symbols[]`, each entry kept as served. */
function symbolsOf(info: unknown): readonly SymbolEntry[] {
  return list(own(info, 'symbols')).flatMap((entry) => {
    const symbol = text(entry, 'symbol');
    return symbol === '' ? [] : [{ symbol, entry }];
  });
}

/** Tick, step and minimum order value from the entry's filters (Spot's NOTIONAL or MIN_NOTIONAL, the futures' MIN_NOTIONAL). */
function rulesOf({ symbol, entry }: SymbolEntry): SymbolRules | null {
  const filters = list(own(entry, 'filters'));
  const of = (type: string) => filters.find((f) => text(f, 'filterType') === type);
  const minNotional =
    text(of('NOTIONAL'), 'minNotional') ||
    text(of('MIN_NOTIONAL'), 'minNotional') ||
    text(of('MIN_NOTIONAL'), 'notional');
  const tickSize = text(of('PRICE_FILTER'), 'tickSize');
  const stepSize = text(of('LOT_SIZE'), 'stepSize');
  if (tickSize === '' || stepSize === '') return null;
  return {
    symbol,
    quoteAsset: text(entry, 'quoteAsset'),
    tickSize: plainDecimal(tickSize),
    stepSize: plainDecimal(stepSize),
    minNotional: plainDecimal(minNotional),
  };
}

/** An order answer (`POST …/order`, or an entry of `GET …/openOrders`). */
function readOrder(answer: unknown): PlacedOrder | null {
  const side = sideOf(text(answer, 'side'));
  const orderId = text(answer, 'orderId');
  if (!side || orderId === '') return null;
  return {
    orderId,
    symbol: text(answer, 'symbol'),
    side,
    type: text(answer, 'type'),
    price: plainDecimal(text(answer, 'price')),
    quantity: plainDecimal(text(answer, 'origQty')),
    status: text(answer, 'status'),
  };
}

function readOpenOrders(answer: unknown): readonly OpenOrderRow[] {
  return list(answer).flatMap((entry) => {
    const order = readOrder(entry);
    if (!order) return [];
    return [
      {
        ...order,
        executed: plainDecimal(text(entry, 'executedQty')),
        timeInForce: text(entry, 'timeInForce'),
        clientOrderId: text(entry, 'clientOrderId'),
      },
    ];
  });
}

/** `GET /api/v3/account`'s balances, the assets the account holds (zero balances left out). */
function readBalances(answer: unknown): readonly BalanceRow[] {
  return list(own(answer, 'balances')).flatMap((b) => {
    const row = {
      asset: text(b, 'asset'),
      free: plainDecimal(text(b, 'free')),
      locked: plainDecimal(text(b, 'locked')),
    };
    const held = Number(row.free) > 0 || Number(row.locked) > 0;
    return row.asset !== '' && held ? [row] : [];
  });
}

/** `GET /fapi/v3/positionRisk`: the open positions (a size of 0 is none), long or short by the sign. */
function readPositions(answer: unknown): readonly PositionRow[] {
  return list(answer).flatMap((p) => {
    const amount = text(p, 'positionAmt');
    const size = Number(amount);
    if (text(p, 'symbol') === '' || !Number.isFinite(size) || size === 0) return [];
    return [
      {
        symbol: text(p, 'symbol'),
        side: size > 0 ? 'LONG' : 'SHORT',
        quantity: plainDecimal(amount.replace(/^-/, '')),
        entryPrice: plainDecimal(text(p, 'entryPrice')),
        markPrice: plainDecimal(text(p, 'markPrice')),
        unrealizedPnl: text(p, 'unRealizedProfit'),
      },
    ];
  });
}

const trimmed = (value: string) => value.trim();
/** Spot pairs and USDⓈ-M perpetuals quoted in USDT, as the demo lists them. */
const USDT_SYMBOL = /^[A-Z0-9]+USDT$/;

/** A Spot order as `POST /api/v3/order` takes it: a price and timeInForce only where its type has them. */
function spotParams(v: TicketValues, side: OrderSide): Readonly<Record<string, ParamValue>> {
  return {
    symbol: trimmed(v.symbol),
    side,
    type: v.type,
    timeInForce: v.type === 'LIMIT' ? v.timeInForce : undefined,
    price: v.type === 'MARKET' ? undefined : trimmed(v.price),
    quantity: trimmed(v.quantity),
    newClientOrderId: trimmed(v.clientOrderId) || undefined,
  };
}

/** A USDⓈ-M order as `POST /fapi/v1/order` takes it. */
function usdmParams(v: TicketValues, side: OrderSide): Readonly<Record<string, ParamValue>> {
  const limit = v.type !== 'MARKET';
  return {
    symbol: trimmed(v.symbol),
    side,
    positionSide: v.positionSide,
    type: v.type,
    timeInForce: limit ? v.timeInForce : undefined,
    price: limit ? trimmed(v.price) : undefined,
    quantity: trimmed(v.quantity),
    reduceOnly: v.reduceOnly || undefined,
    newClientOrderId: trimmed(v.clientOrderId) || undefined,
  };
}

export const binanceSpotVenue: Venue = {
  id: 'spot',
  exchange: 'binance',
  product: 'spot',
  errors: binanceSpot,
  defaultSymbol: 'BTCUSDT',
  symbolPattern: USDT_SYMBOL,
  paths: {
    order: '/api/v3/order',
    cancel: '/api/v3/order',
    cancelMethod: 'DELETE',
    exchangeInfo: '/api/v3/exchangeInfo',
    openOrders: '/api/v3/openOrders',
  },
  symbolsOf,
  rulesOf,
  // PERCENT_PRICE(_BY_SIDE) and a market order's NOTIONAL are judged against the average price.
  facts: [
    { key: 'avgPrice', path: '/api/v3/avgPrice' },
    { key: 'book', path: '/api/v3/ticker/bookTicker' },
  ],
  fields: new Set(['symbol', 'side', 'type', 'price', 'quantity', 'timeInForce', 'clientOrderId', 'replaceOrderId']),
  orderTypes: ['LIMIT', 'MARKET', 'LIMIT_MAKER'],
  timeInForce: ['GTC', 'IOC', 'FOK'],
  orderParams: spotParams,
  fieldOfParam,
  readOrder,
  readOpenOrders,
  holdings: { kind: 'balances', path: '/api/v3/account', read: readBalances },
  cancelReplace: {
    path: '/api/v3/order/cancelReplace',
    params: (order, replaceId) => ({ ...order, cancelReplaceMode: 'STOP_ON_FAILURE', cancelOrderId: replaceId }),
    readPlaced: (answer) => readOrder(own(answer, 'newOrderResponse')),
  },
};

export const binanceUsdmVenue: Venue = {
  id: 'usdm',
  exchange: 'binance',
  product: 'usdm',
  errors: binanceUsdm,
  defaultSymbol: 'BTCUSDT',
  symbolPattern: USDT_SYMBOL,
  paths: {
    order: '/fapi/v1/order',
    cancel: '/fapi/v1/order',
    cancelMethod: 'DELETE',
    exchangeInfo: '/fapi/v1/exchangeInfo',
    openOrders: '/fapi/v1/openOrders',
  },
  symbolsOf,
  rulesOf,
  // PERCENT_PRICE and a market order's notional are judged against the mark price; a market order's band against the book.
  facts: [
    { key: 'markPrice', path: '/fapi/v1/premiumIndex' },
    { key: 'book', path: '/fapi/v1/ticker/bookTicker' },
  ],
  fields: new Set([
    'symbol',
    'side',
    'type',
    'price',
    'quantity',
    'timeInForce',
    'reduceOnly',
    'positionSide',
    'clientOrderId',
  ]),
  orderTypes: ['LIMIT', 'MARKET'],
  timeInForce: ['GTC', 'IOC', 'FOK', 'GTX'],
  orderParams: usdmParams,
  fieldOfParam,
  readOrder,
  readOpenOrders,
  holdings: { kind: 'positions', path: '/fapi/v3/positionRisk', read: readPositions },
};

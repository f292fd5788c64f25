/**
 * A Spot order as `POST /api/v3/order` reads it: the parameters an app sends (numbers as strings, as
 * Binance reads them; a JS number is read as its plain decimal). `undefined` means not sent.
 */
import { sentNumberOf, sentTextOf, type SentNumber } from '../shared/read.js';

export const SPOT_ORDER_TYPES = [
  'LIMIT',
  'MARKET',
  'STOP_LOSS',
  'STOP_LOSS_LIMIT',
  'TAKE_PROFIT',
  'TAKE_PROFIT_LIMIT',
  'LIMIT_MAKER',
] as const;

/** Stop-loss and take-profit orders: what Binance's filters call "algo" orders. */
export const ALGO_TYPES: ReadonlySet<string> = new Set([
  'STOP_LOSS',
  'STOP_LOSS_LIMIT',
  'TAKE_PROFIT',
  'TAKE_PROFIT_LIMIT',
]);

export interface SpotOrderDraft {
  readonly symbol?: string;
  /** `BUY` or `SELL`. */
  readonly side?: string;
  /** `LIMIT`, `MARKET`, `LIMIT_MAKER`, `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT`, `TAKE_PROFIT_LIMIT`. */
  readonly type?: string;
  readonly timeInForce?: string;
  readonly quantity?: string | number;
  /** A MARKET order sized by what it spends (buy) or receives (sell) in the quote asset. */
  readonly quoteOrderQty?: string | number;
  readonly price?: string | number;
  readonly stopPrice?: string | number;
  /** Basis points (an integer), for trailing stops. */
  readonly trailingDelta?: string | number;
  /** The visible part of an iceberg order. */
  readonly icebergQty?: string | number;
  readonly newClientOrderId?: string;
}

export interface SentSpotOrder {
  readonly symbol: string | undefined;
  readonly side: string | undefined;
  readonly type: string | undefined;
  readonly timeInForce: string | undefined;
  readonly quantity: SentNumber | undefined;
  readonly quoteOrderQty: SentNumber | undefined;
  readonly price: SentNumber | undefined;
  readonly stopPrice: SentNumber | undefined;
  readonly trailingDelta: SentNumber | undefined;
  readonly icebergQty: SentNumber | undefined;
  readonly newClientOrderId: string | undefined;
}

export function readSpotOrder(order: unknown): SentSpotOrder {
  return {
    symbol: sentTextOf(order, 'symbol'),
    side: sentTextOf(order, 'side'),
    type: sentTextOf(order, 'type'),
    timeInForce: sentTextOf(order, 'timeInForce'),
    quantity: sentNumberOf(order, 'quantity'),
    quoteOrderQty: sentNumberOf(order, 'quoteOrderQty'),
    price: sentNumberOf(order, 'price'),
    stopPrice: sentNumberOf(order, 'stopPrice'),
    trailingDelta: sentNumberOf(order, 'trailingDelta'),
    icebergQty: sentNumberOf(order, 'icebergQty'),
    newClientOrderId: sentTextOf(order, 'newClientOrderId'),
  };
}

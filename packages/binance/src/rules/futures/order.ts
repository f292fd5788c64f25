/**
 * A futures order as `POST /fapi/v1/order` (USDⓈ-M), `/dapi/v1/order` (COIN-M) or `/papi/v1/um/order`
 * and `/papi/v1/cm/order` (Portfolio Margin) read it. `undefined` means not sent.
 */
import { sentFlagOf, sentNumberOf, sentTextOf, type SentNumber } from '../shared/read.js';

export const FUTURES_ORDER_TYPES = [
  'LIMIT',
  'MARKET',
  'STOP',
  'STOP_MARKET',
  'TAKE_PROFIT',
  'TAKE_PROFIT_MARKET',
  'TRAILING_STOP_MARKET',
] as const;

export interface FuturesOrderDraft {
  readonly symbol?: string;
  readonly side?: string;
  readonly positionSide?: string;
  readonly type?: string;
  readonly timeInForce?: string;
  readonly quantity?: string | number;
  readonly price?: string | number;
  /** STOP, STOP_MARKET, TAKE_PROFIT, TAKE_PROFIT_MARKET (`triggerPrice` on the algo-order endpoint). */
  readonly stopPrice?: string | number;
  readonly triggerPrice?: string | number;
  readonly reduceOnly?: boolean | string;
  /** GTD orders: when they expire (ms). */
  readonly goodTillDate?: string | number;
  readonly newClientOrderId?: string;
}

export interface SentFuturesOrder {
  readonly symbol: string | undefined;
  readonly side: string | undefined;
  readonly type: string | undefined;
  readonly timeInForce: string | undefined;
  readonly quantity: SentNumber | undefined;
  readonly price: SentNumber | undefined;
  readonly stopPrice: SentNumber | undefined;
  readonly reduceOnly: boolean | string | undefined;
  readonly goodTillDate: string | undefined;
  readonly newClientOrderId: string | undefined;
}

export function readFuturesOrder(order: unknown): SentFuturesOrder {
  return {
    symbol: sentTextOf(order, 'symbol'),
    side: sentTextOf(order, 'side'),
    type: sentTextOf(order, 'type'),
    timeInForce: sentTextOf(order, 'timeInForce'),
    quantity: sentNumberOf(order, 'quantity'),
    price: sentNumberOf(order, 'price'),
    stopPrice: sentNumberOf(order, 'stopPrice') ?? sentNumberOf(order, 'triggerPrice'),
    reduceOnly: sentFlagOf(order, 'reduceOnly'),
    goodTillDate: sentTextOf(order, 'goodTillDate'),
    newClientOrderId: sentTextOf(order, 'newClientOrderId'),
  };
}

export function isReduceOnly(order: SentFuturesOrder): boolean {
  return order.reduceOnly === true || order.reduceOnly === 'true';
}

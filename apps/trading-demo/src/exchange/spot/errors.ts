/**
 * Spot's (`/api/`) error answers, written out as Binance sends them. The texts are copied from
 * Binance's Spot error document (packages/binance-spot/source/binance-spot-error-code.en.md: its
 * code list, the matching-engine table for -2010 / -2011 and the "Filter failure" table), never from
 * the kit's catalog, so the demo's tests check the kit against text it did not produce. The
 * cancel-replace answers (-2021 / -2022 with their `data`) follow the REST API's documented
 * examples for `POST /api/v3/order/cancelReplace`.
 */
import { bad, type ExchangeError } from '../errors.js';
import type { LimitSpec } from '../limits.js';

/** What `newClientOrderId` may hold on Spot. */
export const SPOT_CLIENT_ORDER_ID_RANGE = '^[a-zA-Z0-9-_]{1,36}$';

/** What each half of a cancel-replace did: its `data` object. */
export interface CancelReplaceData {
  readonly cancelResult: 'SUCCESS' | 'FAILURE';
  readonly newOrderResult: 'SUCCESS' | 'FAILURE' | 'NOT_ATTEMPTED';
  readonly cancelResponse: unknown;
  readonly newOrderResponse: unknown;
}

export const spotErrors = {
  /** -1013: the request broke a filter (its `filterType`) and never reached the matching engine. */
  filterFailure: (filter: string) => bad(-1013, `Filter failure: ${filter}`),
  /** -1013: an order type the pair's `orderTypes` leaves out (the message names the type). */
  unsupported: (msg: string) => bad(-1013, msg),
  icebergExceedsQuantity: () => bad(-1013, 'IcebergQty exceeds QTY.'),
  /** -1111, naming the parameter (Spot's wording; Options and futures say it differently). */
  tooPrecise: (param: string) => bad(-1111, `Parameter '${param}' has too much precision.`),
  /** -1102's bound variant: Spot refuses a recvWindow above 60000 with it. */
  tooLarge: (param: string, max: string) =>
    bad(-1102, `'${param}' contains unexpected value. Cannot be greater than ${max}.`),
  /** -2010 from the matching engine, one message per cause. */
  insufficientBalance: () => bad(-2010, 'Account has insufficient balance for requested action.'),
  duplicateOrder: () => bad(-2010, 'Duplicate order sent.'),
  wouldMatchAndTake: () => bad(-2010, 'Order would immediately match and take.'),
  wouldTriggerImmediately: () => bad(-2010, 'Order would trigger immediately.'),
  /** -2011: a cancel of an order the book does not hold. */
  unknownOrderCancel: () => bad(-2011, 'Unknown order sent.'),
  /** One half failed, the other went through (or was not attempted after a successful cancel): 409. */
  cancelReplacePartial: (data: CancelReplaceData): ExchangeError => ({
    status: 409,
    code: -2021,
    msg: 'Order cancel-replace partially failed.',
    data,
  }),
  /** Nothing happened: the cancel failed and the new order failed or was not attempted. */
  cancelReplaceFailed: (data: CancelReplaceData): ExchangeError => ({
    status: 400,
    code: -2022,
    msg: 'Order cancel-replace failed.',
    data,
  }),
  invalidCancelReplaceMode: () => bad(-1130, "Data sent for parameter 'cancelReplaceMode' is not valid."),
} satisfies Record<string, (...args: never[]) => ExchangeError>;

/** Spot's request-weight and order-rate limits (6,000 weight a minute, 50 orders per 10 s) and answers. */
export const SPOT_LIMITS: LimitSpec = {
  weight: { limit: 6000, intervalNum: 1, interval: 'MINUTE', ms: 60_000 },
  orders: { limit: 50, intervalNum: 10, interval: 'SECOND', ms: 10_000 },
  weightExceeded: (w, retryAfter) => ({
    status: 429,
    code: -1003,
    msg: `Too much request weight used; current limit is ${w.limit} request weight per ${w.intervalNum} ${w.interval}. Please use WebSocket Streams for live updates to avoid polling the API.`,
    headers: { 'retry-after': String(retryAfter) },
  }),
  ipBanned: (until, now) => ({
    status: 418,
    code: -1003,
    msg: `Way too much request weight used; IP banned until ${until}. Please use WebSocket Streams for live updates to avoid bans.`,
    headers: { 'retry-after': String(Math.max(1, Math.ceil((until - now) / 1000))) },
  }),
  tooManyOrders: (w, retryAfter) => ({
    status: 429,
    code: -1015,
    msg: `Too many new orders; current limit is ${w.limit} orders per ${w.intervalNum} ${w.interval}.`,
    headers: { 'retry-after': String(retryAfter) },
  }),
};

/**
 * Binance's error answers, written out as the exchange sends them: HTTP status and `{code, msg}` with
 * the values filled in. Deliberately independent of the kit's catalog, so the demo's tests check the
 * kit against text it did not produce.
 */
import type { SimHttpResponse } from './types.js';

export interface ExchangeError {
  readonly status: number;
  readonly code: number;
  readonly msg: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Extra detail some answers carry beside code and msg (Spot's cancel-replace: what each half did). */
  readonly data?: unknown;
}

/** A 400 with `{code, msg}`: how Binance answers a request it refuses. */
export const bad = (code: number, msg: string): ExchangeError => ({ status: 400, code, msg });

export const DECIMAL_RANGE = '^([0-9]{1,20})(\\.[0-9]{1,20})?$';
export const CLIENT_ORDER_ID_RANGE = '^[\\.A-Z\\:/a-z0-9_-]{1,36}$';

export const exchangeErrors = {
  unknown: () => ({ status: 500, code: -1000, msg: 'An unknown error occurred while processing the request.' }),
  tooManyRequests: (
    limit: number,
    intervalNum: number,
    intervalUnit: string,
    retryAfterSeconds: number,
  ): ExchangeError => ({
    status: 429,
    code: -1008,
    msg: `Too much request weight used; current limit is ${limit} request weight per ${intervalNum} ${intervalUnit}. Please use the websocket for live updates to avoid polling the API.`,
    headers: { 'retry-after': String(retryAfterSeconds) },
  }),
  ipBanned: (untilMs: number, now: number): ExchangeError => ({
    status: 418,
    code: -1008,
    msg: `Way too much request weight used; IP banned until ${untilMs}. Please use the websocket for live updates to avoid bans.`,
    headers: { 'retry-after': String(Math.max(1, Math.ceil((untilMs - now) / 1000))) },
  }),
  tooManyOrders: (limit: number, interval: string, retryAfterSeconds: number): ExchangeError => ({
    status: 429,
    code: -1015,
    msg: `Too many new orders; current limit is ${limit} orders per ${interval}.`,
    headers: { 'retry-after': String(retryAfterSeconds) },
  }),
  timestampOutside: () => bad(-1021, 'Timestamp for this request is outside of the recvWindow.'),
  timestampAhead: () => bad(-1021, "Timestamp for this request was 1000ms ahead of the server's time."),
  badSignature: () => bad(-1022, 'Signature for this request is not valid.'),
  unsupportedCombination: () => bad(-1014, 'Unsupported order combination.'),
  duplicateParam: () => bad(-1101, 'Duplicate values for a parameter detected.'),
  illegalChars: (param: string, range: string) =>
    bad(-1100, `Illegal characters found in parameter '${param}'; legal range is '${range}'.`),
  mandatory: (param: string) =>
    bad(-1102, `Mandatory parameter '${param}' was not sent, was empty/null, or malformed.`),
  eitherParam: (param: string, otherParam: string) =>
    bad(-1102, `Param '${param}' or '${otherParam}' must be sent, but both were empty/null!`),
  notRequired: (param: string) => bad(-1106, `Parameter '${param}' sent when not required.`),
  badTimeInForce: () => bad(-1115, 'Invalid timeInForce.'),
  badOrderType: () => bad(-1116, 'Invalid orderType.'),
  badSide: () => bad(-1117, 'Invalid side.'),
  badSymbol: () => bad(-1121, 'Invalid symbol.'),
  badUnderlying: () => bad(-1128, 'Invalid underlying'),
  badRecvWindow: () => bad(-1131, 'recvWindow must be less than 60000'),
  noSuchOrder: () => bad(-2013, 'Order does not exist.'),
  badApiKeyFormat: (): ExchangeError => ({ status: 401, code: -2014, msg: 'API-key format invalid.' }),
  invalidApiKey: (): ExchangeError => ({
    status: 401,
    code: -2015,
    msg: 'Invalid API-key, IP, or permissions for action.',
  }),
  balance: () => bad(-2018, 'Balance is insufficient.'),
  margin: () => bad(-2027, 'Option margin is insufficient.'),
  badPrecision: () => bad(-1111, 'Precision is over the maximum defined for this asset.'),
  priceBelowZero: () => bad(-4001, 'Price less than 0.'),
  priceAboveMax: () => bad(-4002, 'Price greater than max price.'),
  qtyBelowZero: () => bad(-4003, 'Quantity less than zero.'),
  qtyBelowMin: () => bad(-4004, 'Quantity less than min quantity.'),
  qtyAboveMax: () => bad(-4005, 'Quantity greater than max quantity.'),
  priceBelowMin: () => bad(-4013, 'Price less than min price.'),
  tickSize: () => bad(-4029, 'Tick size precision is invalid.'),
  stepSize: () => bad(-4030, 'Step size precision is invalid.'),
  invalidMmpWindow: () => bad(-6001, 'Invalid mmp window time limit'),
  invalidMmpFrozen: () => bad(-6002, 'Invalid mmp frozen time limit'),
  mmpUnderlyingNotFound: () => bad(-6004, 'Underlying not found'),
  batchTooLarge: () => bad(-6011, 'Maximum 10 orders in one batchOrder request.'),
  orderIsFinal: () => bad(-6028, 'Order is in final state'),
  duplicateClientOrderId: () => bad(-6044, 'clientOrderId is duplicated'),
  reduceOnly: () =>
    bad(
      -6045,
      'Reduce-only order rejected. The new reduce-only order conflicts with existing open orders. Please cancel the conflicting orders and resubmit.',
    ),
  fokRejected: () => bad(-6046, 'Due to the order could not be filled immediately, the FOK order has been rejected.'),
  postOnlyRejected: () =>
    bad(-6047, 'Due to the order could not be executed as maker, the Post Only order will be rejected.'),
  orderQtyAboveMax: () => bad(-6054, 'Quantity greater than max quantity'),
  mmpTriggered: () => bad(-6058, 'MMP triggered. Please reset MMP config'),
} satisfies Record<string, (...args: never[]) => ExchangeError>;

/** Thrown inside the exchange; the router turns it into the HTTP answer. */
export class ExchangeRejection extends Error {
  constructor(readonly error: ExchangeError) {
    super(error.msg);
    this.name = 'ExchangeRejection';
  }
}

export function reject(error: ExchangeError): never {
  throw new ExchangeRejection(error);
}

export function errorBody(error: ExchangeError): { code: number; msg: string; data?: unknown } {
  return error.data === undefined
    ? { code: error.code, msg: error.msg }
    : { code: error.code, msg: error.msg, data: error.data };
}

export function jsonResponse(
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): SimHttpResponse {
  return {
    status,
    headers: { 'content-type': 'application/json;charset=UTF-8', ...headers },
    body: JSON.stringify(body),
  };
}

export function errorResponse(error: ExchangeError): SimHttpResponse {
  return jsonResponse(error.status, errorBody(error), error.headers);
}

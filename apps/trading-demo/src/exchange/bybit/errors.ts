/**
 * Bybit's v5 answers, written out as its servers send them: HTTP 200 with `{retCode, retMsg, result,
 * retExtInfo, time}`, `retCode: 0` a success. Each text is Bybit's own, from an answer its servers
 * really sent (quoted in public issue trackers, collected in packages/bybit/src/fixtures/real-payloads.ts)
 * or, where none was quoted, from Bybit's error-code page (packages/bybit/source/). They are written
 * out here, not taken from the kit's catalog, so the demo's tests check the kit against text it did
 * not produce. Which condition earns which answer is our reading where Bybit's docs name none.
 */
export interface BybitError {
  readonly retCode: number;
  readonly retMsg: string;
  /** HTTP status: 200 for every retCode; 403 for the IP ban (Bybit's "access too frequent"). */
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
}

const e = (retCode: number, retMsg: string): BybitError => ({ retCode, retMsg });

export const bybitErrors = {
  /** Real: bybit-api issue 282 (a spot limit order), and 248. */
  params: () => e(10001, 'Request parameter error.'),
  /** Real: pybit issue 168 (an order of qty "0"). */
  qtyBelowMin: () => e(10001, 'The number of contracts exceeds minimum limit allowed'),
  /** Real: pybit issue 284; the server prints quantities in units of 10^-8. */
  qtyAboveMax: (qtyUnits: string, maxUnits: string) =>
    e(
      10001,
      `The number of contracts exceeds maximum limit allowed: too large, order_qty:${qtyUnits} > max_qty:${maxUnits}`,
    ),
  /** Real: sieblyio/bybit-api issue 232 (the maintainer's own answer). */
  recvWindow: (requestMs: number, serverMs: number, recvWindow: number) =>
    e(
      10002,
      `invalid request, please check your server timestamp or recv_window param. req_timestamp[${requestMs}],server_timestamp[${serverMs}],recv_window[${recvWindow}]`,
    ),
  /** Real: bybit-java-api issue 57, Bybit.Net issue 240. */
  invalidApiKey: () => e(10003, 'API key is invalid.'),
  /** Bybit's page (the server adds the signed string after it). */
  badSign: () => e(10004, 'Error sign, please check your signature generation algorithm.'),
  /** Real: ccxt's raw body (directionalscalper issue 57). */
  tooManyVisits: (headers: Readonly<Record<string, string>>) => ({ ...e(10006, 'Too many visits'), headers }),
  /** Bybit's page, the REST section: the order may or may not have been placed. */
  serverError: () => e(10016, 'Server error.'),
  /** Real: hirokisan/bybit issue 129 (a linear cancel). */
  orderNotFound: () => e(110001, 'Order does not exist'),
  /** Real: ccxt issue 20967 (a linear limit buy far from the market). */
  priceInvalid: () => e(110003, 'price is invalid'),
  /** Real: ccxt issue 18976 (a linear market order). */
  insufficientBalance: () => e(110007, 'Insufficient available balance'),
  /** Real: ccxt issue 19588 (a linear reduce-only sell). */
  reduceOnly: () => e(110017, 'Reduce-only rule not satisfied'),
  /** Bybit's page. */
  duplicateOrderLinkId: () => e(110072, 'OrderLinkedID is duplicate'),
  /** Bybit's page. */
  notionalTooLow: () => e(110094, 'Order notional value below the lower limit'),
} satisfies Record<string, (...args: never[]) => BybitError>;

/** Thrown inside Bybit's API; its router turns it into the answer. */
export class BybitRejection extends Error {
  constructor(readonly error: BybitError) {
    super(error.retMsg);
    this.name = 'BybitRejection';
  }
}

export function bybitReject(error: BybitError): never {
  throw new BybitRejection(error);
}

/** Bybit's envelope, as every v5 answer has it. */
export function bybitBody(retCode: number, retMsg: string, result: unknown, now: number) {
  return { retCode, retMsg, result, retExtInfo: {}, time: now };
}

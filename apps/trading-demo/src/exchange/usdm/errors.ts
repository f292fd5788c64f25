/**
 * USDⓈ-M futures' (`/fapi/`) error answers, written out as Binance sends them. The texts are copied
 * from Binance's USDⓈ-M error document (packages/binance-usdm/source/binance-usdm-error-code.en.md,
 * unescaped), never from the kit's catalog, so the demo's tests check the kit against text it did not
 * produce. Codes shared with Options and Spot in wording (-1102, -1121, -2014, …) come from errors.ts.
 */
import { bad, type ExchangeError } from '../errors.js';
import type { LimitSpec } from '../limits.js';

export const usdmErrors = {
  badPrecision: () => bad(-1111, 'Precision is over the maximum defined for this asset.'),
  /** The document names no recvWindow bound for futures; the generic invalid-parameter answer. */
  badRecvWindow: () => bad(-1130, "Data sent for parameter 'recvWindow' is not valid."),
  margin: () => bad(-2019, 'Margin is insufficient.'),
  /** -2011's order-book wording ("Unknown order sent."), as the cancel answers it. */
  unknownOrderCancel: () => bad(-2011, 'Unknown order sent.'),
  reduceOnlyRejected: () => bad(-2022, 'ReduceOnly Order is rejected.'),
  priceBelowZero: () => bad(-4001, 'Price less than 0.'),
  priceAboveMax: () => bad(-4002, 'Price greater than max price.'),
  qtyNotPositive: () => bad(-4003, 'Quantity less than zero.'),
  qtyBelowMin: () => bad(-4004, 'Quantity less than min quantity.'),
  qtyAboveMax: () => bad(-4005, 'Quantity greater than max quantity.'),
  priceBelowMin: () => bad(-4013, 'Price less than min price.'),
  tickSize: () => bad(-4014, 'Price not increased by tick size.'),
  aboveMultiplierUp: () => bad(-4016, 'Price is higher than mark price multiplier cap.'),
  stepSize: () => bad(-4023, 'Qty not increased by step size.'),
  belowMultiplierDown: () => bad(-4024, 'Price is lower than mark price multiplier floor.'),
  positionSide: () => bad(-4061, "Order's position side does not match user's setting."),
  duplicateClientOrderId: () => bad(-4116, 'clientOrderId is duplicated'),
  minNotional: (notional: string) =>
    bad(-4164, `Order's notional must be no smaller than ${notional} (unless you choose reduce only)`),
  postOnlyRejected: () =>
    bad(-5022, 'Due to the order could not be executed as maker, the Post Only order will be rejected.'),
} satisfies Record<string, (...args: never[]) => ExchangeError>;

/** USDⓈ-M's limits (2,400 weight a minute, 300 orders per 10 s) and answers. */
export const USDM_LIMITS: LimitSpec = {
  weight: { limit: 2400, intervalNum: 1, interval: 'MINUTE', ms: 60_000 },
  orders: { limit: 300, intervalNum: 10, interval: 'SECOND', ms: 10_000 },
  weightExceeded: (w, retryAfter) => ({
    status: 429,
    code: -1003,
    msg: `Too many requests; current limit is ${w.limit} requests per minute. Please use the websocket for live updates to avoid polling the API.`,
    headers: { 'retry-after': String(retryAfter) },
  }),
  ipBanned: (until, now) => ({
    status: 418,
    code: -1003,
    msg: `Way too many requests; IP banned until ${until}. Please use the websocket for live updates to avoid bans.`,
    headers: { 'retry-after': String(Math.max(1, Math.ceil((until - now) / 1000))) },
  }),
  tooManyOrders: (w, retryAfter) => ({
    status: 429,
    code: -1015,
    msg: `Too many new orders; current limit is ${w.limit} orders per ${w.intervalNum} ${w.interval}.`,
    headers: { 'retry-after': String(retryAfter) },
  }),
};

/**
 * The checks `POST /api/v3/order` runs on the parameters themselves, before any filter, in the order
 * this kit runs them: the symbol, the side, the type (-1116, and -1013 for a type the symbol's
 * `orderTypes` leaves out), then mandatory and unwanted parameters by order type (-1102, -1106),
 * enums (-1115), number formats (-1100), then precision (-1111) and what the symbol allows at all
 * (-1013: iceberg, quote-sized and trailing orders, an iceberg larger than its order). Parameter rules
 * per type are those of Binance's `POST /api/v3/order` documentation.
 */
import { compareDecimal } from '../shared/decimal.js';
import { tooPrecise } from '../shared/precision.js';
import type { SentNumber } from '../shared/read.js';
import type { OrderFailure, OrderField } from '../shared/types.js';
import { CLIENT_ORDER_ID_RANGE, DECIMAL_RANGE, failure, INTEGER_RANGE, TYPE_NOT_SUPPORTED } from './answers.js';
import type { SpotFacts } from './facts.js';
import { SPOT_ORDER_TYPES } from './order.js';

const DECIMAL = /^[0-9]{1,20}(\.[0-9]{1,20})?$/;
const INTEGER = /^[0-9]{1,20}$/;
const CLIENT_ORDER_ID = /^[a-zA-Z0-9_-]{1,36}$/;

const TYPES: ReadonlySet<string> = new Set(SPOT_ORDER_TYPES);
const WITH_TIME_IN_FORCE = new Set(['LIMIT', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT_LIMIT']);
const WITH_PRICE = new Set(['LIMIT', 'LIMIT_MAKER', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT_LIMIT']);
const WITH_STOP = new Set(['STOP_LOSS', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT', 'TAKE_PROFIT_LIMIT']);
const WITH_ICEBERG = WITH_PRICE;

const mandatory = (param: OrderField) => failure(-1102, 'param', param, { param });
const unwanted = (param: OrderField) => failure(-1106, 'param', param, { param });
const illegal = (param: OrderField, legalRange: string) => failure(-1100, 'range', param, { param, legalRange });

/** One parameter: required, allowed, and well-formed. */
function presence(
  name: OrderField,
  sent: SentNumber | string | undefined,
  required: boolean,
  allowed: boolean,
): OrderFailure | null {
  if (sent === undefined) return required ? mandatory(name) : null;
  return allowed ? null : unwanted(name);
}

function format(name: OrderField, sent: SentNumber | undefined, pattern: RegExp, range: string): OrderFailure | null {
  return sent !== undefined && !pattern.test(sent.text) ? illegal(name, range) : null;
}

/** The parameter checks, in order; fields already failed are not judged again by the filters. */
export function parameterFailures(facts: SpotFacts): OrderFailure[] {
  const { order } = facts;
  const out: (OrderFailure | null)[] = [];
  if (order.symbol === undefined) out.push(mandatory('symbol'));
  if (order.side === undefined) out.push(mandatory('side'));
  else if (order.side !== 'BUY' && order.side !== 'SELL') out.push(failure(-1117, 'default', 'side'));
  const type = order.type;
  const notSupported = type === undefined ? undefined : TYPE_NOT_SUPPORTED[type];
  const listed = facts.symbol?.orderTypes;
  const unlisted = type !== undefined && notSupported !== undefined && listed && !listed.includes(type);
  if (type === undefined) out.push(mandatory('type'));
  else if (!TYPES.has(type)) out.push(failure(-1116, 'default', 'type'));
  else if (unlisted) out.push(failure(-1013, notSupported, 'type'));
  if (type !== undefined && TYPES.has(type) && !unlisted) {
    const market = type === 'MARKET';
    out.push(presence('timeInForce', order.timeInForce, WITH_TIME_IN_FORCE.has(type), WITH_TIME_IN_FORCE.has(type)));
    if (
      order.timeInForce !== undefined &&
      WITH_TIME_IN_FORCE.has(type) &&
      !['GTC', 'IOC', 'FOK'].includes(order.timeInForce)
    )
      out.push(failure(-1115, 'default', 'timeInForce'));
    if (market && order.quantity === undefined && order.quoteOrderQty === undefined)
      out.push(failure(-1102, 'either', 'quantity', { param: 'quantity', otherParam: 'quoteOrderQty' }));
    else if (market && order.quantity !== undefined && order.quoteOrderQty !== undefined)
      out.push(unwanted('quoteOrderQty'));
    else {
      out.push(presence('quantity', order.quantity, !market, true));
      out.push(presence('quoteOrderQty', order.quoteOrderQty, false, market));
    }
    out.push(format('quantity', order.quantity, DECIMAL, DECIMAL_RANGE));
    if (market) out.push(format('quoteOrderQty', order.quoteOrderQty, DECIMAL, DECIMAL_RANGE));
    out.push(presence('price', order.price, WITH_PRICE.has(type), WITH_PRICE.has(type)));
    if (WITH_PRICE.has(type)) out.push(format('price', order.price, DECIMAL, DECIMAL_RANGE));
    if (WITH_STOP.has(type) && order.stopPrice === undefined && order.trailingDelta === undefined)
      out.push(failure(-1102, 'either', 'stopPrice', { param: 'stopPrice', otherParam: 'trailingDelta' }));
    out.push(presence('stopPrice', order.stopPrice, false, WITH_STOP.has(type)));
    out.push(presence('trailingDelta', order.trailingDelta, false, WITH_STOP.has(type)));
    if (WITH_STOP.has(type)) {
      out.push(format('stopPrice', order.stopPrice, DECIMAL, DECIMAL_RANGE));
      out.push(format('trailingDelta', order.trailingDelta, INTEGER, INTEGER_RANGE));
    }
    out.push(presence('icebergQty', order.icebergQty, false, WITH_ICEBERG.has(type)));
    if (WITH_ICEBERG.has(type)) out.push(format('icebergQty', order.icebergQty, DECIMAL, DECIMAL_RANGE));
  }
  const id = order.newClientOrderId;
  if (id !== undefined && !CLIENT_ORDER_ID.test(id)) out.push(illegal('newClientOrderId', CLIENT_ORDER_ID_RANGE));
  return dedupe(out);
}

/** At most one failure per parameter: the first, as the exchange stops at it. */
function dedupe(list: readonly (OrderFailure | null)[]): OrderFailure[] {
  const seen = new Set<string>();
  const out: OrderFailure[] = [];
  for (const f of list) {
    if (!f) continue;
    const key = f.field ?? `#${out.length}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

/** -1111: a number with more decimals than the symbol's precision for it. */
export function precisionFailures(facts: SpotFacts, failed: ReadonlySet<string>): OrderFailure[] {
  const symbol = facts.symbol;
  if (!symbol) return [];
  const out: OrderFailure[] = [];
  const fields: [OrderField & keyof SpotFacts['order'], number | null][] = [
    ['price', symbol.quoteAssetPrecision],
    ['quantity', symbol.baseAssetPrecision],
    ['quoteOrderQty', symbol.quoteAssetPrecision],
    ['stopPrice', symbol.quoteAssetPrecision],
    ['icebergQty', symbol.baseAssetPrecision],
  ];
  for (const [field, digits] of fields) {
    const sent = facts.order[field];
    const value = typeof sent === 'object' ? sent.value : null;
    if (failed.has(field) || !value || !tooPrecise(value, digits)) continue;
    out.push(failure(-1111, 'default', field, { param: field }));
  }
  return out;
}

/** -1013 for what the symbol does not take at all, and an iceberg larger than its order. */
export function symbolFailures(facts: SpotFacts, failed: ReadonlySet<string>): OrderFailure[] {
  const { order, symbol } = facts;
  if (!symbol || order.type === undefined || failed.has('type')) return [];
  const out: OrderFailure[] = [];
  if (order.icebergQty !== undefined && !failed.has('icebergQty') && symbol.icebergAllowed === false)
    out.push(failure(-1013, 'icebergNotSupported', 'icebergQty'));
  if (order.quoteOrderQty !== undefined && !failed.has('quoteOrderQty') && symbol.quoteOrderQtyMarketAllowed === false)
    out.push(failure(-1013, 'quoteOrderQtyNotSupported', 'quoteOrderQty'));
  if (order.trailingDelta !== undefined && !failed.has('trailingDelta') && symbol.allowTrailingStop === false)
    out.push(failure(-1013, 'trailingStopNotSupported', 'trailingDelta'));
  const iceberg = order.icebergQty?.value;
  const quantity = order.quantity?.value;
  if (iceberg && quantity && !failed.has('icebergQty') && compareDecimal(iceberg, quantity) > 0)
    out.push(failure(-1013, 'icebergQtyExceedsQty', 'icebergQty'));
  return out;
}

/**
 * The checks a futures new-order endpoint runs on the parameters themselves, in the order this kit
 * runs them: mandatory and unwanted parameters by order type (-1102, -1106), enums (-1117, -1116,
 * -1115), number formats (-1100; a sign passes, so that -4001 and -4003 judge negatives, as the
 * futures answer them) and the client order id.
 */
import type { OrderFailure, OrderField } from '../shared/types.js';
import type { FuturesFacts } from './facts.js';
import { FUTURES_ORDER_TYPES } from './order.js';

/** Binance's legal range for decimals, as -1100 quotes it. */
export const DECIMAL_RANGE = '^([0-9]{1,20})(\\.[0-9]{1,20})?$';
/** The futures' legal range for `newClientOrderId`. */
export const CLIENT_ORDER_ID_RANGE = '^[\\.A-Z\\:/a-z0-9_-]{1,36}$';

const SIGNED_DECIMAL = /^-?[0-9]{1,20}(\.[0-9]{1,20})?$/;
const CLIENT_ORDER_ID = /^[.A-Z:/a-z0-9_-]{1,36}$/;
const TYPES: ReadonlySet<string> = new Set(FUTURES_ORDER_TYPES);
const TIME_IN_FORCE: ReadonlySet<string> = new Set(['GTC', 'IOC', 'FOK', 'GTX', 'GTD']);
export const WITH_PRICE: ReadonlySet<string> = new Set(['LIMIT', 'STOP', 'TAKE_PROFIT']);
const WITH_STOP: ReadonlySet<string> = new Set(['STOP', 'STOP_MARKET', 'TAKE_PROFIT', 'TAKE_PROFIT_MARKET']);

const failure = (
  code: number,
  variant: string,
  field: OrderField | null,
  values: Record<string, string> = {},
): OrderFailure => ({
  code,
  variant,
  values,
  field,
});
const mandatory = (param: OrderField) => failure(-1102, 'param', param, { param });
const illegal = (param: OrderField, legalRange: string) => failure(-1100, 'range', param, { param, legalRange });

export function parameterFailures(facts: FuturesFacts): OrderFailure[] {
  const { order, symbol } = facts;
  const out: OrderFailure[] = [];
  if (order.symbol === undefined) out.push(mandatory('symbol'));
  if (order.side === undefined) out.push(mandatory('side'));
  else if (order.side !== 'BUY' && order.side !== 'SELL') out.push(failure(-1117, 'default', 'side'));
  const type = order.type;
  const listed = symbol?.orderTypes;
  if (type === undefined) out.push(mandatory('type'));
  else if (!TYPES.has(type) || (listed && !listed.includes(type))) out.push(failure(-1116, 'default', 'type'));
  const known = type !== undefined && TYPES.has(type) && !(listed && !listed.includes(type));
  if (known && type === 'MARKET' && order.price !== undefined)
    out.push(failure(-1106, 'param', 'price', { param: 'price' }));
  if (known && WITH_PRICE.has(type)) {
    const tif = order.timeInForce;
    const allowed = symbol?.timeInForce;
    if (tif === undefined) out.push(mandatory('timeInForce'));
    else if (!TIME_IN_FORCE.has(tif) || (allowed && !allowed.includes(tif)))
      out.push(failure(-1115, 'default', 'timeInForce'));
    else if (tif === 'GTD' && order.goodTillDate === undefined) out.push(mandatory('goodTillDate'));
  }
  if (order.quantity === undefined) out.push(mandatory('quantity'));
  else if (!SIGNED_DECIMAL.test(order.quantity.text)) out.push(illegal('quantity', DECIMAL_RANGE));
  if (known && WITH_PRICE.has(type)) {
    if (order.price === undefined) out.push(mandatory('price'));
    else if (!SIGNED_DECIMAL.test(order.price.text)) out.push(illegal('price', DECIMAL_RANGE));
  }
  if (known && WITH_STOP.has(type)) {
    if (order.stopPrice === undefined) out.push(mandatory('stopPrice'));
    else if (!SIGNED_DECIMAL.test(order.stopPrice.text)) out.push(illegal('stopPrice', DECIMAL_RANGE));
  }
  const reduceOnly = order.reduceOnly;
  if (reduceOnly !== undefined && typeof reduceOnly !== 'boolean' && reduceOnly !== 'true' && reduceOnly !== 'false')
    out.push(mandatory('reduceOnly'));
  const id = order.newClientOrderId;
  if (id !== undefined && !CLIENT_ORDER_ID.test(id)) out.push(illegal('newClientOrderId', CLIENT_ORDER_ID_RANGE));
  return out;
}

/**
 * The checks `POST /eapi/v1/order` runs on the request itself, in the exchange's order: its
 * parameters, the symbol's filters and flags (what `validateOrder` reports before sending). Balance,
 * margin, positions, MMP and the book are the exchange's to judge.
 */
import type { OrderFailure } from '@exchange-errors/core';
import { readFacts, type OrderField, type SentNumber } from './order-context.js';
import { firstFailure, PRICE_RULES, QUANTITY_RULES } from './order-rules.js';

/** Binance's legal range for decimals, as -1100 quotes it. */
export const DECIMAL_RANGE = '^([0-9]{1,20})(\\.[0-9]{1,20})?$';
/** Binance's legal range for client order ids, as -1100 quotes it. */
export const CLIENT_ORDER_ID_RANGE = '^[\\.A-Z\\:/a-z0-9_-]{1,36}$';

// The sign is let through so that the range filters, not the character check, judge negatives
// (-4001 and -4003 exist for them).
const DECIMAL = /^-?[0-9]{1,20}(\.[0-9]{1,20})?$/;
const CLIENT_ORDER_ID = /^[.A-Z:/a-z0-9_-]{1,36}$/;

type Failure = OrderFailure & { readonly field: OrderField | null };

const failure = (
  code: number,
  field: OrderField | null,
  variant = 'default',
  values: Record<string, string> = {},
): Failure => ({ code, variant, values, field });
const mandatory = (param: OrderField) => failure(-1102, param, 'param', { param });
const illegal = (param: OrderField, legalRange: string) => failure(-1100, param, 'range', { param, legalRange });

function numberFailure(name: 'price' | 'quantity', sent: SentNumber | undefined): Failure | null {
  if (sent === undefined) return mandatory(name);
  return DECIMAL.test(sent.text) ? null : illegal(name, DECIMAL_RANGE);
}

function flagFailure(name: 'postOnly' | 'reduceOnly', value: boolean | string | undefined): Failure | null {
  return value === undefined || typeof value === 'boolean' || value === 'true' || value === 'false'
    ? null
    : mandatory(name);
}

/** Every check the request alone decides, in the exchange's order. */
export function failuresOf(context: unknown): Failure[] {
  const facts = readFacts(context);
  const sent = facts.order;
  const out: (Failure | null)[] = [];
  if (sent.symbol === undefined) out.push(mandatory('symbol'));
  out.push(
    sent.side === undefined
      ? mandatory('side')
      : sent.side === 'BUY' || sent.side === 'SELL'
        ? null
        : failure(-1117, 'side'),
  );
  out.push(sent.type === undefined ? mandatory('type') : sent.type === 'LIMIT' ? null : failure(-1116, 'type'));
  const quantity = numberFailure('quantity', sent.quantity);
  const price = numberFailure('price', sent.price);
  out.push(quantity, price);
  const timeInForce = sent.timeInForce ?? 'GTC';
  const tifValid = timeInForce === 'GTC' || timeInForce === 'IOC' || timeInForce === 'FOK';
  out.push(tifValid ? null : failure(-1115, 'timeInForce'));
  const postOnly = flagFailure('postOnly', sent.postOnly);
  out.push(postOnly, flagFailure('reduceOnly', sent.reduceOnly));
  if (!price) {
    const verdict = firstFailure(facts, PRICE_RULES);
    if (verdict) out.push(failure(verdict.code, 'price'));
  }
  if (!quantity) {
    const verdict = firstFailure(facts, QUANTITY_RULES);
    if (verdict) out.push(failure(verdict.code, 'quantity'));
  }
  if (!postOnly && tifValid && (sent.postOnly === true || sent.postOnly === 'true') && timeInForce !== 'GTC')
    out.push(failure(-1014, 'postOnly'));
  if (sent.clientOrderId !== undefined && !CLIENT_ORDER_ID.test(sent.clientOrderId))
    out.push(illegal('clientOrderId', CLIENT_ORDER_ID_RANGE));
  return out.filter((f): f is Failure => f !== null);
}

/**
 * `validateOrder(order, symbolInfo, { lng })`: the exchange's order checks, run before sending. Each
 * failure comes back as the error the exchange would answer (same code, same server text, so the same
 * title, message, hint and explanation as formatBinanceError gives for the real rejection), without a
 * round trip: a ticket can show it beside the field as the trader types.
 *
 * Only checks the request itself decides are run: parameters, the symbol's filters and flags. Balance,
 * margin, positions, MMP and the book are the exchange's to judge, so an order that passes here can
 * still be rejected for those.
 */
import { getErrorCodeInfo } from './catalog.js';
import { formatBinanceError, type FormatOptions, type FormattedBinanceError } from './format.js';
import { readOwn, type I18nLike } from '@exchange-errors/core';
import {
  readFacts,
  type BookTop,
  type OptionSymbolInfo,
  type OrderDraft,
  type OrderField,
  type SentNumber,
} from './order-context.js';
import { firstFailure, PRICE_RULES, QUANTITY_RULES } from './order-rules.js';
import type { PresentOptions } from '@exchange-errors/core';

export interface ValidateOrderOptions extends PresentOptions {
  readonly lng?: string;
  readonly i18n?: I18nLike;
  /** The top of the book, passed on to explanations (validation itself never judges the book). */
  readonly book?: BookTop;
}

/** One failed check: the error the exchange would answer, and the order field it is about. */
export interface OrderIssue extends FormattedBinanceError {
  readonly field: OrderField | null;
}

export interface OrderValidation {
  /** Nothing in the request itself would be rejected. */
  readonly ok: boolean;
  /**
   * Every failed check, in the order the exchange runs them, at most one per field: the exchange
   * answers with the first, a ticket can show all of them at once.
   */
  readonly errors: readonly OrderIssue[];
  /** The error the exchange would answer with. */
  readonly first: OrderIssue | null;
  /** The failure per field, for inline messages. */
  readonly fields: Readonly<Partial<Record<OrderField, OrderIssue>>>;
}

/** Binance's legal range for decimals, as -1100 quotes it. */
export const DECIMAL_RANGE = '^([0-9]{1,20})(\\.[0-9]{1,20})?$';
/** Binance's legal range for client order ids, as -1100 quotes it. */
export const CLIENT_ORDER_ID_RANGE = '^[\\.A-Z\\:/a-z0-9_-]{1,36}$';

// The sign is let through so that the range filters, not the character check, judge negatives
// (-4001 and -4003 exist for them).
const DECIMAL = /^-?[0-9]{1,20}(\.[0-9]{1,20})?$/;
const CLIENT_ORDER_ID = /^[.A-Z:/a-z0-9_-]{1,36}$/;

interface Failure {
  readonly code: number;
  readonly variant: string;
  readonly values: Readonly<Record<string, string>>;
  readonly field: OrderField | null;
}

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
function failuresOf(order: unknown, symbolInfo: unknown): Failure[] {
  const facts = readFacts({ order, symbolInfo });
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

/** The text the exchange sends for a code and variant: the document's English with the values in. */
function serverMessage(f: Failure): string {
  const variant = getErrorCodeInfo(f.code)?.variants.find((v) => v.key === f.variant);
  if (!variant) return '';
  let index = 0;
  return variant.server.replace(/%s/g, () => f.values[variant.params[index++] ?? ''] ?? '');
}

const EMPTY: OrderValidation = Object.freeze({
  ok: true,
  errors: Object.freeze([]),
  first: null,
  fields: Object.freeze({}),
});

/**
 * Runs the order checks of `POST /eapi/v1/order` on `order` with the symbol's `optionSymbols[]`
 * entry. Without `symbolInfo` only the parameters are checked. Never throws.
 */
export function validateOrder(
  order: OrderDraft | null | undefined,
  symbolInfo?: OptionSymbolInfo | null,
  options?: ValidateOrderOptions,
): OrderValidation {
  let found: Failure[];
  try {
    found = failuresOf(order, symbolInfo);
  } catch {
    return EMPTY;
  }
  if (found.length === 0) return EMPTY;
  const format: FormatOptions = {
    lng: readOwn(options, 'lng') as string | undefined,
    i18n: readOwn(options, 'i18n') as I18nLike | undefined,
    fieldLabels: readOwn(options, 'fieldLabels') as Record<string, string> | undefined,
    now: readOwn(options, 'now') as number | undefined,
    timeZone: readOwn(options, 'timeZone') as string | undefined,
    context: {
      order: order ?? undefined,
      symbolInfo: symbolInfo ?? undefined,
      book: readOwn(options, 'book') as BookTop | undefined,
    },
  };
  const errors: OrderIssue[] = [];
  const fields: Partial<Record<OrderField, OrderIssue>> = {};
  for (const f of found) {
    if (f.field !== null && fields[f.field]) continue;
    const issue: OrderIssue = {
      ...formatBinanceError({ code: f.code, msg: serverMessage(f) }, format),
      field: f.field,
    };
    errors.push(issue);
    if (f.field !== null) fields[f.field] = issue;
  }
  return { ok: false, errors, first: errors[0] ?? null, fields };
}

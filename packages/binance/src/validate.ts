/**
 * `validateWith(rules, product, facts, options)`: a product's order checks run before sending, each
 * failure formatted as the error the exchange would answer (same code, same server text, so the same
 * title, message, hint and explanation as the real rejection), without a round trip: a ticket can
 * show it beside the field as the trader types. Product packages bind it (`validateSpotOrder`, …).
 */
import {
  readFormatOptions,
  type ErrorCodeInfo,
  type FormatOptions,
  type FormattedBinanceError,
} from '@exchange-errors/binance-core';
import type { OrderFailure, OrderField, OrderRules } from './rules/shared/types.js';

/** One failed check: the error the exchange would answer, and the order parameter it is about. */
export interface OrderIssue extends FormattedBinanceError {
  readonly field: OrderField | null;
}

export interface OrderValidation {
  /** Nothing the checks can judge would be rejected. */
  readonly ok: boolean;
  /**
   * Every failed check, in the order the exchange runs them, at most one per parameter: the exchange
   * answers with the first, a ticket can show all of them at once.
   */
  readonly errors: readonly OrderIssue[];
  /** The error the exchange would answer with. */
  readonly first: OrderIssue | null;
  /** The failure per parameter, for inline messages. */
  readonly fields: Readonly<Partial<Record<OrderField, OrderIssue>>>;
}

/** What validation needs of a product: its formatter and its catalog's lookup. */
export interface ValidatedProduct {
  readonly format: (input: unknown, options?: FormatOptions) => FormattedBinanceError;
  readonly codeInfo: (code: unknown) => ErrorCodeInfo | undefined;
}

const EMPTY: OrderValidation = Object.freeze({
  ok: true,
  errors: Object.freeze([]),
  first: null,
  fields: Object.freeze({}),
});

/** The text the exchange sends for a failure: its catalog message with the values in, or its own text. */
function serverMessage(failure: OrderFailure, product: ValidatedProduct): string {
  if (failure.variant === null) return failure.message ?? '';
  const variant = product.codeInfo(failure.code)?.variants.find((v) => v.key === failure.variant);
  if (!variant) return failure.message ?? '';
  let index = 0;
  return variant.server.replace(/%s/g, () => failure.values[variant.params[index++] ?? ''] ?? '');
}

/**
 * Runs `rules.check(facts)` and formats every failure as `product` reads the answer the exchange
 * would send. `facts` is what the app passes where it formats (`{ order, symbolInfo, … }`). Never throws.
 */
export function validateWith(
  rules: OrderRules,
  product: ValidatedProduct,
  facts: unknown,
  options?: FormatOptions,
): OrderValidation {
  let found: readonly OrderFailure[];
  try {
    found = rules.check(facts);
  } catch {
    return EMPTY;
  }
  if (found.length === 0) return EMPTY;
  const format: FormatOptions = { ...readFormatOptions(options), context: facts };
  const errors: OrderIssue[] = [];
  const fields: Partial<Record<OrderField, OrderIssue>> = {};
  for (const failure of found) {
    if (failure.field !== null && fields[failure.field]) continue;
    const issue: OrderIssue = {
      ...product.format({ code: failure.code, msg: serverMessage(failure, product) }, format),
      field: failure.field,
    };
    errors.push(issue);
    if (failure.field !== null) fields[failure.field] = issue;
  }
  return { ok: false, errors, first: errors[0] ?? null, fields };
}

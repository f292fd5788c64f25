/** Options' own binding, as its tests use it: the engine's verbs on `binanceOptionsEager`. */
import {
  format,
  validateOrder,
  type FormatOptions,
  type FormattedError,
  type OrderValidation,
} from '@exchange-errors/core';
import { binanceOptionsEager } from '../generated/eager.js';
import type { BookTop, ExplainContext, OptionSymbolInfo, OrderDraft } from '../order-context.js';

export const NAMESPACE = 'binanceOptions';

export function formatError(input: unknown, options?: FormatOptions): FormattedError {
  return format(binanceOptionsEager, input, options);
}

/**
 * The explanation `format` gives for `error` with `context` as its `explain` option. The caller's
 * options stay the prototype, unread here: a hostile options object reaches the engine as it is.
 */
export function explainError(error: unknown, context: ExplainContext | null | undefined, options?: FormatOptions) {
  const proto = typeof options === 'object' || typeof options === 'function' ? options : null;
  const withContext = Object.assign(Object.create(proto) as object, { explain: context });
  return format(binanceOptionsEager, error, withContext).explanation;
}

function bookOf(options: unknown): unknown {
  try {
    return (options as { book?: unknown } | undefined)?.book;
  } catch {
    return undefined;
  }
}

/** `validateOrder` on Options, with the order and the symbol's entry as a ticket passes them. */
export function validate(
  order: OrderDraft | null | undefined,
  symbolInfo?: OptionSymbolInfo | null,
  options?: FormatOptions & { readonly book?: BookTop },
): OrderValidation {
  return validateOrder(binanceOptionsEager, { order, symbolInfo, book: bookOf(options) }, options);
}

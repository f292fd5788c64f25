/**
 * `formatBinanceError(input, { lng, i18n?, context? })`: the resolved Options error plus its localized
 * title, message, hint and, with the order and the symbol's exchangeInfo entry as `context`, the
 * explanation of a filter failure. The engine's formatter bound to this package's texts and rules.
 */
import {
  formatResolvedWith,
  readFormatOptions,
  type FormatOptions as CoreFormatOptions,
  type FormattedBinanceError,
  type ResolvedBinanceError,
} from '@exchange-errors/core';
import { explainWith } from './explain.js';
import type { ExplainContext } from './order-context.js';
import { resolveBinanceError } from './resolve.js';
import { SHIPPED } from './shipped.js';

export type { FormattedBinanceError } from '@exchange-errors/core';

export interface FormatOptions extends CoreFormatOptions {
  /**
   * What the app knows about the request (the order sent, the symbol's exchangeInfo entry, the top
   * of the book): fills `explanation` for filter failures. See explainBinanceError.
   */
  readonly context?: ExplainContext;
}

const SOURCES = { shipped: SHIPPED, explain: explainWith };

/**
 * The texts for an error `resolveBinanceError` already resolved (a toaster keeps the resolved error
 * of each record and formats it again when the language changes). Total like formatBinanceError,
 * even for a partial or hostile `resolved`.
 */
export function formatResolved(resolved: ResolvedBinanceError, options?: FormatOptions): FormattedBinanceError {
  return formatResolvedWith(resolved, options, SOURCES);
}

export function formatBinanceError(input: unknown, options?: FormatOptions): FormattedBinanceError {
  const opts = readFormatOptions(options);
  return formatResolvedWith(resolveBinanceError(input, opts), opts, SOURCES);
}

/**
 * `explainBinanceError(error, context, { lng })`: the rule behind a filter failure, with the symbol's
 * own numbers and one-click fixes. Binance says "Tick size precision is invalid."; with the order the
 * app sent and the symbol's exchangeInfo entry this says "Price 12306 is not a multiple of the tick
 * size 5: the nearest valid prices are 12305 and 12310" and suggests `{ field: 'price', value: '12305' }`.
 * Null whenever the context does not show the rule failing: everything then works as before.
 */
import type { BinanceErrorExplanation } from '@exchange-errors/core';
import { explainWith } from './explain-rules.js';
import type { ExplainContext } from './order-context.js';
import { resolveBinanceError } from './resolve.js';
import { languageOf, textSource } from './texts.js';

export type { BinanceErrorExplanation, LocalizedSuggestion } from '@exchange-errors/core';
export { explainWith, localizeExplanation, tidyCjkSpacing } from './explain-rules.js';

export interface ExplainOptions {
  /** Language tag; default: the instance's language, else `en`. */
  readonly lng?: string;
  /** The app's i18next instance: its wording of `explain.*` wins; without it the shipped texts are used. */
  readonly i18n?: unknown;
}

function codeOf(error: unknown): number | null {
  if (typeof error === 'number') return Number.isInteger(error) ? error : null;
  try {
    const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
    if (typeof code === 'number' && Number.isInteger(code)) return code;
  } catch {
    // A throwing getter: resolve it the long way, which is total.
  }
  return resolveBinanceError(error).code;
}

/**
 * Explains a Binance error with what the app knows about the request. `error` is a resolved or
 * formatted error, a raw `{code, msg}` body or anything `resolveBinanceError` reads; `context` holds
 * the order sent, the symbol's `optionSymbols[]` entry and optionally the top of the book. Explained
 * codes: -1111, -2010 (cause found in the request), -4001, -4002, -4003, -4004, -4005, -4013, -4029,
 * -4030, -6038, -6039, -6046, -6047, -6054. Never throws.
 */
export function explainBinanceError(
  error: unknown,
  context: ExplainContext | null | undefined,
  options?: ExplainOptions,
): BinanceErrorExplanation | null {
  try {
    const opts: unknown = options;
    const read = (key: string): unknown =>
      typeof opts === 'object' && opts !== null ? (opts as Record<string, unknown>)[key] : undefined;
    const i18n = read('i18n');
    const lng = languageOf(read('lng'), i18n);
    return explainWith(codeOf(error), context, lng, textSource(lng, i18n));
  } catch {
    return null;
  }
}

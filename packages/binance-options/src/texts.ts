/**
 * The Options namespace's templates for the functions that take an already resolved error
 * (explainBinanceError, presentBinanceError, validateOrder): the engine's lookup with this package's
 * shipped texts.
 */
import { rawTexts, textContext, type RawText } from '@exchange-errors/core';
import { NAMESPACE } from './namespace.js';
import { SHIPPED } from './shipped.js';

export { languageOf, type RawText } from '@exchange-errors/core';

/** The templates for `lng`, from `i18n` when given (the namespace is merged in if missing). */
export function textSource(lng: unknown, i18n?: unknown): RawText {
  return rawTexts(textContext(lng, i18n, NAMESPACE, SHIPPED));
}

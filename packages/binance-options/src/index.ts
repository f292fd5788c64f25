export {
  NAMESPACE,
  SUPPORTED_LANGUAGES,
  supportedLanguageOf,
  type Namespace,
  type SupportedLanguage,
} from './namespace.js';
export { CATEGORIES, SEVERITIES, type Category, type Severity } from '@exchange-errors/core';
export {
  ERROR_CODES,
  ERROR_SECTIONS,
  ERROR_SOURCE,
  getErrorCodeInfo,
  getErrorCodeInfoByName,
  isKnownErrorCode,
  type BinanceErrorCodeInput,
  type BinanceOptionsErrorCode,
  type BinanceOptionsErrorName,
  type BinanceOptionsSectionId,
  type BinanceOptionsValues,
  type BinanceOptionsVariant,
  type ErrorCodeInfo,
  type ErrorSectionInfo,
  type ErrorVariantInfo,
} from './catalog.js';
// The names every product package has (`formatBinanceSpotError`, …), beside the original ones.
export { resolveBinanceError as resolveBinanceOptionsError } from './resolve.js';
export { formatBinanceError as formatBinanceOptionsError } from './format.js';
export { resolveBinanceResponse as resolveBinanceOptionsResponse } from './response.js';
export {
  resolveBinanceError,
  type Outcome,
  type ResolveHints,
  type ResolvedBinanceError,
  type ResolvedKeys,
  type ResolvedKind,
} from './resolve.js';
export {
  MAX_MATCHED_LENGTH,
  canonicalLanguage,
  decimal,
  interpolate,
  parseRetryAfter,
} from '@exchange-errors/core';
export { formatBinanceError, formatResolved, type FormatOptions, type FormattedBinanceError } from './format.js';
export {
  explainBinanceError,
  explainWith,
  type BinanceErrorExplanation,
  type ExplainOptions,
  type LocalizedSuggestion,
} from './explain.js';
export { EXPLAINED_CODES } from './order-rules.js';
export { validateOrder, type OrderIssue, type OrderValidation, type ValidateOrderOptions } from './validate.js';
export type {
  BookTop,
  ExplainContext,
  ExplanationSuggestion,
  OptionSymbolFilter,
  OptionSymbolInfo,
  OrderDraft,
  OrderField,
} from './order-context.js';
export {
  presentBinanceError,
  type MessagePart,
  type PresentBinanceErrorOptions,
  type PresentedMessage,
  type PresentOptions,
} from './present.js';
export {
  addBinanceOptionsBundle,
  hasBinanceOptionsBundle,
  loadBinanceOptionsErrors,
  loadBinanceOptionsLocale,
  type I18nLike,
} from './i18n.js';
export { addBinanceOptionsErrors } from './add-resources.js';
export { resources, type BinanceOptionsResource } from './resources.js';
export { resolveBinanceResponse } from './response.js';
export { binanceOptions } from './module.js';
export { binanceOptionsEager } from './eager.js';
export { OPTIONS_CATALOG } from './options-catalog.js';
export { presentTemplate } from '@exchange-errors/core';

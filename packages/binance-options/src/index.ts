export { NAMESPACE, SUPPORTED_LANGUAGES, supportedLanguageOf, type Namespace, type SupportedLanguage } from './namespace.js';
export { CATEGORIES, SEVERITIES, type Category, type Severity } from './taxonomy.js';
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
export { resolveBinanceError, type Outcome, type ResolveHints, type ResolvedBinanceError, type ResolvedKeys, type ResolvedKind } from './resolve.js';
export { MAX_MATCHED_LENGTH } from './matcher.js';
export { canonicalLanguage } from './language.js';
export { formatBinanceError, type FormatOptions, type FormattedBinanceError } from './format.js';
export { parseRetryAfter } from './extract.js';
export { interpolate } from './interpolate.js';
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

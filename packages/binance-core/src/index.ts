/**
 * @exchange-errors/binance-core: the engine. Every function takes its product's catalog as data (see
 * `BinanceCatalog`); the product packages bind it (`@exchange-errors/binance-options`, …) and an app
 * imports those, or registers their lazy modules with the React kit.
 */
export { SUPPORTED_LANGUAGES, supportedLanguageOf, type SupportedLanguage } from './languages.js';
export { CATEGORIES, SEVERITIES, type Category, type Severity } from './taxonomy.js';
export {
  codeInfo,
  type BinanceCatalog,
  type BinanceCatalogModule,
  type BinanceProduct,
  type CatalogTexts,
  type ErrorCodeInfo,
  type ErrorVariantInfo,
} from './catalog.js';
export {
  resolveIn,
  type Outcome,
  type ResolveHints,
  type ResolvedBinanceError,
  type ResolvedKeys,
  type ResolvedKind,
} from './resolve.js';
export { resolveResponseIn, type ResponseLike } from './response.js';
export { productOfInput, productOfUrl, resolveAcross, type ProductHints, type ResolvedAcross } from './product.js';
export { formatAmong, resolveAmong, type FormatAmongOptions, type FormattedAcross } from './across.js';
export {
  formatResolvedWith,
  readFormatOptions,
  type FormatOptions,
  type FormatSources,
  type FormattedBinanceError,
} from './format.js';
export type {
  BinanceErrorExplanation,
  ExplainedAnswer,
  Explainer,
  ExplanationSuggestion,
  LocalizedSuggestion,
} from './explanation.js';
export {
  intlLocale,
  presentResolved,
  presentTemplate,
  type MessagePart,
  type PresentBinanceErrorOptions,
  type PresentedMessage,
  type PresentOptions,
} from './present.js';
export {
  findTemplate,
  languageOf,
  rawTexts,
  shippedTemplate,
  textContext,
  type RawText,
  type ShippedTexts,
  type TextContext,
} from './texts.js';
export { addCatalogTexts, hasCatalogTexts, loadCatalogTexts, type I18nLike } from './i18n.js';
export { canonicalLanguage, planLanguage, reportedLanguage, type LanguagePlan } from './language.js';
export { instanceLanguage, isI18nLike, lookupText, readOwn, readSafely, type FoundText } from './lookup.js';
export {
  MAX_MATCHED_LENGTH,
  matchAnyCode,
  matchVariant,
  matchVariantUncapped,
  type CodeMatch,
  type VariantMatch,
} from './matcher.js';
export { extractError, parseRetryAfter, scanCompactBody, type ExtractedError } from './extract.js';
export { interpolate } from './interpolate.js';
export * as decimal from './decimal.js';
export {
  bindProduct,
  codeLookup,
  codesWithDocs,
  type CodeWithDocs,
  type GeneratedCode,
  type ProductBinding,
} from './bind.js';

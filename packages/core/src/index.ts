/**
 * @exchange-errors/core: the engine. It knows no exchange and no product until it is given one: each
 * product package exports a module (`binanceSpot`, its in-memory twin `binanceSpotEager`) that carries
 * its catalog, texts, order rules and its exchange's adapter, and every verb here takes one module or
 * several. In React, register the modules with `registerCatalogs` from `@exchange-errors/react`.
 */
export { resolve, format, resolveResponse, codeInfo, type Products } from './verbs.js';
export { errorsOf, type AnswerError, type AnswerErrors } from './batch.js';
export { readResponseBody } from './clients/response-body.js';
export { validateOrder, type OrderIssue, type OrderValidation } from './validate.js';
export { loadErrors, type I18nLike } from './i18n.js';
export type { Catalog, CatalogTexts, ErrorCodeInfo, ErrorVariantInfo, Language, ProductModule } from './catalog.js';
export type { BatchResults, BodyShape, ClientWords, ExchangeAdapter, RetryHeader } from './exchange.js';
export type { Outcome, ResolveHints, ResolvedError, ResolvedKeys, ResolvedKind } from './resolve.js';
export type { RequestInfo, ResolveOptions } from './route.js';
export type { FormatOptions, FormattedError } from './format.js';
export type {
  ExplainedAnswer,
  Explainer,
  Explanation,
  Fix,
  OrderFailure,
  OrderRules,
  Suggestion,
} from './explanation.js';
export type { MessagePart, PresentOptions } from './present.js';
export type { RawText } from './texts.js';
export type { Category, Severity } from './taxonomy.js';

/**
 * `@exchange-errors/binance-pm`: Binance's Portfolio Margin (`/papi/`) errors, in English and Chinese. The engine
 * (`@exchange-errors/binance-core`) bound to this product's catalog and texts; for several products at
 * once see `formatAmong` in the engine, and for React `registerBinanceCatalogs(binancePm)`.
 */
import {
  addCatalogTexts,
  formatResolvedWith,
  loadCatalogTexts,
  readFormatOptions,
  resolveIn,
  resolveResponseIn,
  type BinanceCatalogModule,
  type FormatOptions,
  type FormattedBinanceError,
  type I18nLike,
  type ResolvedBinanceError,
  type ResolveHints,
  type ResponseLike,
  type ShippedTexts,
  type SupportedLanguage,
} from '@exchange-errors/binance-core';
import { NAMESPACE, PM_CATALOG } from './catalog.js';
import { binancePm } from './module.js';
import { resources } from './resources.js';

export { ERROR_CODES, getErrorCodeInfo, NAMESPACE, PM_CATALOG, type BinancePmErrorCode } from './catalog.js';
export { binancePm } from './module.js';
export { resources, type BinancePmResource } from './resources.js';
export { PRODUCT, SOURCE, ZH_ORIGIN } from './generated/catalog.js';

const SHIPPED: ShippedTexts = (language) => resources[language][NAMESPACE];

/** The Portfolio Margin (`/papi/`) module with everything in memory: server rendering, tests, `formatAmong`. */
export const binancePmEager: BinanceCatalogModule = {
  product: binancePm.product,
  namespace: binancePm.namespace,
  prefixes: binancePm.prefixes,
  catalog: PM_CATALOG,
  loadCatalog: () => Promise.resolve(PM_CATALOG),
  loadTexts: (language) => Promise.resolve(resources[language][NAMESPACE]),
  texts: { en: resources.en[NAMESPACE], zh: resources.zh[NAMESPACE] },
};

/** Anything a caller caught, read as a Portfolio Margin (`/papi/`) error. Never throws. */
export function resolveBinancePmError(input: unknown, hints?: ResolveHints): ResolvedBinanceError {
  return resolveIn(PM_CATALOG, input, hints);
}

/** The same, with its localized title, message and hint (the app's i18next instance first, then the shipped texts). Never throws. */
export function formatBinancePmError(input: unknown, options?: FormatOptions): FormattedBinanceError {
  const opts = readFormatOptions(options);
  return formatResolvedWith(resolveIn(PM_CATALOG, input, opts), opts, { shipped: SHIPPED });
}

/** A fetch `Response` not read yet: body, status and `Retry-After`. Never rejects. */
export function resolveBinancePmResponse(response: ResponseLike): Promise<ResolvedBinanceError> {
  return resolveResponseIn(PM_CATALOG, response);
}

/** Adds both languages to the app's instance, keeping the app's own keys. */
export function addBinancePmErrors<T extends I18nLike>(i18n: T): T {
  addCatalogTexts(i18n, NAMESPACE, 'en', resources.en[NAMESPACE]);
  addCatalogTexts(i18n, NAMESPACE, 'zh', resources.zh[NAMESPACE]);
  return i18n;
}

/** Loads one language on demand (its own chunk) into the app's instance; resolves to the language added. */
export function loadBinancePmErrors(i18n: I18nLike, lng?: string): Promise<SupportedLanguage> {
  return loadCatalogTexts(i18n, binancePm, lng);
}

/**
 * `@exchange-errors/binance-usdm`: Binance's USDⓈ-M futures (`/fapi/`) errors, in English and Chinese. The engine
 * (`@exchange-errors/binance-core`) bound to this product's catalog and texts; for several products at
 * once see `formatAmong` in the engine, and for React `registerBinanceCatalogs(binanceUsdm)`.
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
import { NAMESPACE, USDM_CATALOG } from './catalog.js';
import { binanceUsdm } from './module.js';
import { resources } from './resources.js';

export { ERROR_CODES, getErrorCodeInfo, NAMESPACE, USDM_CATALOG, type BinanceUsdmErrorCode } from './catalog.js';
export { binanceUsdm } from './module.js';
export { resources, type BinanceUsdmResource } from './resources.js';
export { PRODUCT, SOURCE, ZH_ORIGIN } from './generated/catalog.js';

const SHIPPED: ShippedTexts = (language) => resources[language][NAMESPACE];

/** The USDⓈ-M futures (`/fapi/`) module with everything in memory: server rendering, tests, `formatAmong`. */
export const binanceUsdmEager: BinanceCatalogModule = {
  product: binanceUsdm.product,
  namespace: binanceUsdm.namespace,
  prefixes: binanceUsdm.prefixes,
  catalog: USDM_CATALOG,
  loadCatalog: () => Promise.resolve(USDM_CATALOG),
  loadTexts: (language) => Promise.resolve(resources[language][NAMESPACE]),
  texts: { en: resources.en[NAMESPACE], zh: resources.zh[NAMESPACE] },
};

/** Anything a caller caught, read as a USDⓈ-M futures (`/fapi/`) error. Never throws. */
export function resolveBinanceUsdmError(input: unknown, hints?: ResolveHints): ResolvedBinanceError {
  return resolveIn(USDM_CATALOG, input, hints);
}

/** The same, with its localized title, message and hint (the app's i18next instance first, then the shipped texts). Never throws. */
export function formatBinanceUsdmError(input: unknown, options?: FormatOptions): FormattedBinanceError {
  const opts = readFormatOptions(options);
  return formatResolvedWith(resolveIn(USDM_CATALOG, input, opts), opts, { shipped: SHIPPED });
}

/** A fetch `Response` not read yet: body, status and `Retry-After`. Never rejects. */
export function resolveBinanceUsdmResponse(response: ResponseLike): Promise<ResolvedBinanceError> {
  return resolveResponseIn(USDM_CATALOG, response);
}

/** Adds both languages to the app's instance, keeping the app's own keys. */
export function addBinanceUsdmErrors<T extends I18nLike>(i18n: T): T {
  addCatalogTexts(i18n, NAMESPACE, 'en', resources.en[NAMESPACE]);
  addCatalogTexts(i18n, NAMESPACE, 'zh', resources.zh[NAMESPACE]);
  return i18n;
}

/** Loads one language on demand (its own chunk) into the app's instance; resolves to the language added. */
export function loadBinanceUsdmErrors(i18n: I18nLike, lng?: string): Promise<SupportedLanguage> {
  return loadCatalogTexts(i18n, binanceUsdm, lng);
}

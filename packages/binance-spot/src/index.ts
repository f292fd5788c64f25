/**
 * `@exchange-errors/binance-spot`: Binance's Spot (`/api/`, `/sapi/`) errors, in English and Chinese. The engine
 * (`@exchange-errors/binance-core`) bound to this product's catalog and texts; for several products at
 * once see `formatAmong` in the engine, and for React `registerBinanceCatalogs(binanceSpot)`.
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
import { NAMESPACE, SPOT_CATALOG } from './catalog.js';
import { binanceSpot } from './module.js';
import { resources } from './resources.js';

export { ERROR_CODES, getErrorCodeInfo, NAMESPACE, SPOT_CATALOG, type BinanceSpotErrorCode } from './catalog.js';
export { binanceSpot } from './module.js';
export { resources, type BinanceSpotResource } from './resources.js';
export { PRODUCT, SOURCE, ZH_ORIGIN } from './generated/catalog.js';

const SHIPPED: ShippedTexts = (language) => resources[language][NAMESPACE];

/** The Spot (`/api/`, `/sapi/`) module with everything in memory: server rendering, tests, `formatAmong`. */
export const binanceSpotEager: BinanceCatalogModule = {
  product: binanceSpot.product,
  namespace: binanceSpot.namespace,
  prefixes: binanceSpot.prefixes,
  catalog: SPOT_CATALOG,
  loadCatalog: () => Promise.resolve(SPOT_CATALOG),
  loadTexts: (language) => Promise.resolve(resources[language][NAMESPACE]),
  texts: { en: resources.en[NAMESPACE], zh: resources.zh[NAMESPACE] },
};

/** Anything a caller caught, read as a Spot (`/api/`, `/sapi/`) error. Never throws. */
export function resolveBinanceSpotError(input: unknown, hints?: ResolveHints): ResolvedBinanceError {
  return resolveIn(SPOT_CATALOG, input, hints);
}

/** The same, with its localized title, message and hint (the app's i18next instance first, then the shipped texts). Never throws. */
export function formatBinanceSpotError(input: unknown, options?: FormatOptions): FormattedBinanceError {
  const opts = readFormatOptions(options);
  return formatResolvedWith(resolveIn(SPOT_CATALOG, input, opts), opts, { shipped: SHIPPED });
}

/** A fetch `Response` not read yet: body, status and `Retry-After`. Never rejects. */
export function resolveBinanceSpotResponse(response: ResponseLike): Promise<ResolvedBinanceError> {
  return resolveResponseIn(SPOT_CATALOG, response);
}

/** Adds both languages to the app's instance, keeping the app's own keys. */
export function addBinanceSpotErrors<T extends I18nLike>(i18n: T): T {
  addCatalogTexts(i18n, NAMESPACE, 'en', resources.en[NAMESPACE]);
  addCatalogTexts(i18n, NAMESPACE, 'zh', resources.zh[NAMESPACE]);
  return i18n;
}

/** Loads one language on demand (its own chunk) into the app's instance; resolves to the language added. */
export function loadBinanceSpotErrors(i18n: I18nLike, lng?: string): Promise<SupportedLanguage> {
  return loadCatalogTexts(i18n, binanceSpot, lng);
}

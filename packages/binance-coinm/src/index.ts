/**
 * `@exchange-errors/binance-coinm`: Binance's COIN-M futures (`/dapi/`) errors, in English and Chinese. The engine
 * (`@exchange-errors/binance-core`) bound to this product's catalog and texts; for several products at
 * once see `formatAmong` in the engine, and for React `registerBinanceCatalogs(binanceCoinm)`.
 */
import { bindProduct, type BinanceCatalogModule } from '@exchange-errors/binance-core';
import { NAMESPACE, COINM_CATALOG } from './catalog.js';
import { binanceCoinm } from './module.js';
import { resources } from './resources.js';

export { ERROR_CODES, getErrorCodeInfo, NAMESPACE, COINM_CATALOG, type BinanceCoinmErrorCode } from './catalog.js';
export { binanceCoinm } from './module.js';
export { resources, type BinanceCoinmResource } from './resources.js';
export { PRODUCT, SOURCE, ZH_ORIGIN } from './generated/catalog.js';

// Pure: an app that imports only the lazy module or the catalog from here keeps neither language.
const bound = /* @__PURE__ */ bindProduct(COINM_CATALOG, binanceCoinm, { en: resources.en[NAMESPACE], zh: resources.zh[NAMESPACE] });

/** The COIN-M futures (`/dapi/`) module with everything in memory: server rendering, tests, `formatAmong`. */
export const binanceCoinmEager: BinanceCatalogModule = bound.eager;

/** Anything a caller caught, read as a COIN-M futures (`/dapi/`) error. Never throws. */
export const resolveBinanceCoinmError = bound.resolve;

/** The same, with its localized title, message and hint (the app's i18next instance first, then the shipped texts). Never throws. */
export const formatBinanceCoinmError = bound.format;

/** A fetch `Response` not read yet: body, status and `Retry-After`. Never rejects. */
export const resolveBinanceCoinmResponse = bound.resolveResponse;

/** Adds both languages to the app's instance, keeping the app's own keys. */
export const addBinanceCoinmErrors = bound.addErrors;

/** Loads one language on demand (its own chunk) into the app's instance; resolves to the language added. */
export const loadBinanceCoinmErrors = bound.loadErrors;

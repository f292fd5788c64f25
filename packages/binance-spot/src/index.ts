/**
 * `@exchange-errors/binance-spot`: Binance's Spot (`/api/`, `/sapi/`) errors, in English and Chinese. The engine
 * (`@exchange-errors/binance-core`) bound to this product's catalog and texts; for several products at
 * once see `formatAmong` in the engine, and for React `registerBinanceCatalogs(binanceSpot)`.
 */
import { bindProduct, type BinanceCatalogModule } from '@exchange-errors/binance-core';
import { NAMESPACE, SPOT_CATALOG } from './catalog.js';
import { binanceSpot } from './module.js';
import { resources } from './resources.js';

export { ERROR_CODES, getErrorCodeInfo, NAMESPACE, SPOT_CATALOG, type BinanceSpotErrorCode } from './catalog.js';
export { binanceSpot } from './module.js';
export { resources, type BinanceSpotResource } from './resources.js';
export { PRODUCT, SOURCE, ZH_ORIGIN } from './generated/catalog.js';

// Pure: an app that imports only the lazy module or the catalog from here keeps neither language.
const bound = /* @__PURE__ */ bindProduct(SPOT_CATALOG, binanceSpot, { en: resources.en[NAMESPACE], zh: resources.zh[NAMESPACE] });

/** The Spot (`/api/`, `/sapi/`) module with everything in memory: server rendering, tests, `formatAmong`. */
export const binanceSpotEager: BinanceCatalogModule = bound.eager;

/** Anything a caller caught, read as a Spot (`/api/`, `/sapi/`) error. Never throws. */
export const resolveBinanceSpotError = bound.resolve;

/** The same, with its localized title, message and hint (the app's i18next instance first, then the shipped texts). Never throws. */
export const formatBinanceSpotError = bound.format;

/** A fetch `Response` not read yet: body, status and `Retry-After`. Never rejects. */
export const resolveBinanceSpotResponse = bound.resolveResponse;

/** Adds both languages to the app's instance, keeping the app's own keys. */
export const addBinanceSpotErrors = bound.addErrors;

/** Loads one language on demand (its own chunk) into the app's instance; resolves to the language added. */
export const loadBinanceSpotErrors = bound.loadErrors;

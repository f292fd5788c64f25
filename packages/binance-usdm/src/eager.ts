/**
 * The USDⓈ-M futures (`/fapi/`) catalog, texts and engine bound together, in memory: everything of the main entry
 * that is not the lazy module. A module of its own, so that a bundler that keeps top-level reads
 * (esbuild) still drops all of it, texts included, from an app that imports only `binanceUsdm`.
 */
import {
  bindProduct,
  codeLookup,
  type BinanceCatalog,
  type BinanceCatalogModule,
  type ErrorCodeInfo,
} from '@exchange-errors/binance-core';
import { usdmCatalog, NAMESPACE } from './catalog.js';
import { binanceUsdm } from './module.js';
import { usdmRules } from '@exchange-errors/binance/rules/futures';
import { resources } from './resources.js';

export { NAMESPACE } from './catalog.js';
export { PRODUCT, SOURCE, ZH_ORIGIN } from './generated/catalog.js';

/** The catalog as the engine takes it, every docs URL at the code's heading in both languages. */
export const USDM_CATALOG: BinanceCatalog = /* @__PURE__ */ usdmCatalog(resources.zh[NAMESPACE]);

/** All codes in document order. */
export const ERROR_CODES: readonly ErrorCodeInfo[] = USDM_CATALOG.codes;

/** Metadata for a code, or `undefined` for anything the documents do not list. */
export const getErrorCodeInfo = /* @__PURE__ */ codeLookup(USDM_CATALOG);

// Pure calls: an app that imports only the lazy module from here keeps neither language.
const bound = /* @__PURE__ */ bindProduct(
  USDM_CATALOG,
  binanceUsdm,
  { en: resources.en[NAMESPACE], zh: resources.zh[NAMESPACE] },
  // A closure, not a read of the rules' property: a bundler keeps top-level reads, and an app that
  // imports only the lazy module from here must not get the rules.
  (code, context, lng, raw, answer) => usdmRules.explain(code, context, lng, raw, answer),
);

/** The USDⓈ-M futures (`/fapi/`) module with everything in memory: server rendering, tests, `formatAmong`. */
export const binanceUsdmEager: BinanceCatalogModule = bound.eager;

/** Anything a caller caught, read as a USDⓈ-M futures (`/fapi/`) error. Never throws. */
export const resolveBinanceUsdmError = bound.resolve;

/** The same, with its localized title, message and hint (the app's i18next instance first, then the shipped texts). Never throws. */
export const formatBinanceUsdmError = bound.format;

/** A fetch `Response` not read yet: body, status and `Retry-After`. Never rejects. */
export const resolveBinanceUsdmResponse = bound.resolveResponse;

/** Adds both languages to the app's instance, keeping the app's own keys. */
export const addBinanceUsdmErrors = bound.addErrors;

/** Loads one language on demand (its own chunk) into the app's instance; resolves to the language added. */
export const loadBinanceUsdmErrors = bound.loadErrors;

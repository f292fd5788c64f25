/**
 * The COIN-M futures (`/dapi/`) catalog, texts and engine bound together, in memory: everything of the main entry
 * that is not the lazy module. A module of its own, so that a bundler that keeps top-level reads
 * (esbuild) still drops all of it, texts included, from an app that imports only `binanceCoinm`.
 */
import {
  bindProduct,
  codeLookup,
  type BinanceCatalog,
  type BinanceCatalogModule,
  type ErrorCodeInfo,
} from '@exchange-errors/binance-core';
import { coinmCatalog, NAMESPACE } from './catalog.js';
import { binanceCoinm } from './module.js';
import { coinmRules } from '@exchange-errors/binance/rules/futures';
import { resources } from './resources.js';

export { NAMESPACE } from './catalog.js';
export { PRODUCT, SOURCE, ZH_ORIGIN } from './generated/catalog.js';

/** The catalog as the engine takes it, every docs URL at the code's heading in both languages. */
export const COINM_CATALOG: BinanceCatalog = /* @__PURE__ */ coinmCatalog(resources.zh[NAMESPACE]);

/** All codes in document order. */
export const ERROR_CODES: readonly ErrorCodeInfo[] = COINM_CATALOG.codes;

/** Metadata for a code, or `undefined` for anything the documents do not list. */
export const getErrorCodeInfo = /* @__PURE__ */ codeLookup(COINM_CATALOG);

// Pure calls: an app that imports only the lazy module from here keeps neither language.
const bound = /* @__PURE__ */ bindProduct(
  COINM_CATALOG,
  binanceCoinm,
  { en: resources.en[NAMESPACE], zh: resources.zh[NAMESPACE] },
  // A closure, not a read of the rules' property: a bundler keeps top-level reads, and an app that
  // imports only the lazy module from here must not get the rules.
  (code, context, lng, raw, answer) => coinmRules.explain(code, context, lng, raw, answer),
);

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

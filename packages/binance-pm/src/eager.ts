/**
 * The Portfolio Margin (`/papi/`) catalog, texts and engine bound together, in memory: everything of the main entry
 * that is not the lazy module. A module of its own, so that a bundler that keeps top-level reads
 * (esbuild) still drops all of it, texts included, from an app that imports only `binancePm`.
 */
import {
  bindProduct,
  codeLookup,
  type BinanceCatalog,
  type BinanceCatalogModule,
  type ErrorCodeInfo,
} from '@exchange-errors/binance-core';
import { pmCatalog, NAMESPACE } from './catalog.js';
import { binancePm } from './module.js';
import { pmRules } from '@exchange-errors/binance/rules/futures';
import { resources } from './resources.js';

export { NAMESPACE } from './catalog.js';
export { PRODUCT, SOURCE, ZH_ORIGIN } from './generated/catalog.js';

/** The catalog as the engine takes it, every docs URL at the code's heading in both languages. */
export const PM_CATALOG: BinanceCatalog = /* @__PURE__ */ pmCatalog(resources.zh[NAMESPACE]);

/** All codes in document order. */
export const ERROR_CODES: readonly ErrorCodeInfo[] = PM_CATALOG.codes;

/** Metadata for a code, or `undefined` for anything the documents do not list. */
export const getErrorCodeInfo = /* @__PURE__ */ codeLookup(PM_CATALOG);

// Pure calls: an app that imports only the lazy module from here keeps neither language.
const bound = /* @__PURE__ */ bindProduct(
  PM_CATALOG,
  binancePm,
  { en: resources.en[NAMESPACE], zh: resources.zh[NAMESPACE] },
  // A closure, not a read of the rules' property: a bundler keeps top-level reads, and an app that
  // imports only the lazy module from here must not get the rules.
  (code, context, lng, raw, answer) => pmRules.explain(code, context, lng, raw, answer),
);

/** The Portfolio Margin (`/papi/`) module with everything in memory: server rendering, tests, `formatAmong`. */
export const binancePmEager: BinanceCatalogModule = bound.eager;

/** Anything a caller caught, read as a Portfolio Margin (`/papi/`) error. Never throws. */
export const resolveBinancePmError = bound.resolve;

/** The same, with its localized title, message and hint (the app's i18next instance first, then the shipped texts). Never throws. */
export const formatBinancePmError = bound.format;

/** A fetch `Response` not read yet: body, status and `Retry-After`. Never rejects. */
export const resolveBinancePmResponse = bound.resolveResponse;

/** Adds both languages to the app's instance, keeping the app's own keys. */
export const addBinancePmErrors = bound.addErrors;

/** Loads one language on demand (its own chunk) into the app's instance; resolves to the language added. */
export const loadBinancePmErrors = bound.loadErrors;

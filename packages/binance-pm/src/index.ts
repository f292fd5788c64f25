/**
 * `@exchange-errors/binance-pm`: Binance's Portfolio Margin (`/papi/`) errors, in English and Chinese. The engine
 * (`@exchange-errors/core`) bound to this product's catalog and texts; for several products at
 * once see `formatAmong` in the engine, and for React `registerBinanceCatalogs(binancePm)`.
 */
export type { BinancePmErrorCode } from './catalog.js';
export { binancePm } from './module.js';
export { resources, type BinancePmResource } from './resources.js';
// Everything else comes through eager.ts, so that an app importing only the lazy module from here
// pulls in none of the catalog's modules, whatever its bundler.
export {
  NAMESPACE,
  PRODUCT,
  SOURCE,
  ZH_ORIGIN,
  PM_CATALOG,
  ERROR_CODES,
  getErrorCodeInfo,
  binancePmEager,
  resolveBinancePmError,
  formatBinancePmError,
  resolveBinancePmResponse,
  addBinancePmErrors,
  loadBinancePmErrors,
} from './eager.js';

/**
 * `@exchange-errors/binance-coinm`: Binance's COIN-M futures (`/dapi/`) errors, in English and Chinese. The engine
 * (`@exchange-errors/core`) bound to this product's catalog and texts; for several products at
 * once see `formatAmong` in the engine, and for React `registerBinanceCatalogs(binanceCoinm)`.
 */
export type { BinanceCoinmErrorCode } from './catalog.js';
export { binanceCoinm } from './module.js';
export { resources, type BinanceCoinmResource } from './resources.js';
// Everything else comes through eager.ts, so that an app importing only the lazy module from here
// pulls in none of the catalog's modules, whatever its bundler.
export {
  NAMESPACE,
  PRODUCT,
  SOURCE,
  ZH_ORIGIN,
  COINM_CATALOG,
  ERROR_CODES,
  getErrorCodeInfo,
  binanceCoinmEager,
  resolveBinanceCoinmError,
  formatBinanceCoinmError,
  resolveBinanceCoinmResponse,
  addBinanceCoinmErrors,
  loadBinanceCoinmErrors,
} from './eager.js';

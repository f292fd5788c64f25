/**
 * `@exchange-errors/binance-usdm`: Binance's USDⓈ-M futures (`/fapi/`) errors, in English and Chinese. The engine
 * (`@exchange-errors/binance-core`) bound to this product's catalog and texts; for several products at
 * once see `formatAmong` in the engine, and for React `registerBinanceCatalogs(binanceUsdm)`.
 */
export type { BinanceUsdmErrorCode } from './catalog.js';
export { binanceUsdm } from './module.js';
export { resources, type BinanceUsdmResource } from './resources.js';
// Everything else comes through eager.ts, so that an app importing only the lazy module from here
// pulls in none of the catalog's modules, whatever its bundler.
export {
  NAMESPACE,
  PRODUCT,
  SOURCE,
  ZH_ORIGIN,
  USDM_CATALOG,
  ERROR_CODES,
  getErrorCodeInfo,
  binanceUsdmEager,
  resolveBinanceUsdmError,
  formatBinanceUsdmError,
  resolveBinanceUsdmResponse,
  addBinanceUsdmErrors,
  loadBinanceUsdmErrors,
} from './eager.js';
export { validateUsdmOrder } from './validate.js';
export type { OrderIssue, OrderValidation } from '@exchange-errors/binance';
export type { FuturesOrderDraft } from '@exchange-errors/binance/rules/futures';

/**
 * `@exchange-errors/binance-spot`: Binance's Spot (`/api/`, `/sapi/`) errors, in English and Chinese. The engine
 * (`@exchange-errors/binance-core`) bound to this product's catalog and texts; for several products at
 * once see `formatAmong` in the engine, and for React `registerBinanceCatalogs(binanceSpot)`.
 */
export type { BinanceSpotErrorCode } from './catalog.js';
export { binanceSpot } from './module.js';
export { resources, type BinanceSpotResource } from './resources.js';
// Everything else comes through eager.ts, so that an app importing only the lazy module from here
// pulls in none of the catalog's modules, whatever its bundler.
export {
  NAMESPACE,
  PRODUCT,
  SOURCE,
  ZH_ORIGIN,
  SPOT_CATALOG,
  ERROR_CODES,
  getErrorCodeInfo,
  binanceSpotEager,
  resolveBinanceSpotError,
  formatBinanceSpotError,
  resolveBinanceSpotResponse,
  addBinanceSpotErrors,
  loadBinanceSpotErrors,
} from './eager.js';
export { validateSpotOrder } from './validate.js';
export type { OrderIssue, OrderValidation } from '@exchange-errors/binance';
export type { SpotOrderDraft } from '@exchange-errors/binance/rules/spot';

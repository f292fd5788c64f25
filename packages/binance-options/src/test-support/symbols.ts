/**
 * Symbol entries (`optionSymbols[]` of `GET /eapi/v1/exchangeInfo`) for the explain and validate tests,
 * and real payloads with where they were found.
 */
import type { OptionSymbolInfo } from '../order-context.js';

/**
 * Binance's own example entry, from the Options "Exchange Information" page
 * (https://developers.binance.me/docs/derivatives/option/market-data/Exchange-Information, read
 * 2026-11): numbers as strings, a maxPrice that is not a round number, both scales 2. Fields the rules
 * do not read (fees, margins) are kept as the page has them.
 */
export const DOCS_SYMBOL: OptionSymbolInfo & Record<string, unknown> = {
  expiryDate: 1660521600000,
  filters: [
    { filterType: 'PRICE_FILTER', minPrice: '0.02', maxPrice: '80000.01', tickSize: '0.01' },
    { filterType: 'LOT_SIZE', minQty: '0.01', maxQty: '100', stepSize: '0.01' },
  ],
  symbol: 'BTC-220815-50000-C',
  side: 'CALL',
  strikePrice: '50000',
  underlying: 'BTCUSDT',
  unit: 1,
  makerFeeRate: '0.0002',
  takerFeeRate: '0.0002',
  minQty: '0.01',
  maxQty: '100',
  initialMargin: '0.15',
  maintenanceMargin: '0.075',
  minInitialMargin: '0.1',
  minMaintenanceMargin: '0.05',
  priceScale: 2,
  quantityScale: 2,
  quoteAsset: 'USDT',
};

/** The demo exchange's BTC options: tick 5, whole-number prices, 0.01 contracts. */
export const BTC_SYMBOL: OptionSymbolInfo = {
  symbol: 'BTC-261225-100000-C',
  filters: [
    { filterType: 'PRICE_FILTER', minPrice: '5', maxPrice: '200000', tickSize: '5' },
    { filterType: 'LOT_SIZE', minQty: '0.01', maxQty: '100', stepSize: '0.01' },
  ],
  minQty: '0.01',
  maxQty: '100',
  priceScale: 0,
  quantityScale: 2,
};

/** Fine ticks: 0.0001 on the price, 0.00000001 on the quantity; the single-order cap below the lot cap. */
export const FINE_SYMBOL: OptionSymbolInfo = {
  symbol: 'DOGE-261225-0.25-P',
  filters: [
    { filterType: 'PRICE_FILTER', minPrice: '0.0001', maxPrice: '10', tickSize: '0.0001' },
    { filterType: 'LOT_SIZE', minQty: '0.00000001', maxQty: '100000', stepSize: '0.00000001' },
  ],
  minQty: '0.00000001',
  maxQty: '50000',
  priceScale: 4,
  quantityScale: 8,
};

/** A half-unit tick (0.5) and a step of 0.05 that is not a power of ten. */
export const HALF_SYMBOL: OptionSymbolInfo = {
  symbol: 'ETH-261225-3000-C',
  filters: [
    { filterType: 'PRICE_FILTER', minPrice: '0.5', maxPrice: '5000', tickSize: '0.5' },
    { filterType: 'LOT_SIZE', minQty: '0.05', maxQty: '500', stepSize: '0.05' },
  ],
  priceScale: 1,
  quantityScale: 2,
};

/**
 * -1111 as traders report it (USDⓈ-M futures, same code and text as the Options document):
 * https://github.com/Binance-docs/Binance_Futures_python/issues/148 and
 * https://github.com/binance-exchange/go-binance/pull/3 ("-1111: Precision is over the maximum
 * defined for this asset").
 */
export const PRECISION_PAYLOAD = { code: -1111, msg: 'Precision is over the maximum defined for this asset.' };

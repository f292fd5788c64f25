/** @exchange-errors/binance: Binance's adapter for the engine, shared by every Binance product package. */
export { binance } from './adapter.js';

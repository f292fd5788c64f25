/**
 * `@exchange-errors/binance`: Binance for the engine, shared by its product packages. The adapter
 * (`binance`) is here; the order rules of Spot (`./rules/spot`) and of the futures
 * (`./rules/futures`) are entries of their own, each loaded as a chunk with its product's rules. Not
 * imported by apps directly: the product packages (`@exchange-errors/binance-spot`, …) carry both to
 * the engine.
 */
export { binance } from './adapter.js';
export type { OrderField } from './rules/shared/types.js';

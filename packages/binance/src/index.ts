/**
 * `@exchange-errors/binance`: what the exchange-errors products share about Binance. Today: the order
 * rules of Spot (`./rules/spot`) and of the futures (`./rules/futures`), each an entry of its own, and
 * the validation the product packages bind to them. Not imported by apps directly: the product
 * packages (`@exchange-errors/binance-spot`, …) carry the rules to the engine.
 */
export type { OrderFailure, OrderField, OrderRules } from './rules/shared/types.js';
export { validateWith, type OrderIssue, type OrderValidation, type ValidatedProduct } from './validate.js';

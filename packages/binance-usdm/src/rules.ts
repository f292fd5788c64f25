/**
 * The order rules of this product, as the engine takes them (`ProductModule.rules`): Binance's, shared
 * with its other products in `@exchange-errors/binance`. The generated binding loads this module as a
 * chunk of its own, only when an app passes `explain` or validates an order.
 */
export { usdmRules as rules } from '@exchange-errors/binance/rules/futures';
export type { FuturesOrderDraft } from '@exchange-errors/binance/rules/futures';

/**
 * The taxonomy every product's codes are sorted into. One definition, the runtime's: the kit ships it
 * (`@exchange-errors/binance-options` re-exports it today; the product-agnostic engine will own it),
 * and the generator validates each product's curated table against it.
 */
export { CATEGORIES, SEVERITIES, type Category, type Severity } from '../../../binance-options/src/taxonomy.js';

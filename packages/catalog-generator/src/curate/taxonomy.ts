/**
 * The taxonomy every product's codes are sorted into. One definition, the engine's
 * (`@exchange-errors/core` ships it), read from its source: the generator runs before any
 * build, and validates each product's curated table against it.
 */
export { CATEGORIES, SEVERITIES, type Category, type Severity } from '../../../core/src/taxonomy.js';

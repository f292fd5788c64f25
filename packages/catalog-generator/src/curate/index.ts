/**
 * What a product package's hand-written inputs import: the types of its override table and curated
 * guidance, their small helpers, the taxonomy, and the guidance shared by the general codes.
 */
export * from './overrides.js';
export * from './guidance.js';
export * from './taxonomy.js';
export { shared, sharedGuidanceOf, SHARED_CODES } from '../../curated/general.js';

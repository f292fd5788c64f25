/**
 * @exchange-errors/core/internal: what the kit's own packages need from the engine (the generated
 * product bindings, the order rules, the React kit) and apps do not. Not documented for apps; it may
 * change in any release.
 */
export {
  catalogFrom,
  codesFromRows,
  withServerMessages,
  type ClassRow,
  type CodeRow,
  type CodeWithDocs,
  type GeneratedCode,
  type VariantRow,
} from './generated.js';
export { formatResolvedWith, type FormatSources } from './format.js';
export { catalogsNeeded, resolveAmong, type ReadyProduct } from './route.js';
export { loadRulesOf } from './modules.js';
export { readOwn } from './lookup.js';
export { loadCatalogTexts, textLanguageFor } from './i18n.js';
export { findTemplate, textContext, type TextContext } from './texts.js';
export { supportedLanguageOf, uiLanguageOf } from './languages.js';
export { interpolate } from './interpolate.js';
export { presentTemplate } from './present.js';
export { localizeExplanation, tidyCjkSpacing, type ExplanationDraft } from './localize.js';
export * as decimal from './decimal.js';

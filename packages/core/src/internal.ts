/**
 * @exchange-errors/core/internal: what the kit's own packages need from the engine (the generated
 * product bindings, the React kit) and apps do not. Not documented for apps; it may change in any
 * release.
 */
export { catalogFrom, type CodeWithDocs, type GeneratedCode } from './generated.js';
export { formatResolvedWith, readFormatOptions, type FormatSources } from './format.js';
export { resolveAmong, readyProducts, type ReadyProduct } from './route.js';
export { sourcesOf } from './verbs.js';
export { catalogOf, loadCatalogOf, loadRulesOf, productList, rulesOf } from './modules.js';
export { loadCatalogTexts, textLanguageFor } from './i18n.js';
export { findTemplate, rawTexts, textContext, type TextContext } from './texts.js';
export { supportedLanguageOf } from './languages.js';
export { interpolate } from './interpolate.js';
export { localizeExplanation, tidyCjkSpacing, type ExplanationDraft } from './localize.js';
export { presentTemplate } from './present.js';
export { readSafely } from './lookup.js';
export * as decimal from './decimal.js';

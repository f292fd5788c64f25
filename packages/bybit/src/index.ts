/**
 * Bybit v5's error catalog, generated from Bybit's own documents: every code with its section-scoped
 * meanings, and where each Chinese message comes from. Its texts are the `bybit` i18next namespace in
 * English, Traditional and Simplified Chinese (`./locales/en`, `./locales/zh-Hant`, `./locales/zh`, or
 * the JSON files). The engine binding (reading a Bybit answer, its outcome) comes with the
 * exchange-neutral engine.
 */
export { CODES, PRODUCT, SECTIONS, SOURCE, ZH_HANS_ORIGIN, ZH_ORIGIN } from './generated/catalog.js';

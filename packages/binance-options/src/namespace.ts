/** The i18next namespace the kit's Binance Options texts live in. */
export const NAMESPACE = 'binanceOptions';
export type Namespace = typeof NAMESPACE;

export { SUPPORTED_LANGUAGES, supportedLanguageOf, type SupportedLanguage } from '@exchange-errors/core';

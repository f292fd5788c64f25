/**
 * Both languages of the `binanceOptions` namespace, statically. Importing this pulls every locale into
 * a bundle; an app that wants only the trader's language uses `loadBinanceOptionsErrors` instead.
 */
import en from './generated/locales/en.js';
import zh from './generated/locales/zh.js';
import { NAMESPACE } from './namespace.js';

/** The namespace's shape, for an app's `CustomTypeOptions['resources']`. */
export type BinanceOptionsResource = typeof en;

export const resources = {
  en: { [NAMESPACE]: en },
  zh: { [NAMESPACE]: zh },
} as const;

export { en as binanceOptionsEn, zh as binanceOptionsZh };

/**
 * Both languages of the `binanceUsdm` namespace, statically. Importing this pulls every locale into a
 * bundle; an app that wants only the trader's language registers `binanceUsdm` with the React kit,
 * or calls `loadBinanceUsdmErrors`.
 */
import en from './generated/locales/en.js';
import zh from './generated/locales/zh.js';

/** The namespace's shape, for an app's `CustomTypeOptions['resources']`. */
export type BinanceUsdmResource = typeof en;

export const resources = { en: { binanceUsdm: en }, zh: { binanceUsdm: zh } } as const;

/**
 * Both languages of the `binanceSpot` namespace, statically. Importing this pulls every locale into a
 * bundle; an app that wants only the trader's language registers `binanceSpot` with the React kit,
 * or calls `loadBinanceSpotErrors`.
 */
import en from './generated/locales/en.js';
import zh from './generated/locales/zh.js';

/** The namespace's shape, for an app's `CustomTypeOptions['resources']`. */
export type BinanceSpotResource = typeof en;

export const resources = { en: { binanceSpot: en }, zh: { binanceSpot: zh } } as const;

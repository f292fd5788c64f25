/**
 * Both languages of the `binancePm` namespace, statically. Importing this pulls every locale into a
 * bundle; an app that wants only the trader's language registers `binancePm` with the React kit,
 * or calls `loadBinancePmErrors`.
 */
import en from './generated/locales/en.js';
import zh from './generated/locales/zh.js';

/** The namespace's shape, for an app's `CustomTypeOptions['resources']`. */
export type BinancePmResource = typeof en;

export const resources = { en: { binancePm: en }, zh: { binancePm: zh } } as const;

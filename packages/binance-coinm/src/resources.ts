/**
 * Both languages of the `binanceCoinm` namespace, statically. Importing this pulls every locale into a
 * bundle; an app that wants only the trader's language registers `binanceCoinm` with the React kit,
 * or calls `loadBinanceCoinmErrors`.
 */
import en from './generated/locales/en.js';
import zh from './generated/locales/zh.js';

/** The namespace's shape, for an app's `CustomTypeOptions['resources']`. */
export type BinanceCoinmResource = typeof en;

export const resources = { en: { binanceCoinm: en }, zh: { binanceCoinm: zh } } as const;

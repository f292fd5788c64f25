/**
 * Glue for the app's own i18next instance, for the Options namespace. The app owns the instance and
 * its language; the kit only adds its namespace, merging so that any key the app already set wins.
 */
import {
  addCatalogTexts,
  hasCatalogTexts,
  loadCatalogTexts,
  supportedLanguageOf,
  type I18nLike,
  type SupportedLanguage,
} from '@exchange-errors/core';
import { binanceOptions } from './module.js';
import { NAMESPACE } from './namespace.js';
import type { BinanceOptionsResource } from './resources.js';

export type { I18nLike } from '@exchange-errors/core';

/**
 * Adds one language's resource to `i18n` under `lng`, keeping every key the app already has.
 * Deep merge, no overwrite: i18next's `addResourceBundle(lng, ns, res, true, false)`.
 */
export function addBinanceOptionsBundle(i18n: I18nLike, lng: string, resource: BinanceOptionsResource): void {
  addCatalogTexts(i18n, NAMESPACE, lng, resource);
}

/** Whether the kit already merged `lng` into this instance (by any of the functions here). */
export function hasBinanceOptionsBundle(i18n: object, lng: string): boolean {
  return hasCatalogTexts(i18n, NAMESPACE, lng);
}

/**
 * Loads one language on demand (a separate chunk in a bundled app: an English-only app never
 * downloads Chinese). `zh-CN`, `zh-TW` … load `zh`; any other tag loads `en`.
 */
export function loadBinanceOptionsLocale(lng: string): Promise<BinanceOptionsResource> {
  return binanceOptions.loadTexts(supportedLanguageOf(lng)) as Promise<BinanceOptionsResource>;
}

/**
 * Loads the namespace for `lng` (default: the instance's current language) and adds it to `i18n`
 * under the shipped language (`zh-CN` → `zh`), where i18next's fallback from `zh-CN` finds it.
 * Resolves to the language it added.
 */
export function loadBinanceOptionsErrors(i18n: I18nLike, lng?: string): Promise<SupportedLanguage> {
  return loadCatalogTexts(i18n, binanceOptions, lng);
}

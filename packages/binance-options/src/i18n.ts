/**
 * Glue for the app's own i18next instance. The app owns the instance and its language; the kit only
 * adds its namespace, merging so that any key the app already set (its own wording) wins.
 */
import type { i18n as I18n } from 'i18next';
import { canonicalLanguage } from './language.js';
import { instanceLanguage } from './lookup.js';
import { NAMESPACE, supportedLanguageOf, type SupportedLanguage } from './namespace.js';
import type { BinanceOptionsResource } from './resources.js';

/** The subset of an i18next instance the kit uses; any i18next 23–27 instance fits. */
export type I18nLike = Pick<I18n, 'addResourceBundle' | 'getResource'> & Partial<Pick<I18n, 'language' | 'resolvedLanguage'>>;

const merged = new WeakMap<object, Set<string>>();

/**
 * Adds one language's resource to `i18n` under `lng`, keeping every key the app already has.
 * Deep merge, no overwrite: i18next's `addResourceBundle(lng, ns, res, true, false)`.
 */
export function addBinanceOptionsBundle(i18n: I18nLike, lng: string, resource: BinanceOptionsResource): void {
  if (typeof i18n !== 'object' || i18n === null) return;
  try {
    i18n.addResourceBundle(lng, NAMESPACE, resource, true, false);
  } catch {
    // An instance that refuses resources still gets the shipped texts from formatBinanceError.
    return;
  }
  let languages = merged.get(i18n);
  if (!languages) merged.set(i18n, (languages = new Set()));
  languages.add(lng);
}

/** Whether the kit already merged `lng` into this instance (by any of the functions here). */
export function hasBinanceOptionsBundle(i18n: object, lng: string): boolean {
  if (typeof i18n !== 'object' || i18n === null) return false;
  return merged.get(i18n)?.has(lng) ?? false;
}

const loaders: Record<SupportedLanguage, () => Promise<BinanceOptionsResource>> = {
  en: () => import('./generated/locales/en.js').then((m) => m.default),
  zh: () => import('./generated/locales/zh.js').then((m) => m.default),
};

/**
 * Loads one language on demand (a separate chunk in a bundled app: an English-only app never
 * downloads Chinese). `zh-CN`, `zh-TW` … load `zh`; any other tag loads `en`.
 */
export function loadBinanceOptionsLocale(lng: string): Promise<BinanceOptionsResource> {
  return loaders[supportedLanguageOf(lng)]();
}

/**
 * Loads the namespace for `lng` (default: the instance's current language) and adds it to `i18n`
 * under the shipped language (`zh-CN` → `zh`), where i18next's fallback from `zh-CN` finds it.
 * Resolves to the language it added.
 */
export async function loadBinanceOptionsErrors(i18n: I18nLike, lng?: string): Promise<SupportedLanguage> {
  const language = supportedLanguageOf(canonicalLanguage(lng) ?? canonicalLanguage(instanceLanguage(i18n)));
  if (!hasBinanceOptionsBundle(i18n, language)) {
    addBinanceOptionsBundle(i18n, language, await loadBinanceOptionsLocale(language));
  }
  return language;
}

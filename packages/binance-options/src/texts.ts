/**
 * Raw templates of the `binanceOptions` namespace for one language: from the app's i18next instance
 * when it has the key (its wording and language fallbacks win), else from the shipped resources.
 * The same lookup formatBinanceError does, for the functions that take an already resolved error
 * (explainBinanceError, presentBinanceError, validateOrder).
 *
 * TODO(after issue 9 lands in format.ts): let formatBinanceError use this module too; it keeps its
 * own copy for now so the two rewrites of format.ts do not collide.
 */
import { addBinanceOptionsBundle, hasBinanceOptionsBundle, type I18nLike } from './i18n.js';
import { NAMESPACE, supportedLanguageOf } from './namespace.js';
import { resources } from './resources.js';

/** A template with its `{{placeholders}}` left in, or null when neither source has the key. */
export type RawText = (key: string) => string | null;

const shippedCache = { en: new Map<string, string | null>(), zh: new Map<string, string | null>() };

export function shippedTemplate(lng: string, key: string): string | null {
  const language = supportedLanguageOf(lng);
  const cache = shippedCache[language];
  let text = cache.get(key);
  if (text === undefined) {
    let node: unknown = resources[language][NAMESPACE];
    for (const part of key.split('.')) {
      const own = typeof node === 'object' && node !== null && Object.prototype.hasOwnProperty.call(node, part);
      node = own ? (node as Record<string, unknown>)[part] : undefined;
    }
    text = typeof node === 'string' ? node : null;
    if (cache.size < 2048) cache.set(key, text);
  }
  return text;
}

export function isI18nLike(value: unknown): value is I18nLike {
  try {
    return (
      typeof value === 'object' &&
      value !== null &&
      typeof (value as I18nLike).getFixedT === 'function' &&
      typeof (value as I18nLike).addResourceBundle === 'function'
    );
  } catch {
    return false;
  }
}

// Raw text from i18next: no interpolation (the kit fills values itself), `.` keys whatever the app's
// key separator.
const T_OPTIONS = { skipInterpolation: true, keySeparator: '.', defaultValue: '' };

type FixedT = (key: string, options: object) => unknown;
const fixedT = new WeakMap<object, Map<string, FixedT>>();

function translatorFor(i18n: I18nLike, lng: string): FixedT {
  let byLng = fixedT.get(i18n);
  if (!byLng) fixedT.set(i18n, (byLng = new Map()));
  let t = byLng.get(lng);
  if (!t) {
    t = i18n.getFixedT(lng, NAMESPACE) as FixedT;
    byLng.set(lng, t);
  }
  return t;
}

/** The templates for `lng`, from `i18n` when given (the namespace is merged in if missing). */
export function textSource(lng: string, i18n?: unknown): RawText {
  const custom = isI18nLike(i18n) ? i18n : undefined;
  if (custom) {
    const language = supportedLanguageOf(lng);
    try {
      if (!hasBinanceOptionsBundle(custom, language)) addBinanceOptionsBundle(custom, language, resources[language][NAMESPACE]);
    } catch {
      // An instance that refuses resources still gets the shipped text below.
    }
  }
  return (key) => {
    if (custom) {
      try {
        const text = translatorFor(custom, lng)(key, T_OPTIONS);
        if (typeof text === 'string' && text.trim() !== '' && text !== key) return text;
      } catch {
        // Fall through to the shipped text.
      }
    }
    return shippedTemplate(lng, key);
  };
}

/** `lng` as given, or the instance's language, or `en`; never throws on odd options. */
export function languageOf(lng: unknown, i18n: unknown): string {
  if (typeof lng === 'string' && lng.trim() !== '') return lng.trim();
  if (isI18nLike(i18n)) {
    try {
      const fromInstance = i18n.resolvedLanguage ?? i18n.language;
      if (typeof fromInstance === 'string' && fromInstance.trim() !== '') return fromInstance.trim();
    } catch {
      // A throwing getter: the default below.
    }
  }
  return 'en';
}

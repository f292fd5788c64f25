import type { Language } from './catalog.js';

/** Languages the kit's products ship: English, Simplified Chinese, and (Bybit) Traditional Chinese. */
export const SUPPORTED_LANGUAGES: readonly Language[] = ['en', 'zh', 'zh-Hant'];

/**
 * The base language for an app language tag: any Chinese tag (`zh`, `zh-CN`, `zh-Hant-TW`, `zh_TW`)
 * is `zh`, everything else `en`. Which Chinese a product serves is `shippedLanguageFor`'s choice.
 */
export function supportedLanguageOf(lng: unknown): 'en' | 'zh' {
  return typeof lng === 'string' && /^zh(?:$|[-_])/i.test(lng.trim()) ? 'zh' : 'en';
}

/** A tag that asks for Traditional Chinese by its script or its region (`zh-Hant`, `zh-TW`, `zh_HK`, `zh-MO`). */
const TRADITIONAL_TAG = /^zh[-_](?:hant|tw|hk|mo)(?:[-_]|$)/i;

/**
 * The language of the React kit's own strings for an app's tag: `zh-Hant` for a Traditional tag,
 * `zh` for any other Chinese, else `en`. Read from the tag's text alone, without the language plan
 * (`Intl.Locale`), so that the toaster's first load stays small; never throws.
 */
export function uiLanguageOf(lng: unknown): Language {
  const base = supportedLanguageOf(lng);
  return base === 'zh' && typeof lng === 'string' && TRADITIONAL_TAG.test(lng.trim()) ? 'zh-Hant' : base;
}

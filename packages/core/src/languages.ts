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

/** Languages every catalog ships. */
export const SUPPORTED_LANGUAGES = ['en', 'zh'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/**
 * The shipped language for an app language tag: any Chinese tag (`zh`, `zh-CN`, `zh-Hant-TW`,
 * `zh_TW`) is `zh`, everything else `en`. The kit ships Simplified Chinese only; a Traditional
 * Chinese app adds its own translation under `zh-Hant`.
 */
export function supportedLanguageOf(lng: unknown): SupportedLanguage {
  return typeof lng === 'string' && /^zh(?:$|[-_])/i.test(lng.trim()) ? 'zh' : 'en';
}

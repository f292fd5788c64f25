/**
 * Raw templates of the `binanceOptions` namespace, the one lookup every formatting function uses
 * (formatBinanceError, explainBinanceError, presentBinanceError, validateOrder): from the app's
 * i18next instance through the language plan (its wording and its Traditional Chinese win), else
 * from the shipped resources. Never throws.
 */
import { addBinanceOptionsBundle, hasBinanceOptionsBundle, type I18nLike } from './i18n.js';
import { canonicalLanguage, planLanguage, type LanguagePlan } from './language.js';
import { instanceLanguage, isI18nLike, lookupText, type FoundText } from './lookup.js';
import { NAMESPACE, type SupportedLanguage } from './namespace.js';
import { resources } from './resources.js';

/** A template with its `{{placeholders}}` left in, or null when neither source has the key. */
export type RawText = (key: string) => string | null;

const shippedCache = { en: new Map<string, string | null>(), zh: new Map<string, string | null>() };

/** A template of the shipped resources, read directly: no i18next, no global state. */
export function shippedTemplate(language: SupportedLanguage, key: string): string | null {
  const cache = shippedCache[language];
  let text = cache.get(key);
  if (text === undefined) {
    let node: unknown = resources[language][NAMESPACE];
    for (const part of key.split('.')) {
      const own = typeof node === 'object' && node !== null && Object.prototype.hasOwnProperty.call(node, part);
      node = own ? (node as Record<string, unknown>)[part] : undefined;
    }
    text = typeof node === 'string' ? node : null;
    // Keys come from the resolver, a closed set; the cap only guards against a caller's odd keys.
    if (cache.size < 2048) cache.set(key, text);
  }
  return text;
}

/** Where texts come from for one call: the plan for the language, and the app's instance if any. */
export interface TextContext {
  readonly plan: LanguagePlan;
  readonly i18n: I18nLike | undefined;
}

/**
 * The context for `lng` (default: the instance's language) and an app's instance; merges the shipped
 * namespace into the instance when missing, never overwriting the app's own keys.
 */
export function textContext(lng: unknown, i18n: unknown): TextContext {
  const custom = isI18nLike(i18n) ? i18n : undefined;
  const asked = typeof lng === 'string' && lng.trim() !== '' ? lng : custom ? instanceLanguage(custom) : undefined;
  const plan = planLanguage(asked);
  if (custom && !hasBinanceOptionsBundle(custom, plan.shipped)) addBinanceOptionsBundle(custom, plan.shipped, resources[plan.shipped][NAMESPACE]);
  return { plan, i18n: custom };
}

/** One template and the language it was found under. */
export function findTemplate(context: TextContext, key: string): FoundText | null {
  const found = context.i18n ? lookupText(context.i18n, context.plan, NAMESPACE, key) : null;
  if (found) return found;
  const shipped = shippedTemplate(context.plan.shipped, key);
  return shipped === null ? null : { text: shipped, lng: context.plan.shipped };
}

/** The templates for `lng`, from `i18n` when given. */
export function textSource(lng: unknown, i18n?: unknown): RawText {
  const context = textContext(lng, i18n);
  return (key) => findTemplate(context, key)?.text ?? null;
}

/** `lng` as given (canonical), or the instance's language, or `en`: the tag for Intl formatting. */
export function languageOf(lng: unknown, i18n: unknown): string {
  const asked = canonicalLanguage(lng);
  if (asked !== null) return asked;
  return canonicalLanguage(isI18nLike(i18n) ? instanceLanguage(i18n) : undefined) ?? 'en';
}

/**
 * Raw templates of a product's namespace, the one lookup every formatting function uses: from the
 * app's i18next instance through the language plan (its wording and its Traditional Chinese win),
 * else from the texts the caller ships (a product package passes its generated resources; a lazy app
 * passes none and relies on what it loaded into its instance). Never throws.
 */
import type { CatalogTexts, Language } from './catalog.js';
import { addCatalogTexts, hasCatalogTexts, type I18nLike } from './i18n.js';
import { canonicalLanguage, planLanguage, shippedLanguageFor, type LanguagePlan } from './language.js';
import { instanceLanguage, isI18nLike, lookupText, type FoundText } from './lookup.js';

/** A template with its `{{placeholders}}` left in, or null when no source has the key. */
export type RawText = (key: string) => string | null;

/** The texts a caller ships per language (already in memory), or undefined for a language it has not. */
export type ShippedTexts = (language: Language) => CatalogTexts | undefined;

const templateCache = new WeakMap<object, Map<string, string | null>>();

/** A template of shipped texts, read directly: no i18next, no global state. */
export function shippedTemplate(texts: CatalogTexts, key: string): string | null {
  let cache = templateCache.get(texts);
  if (!cache) templateCache.set(texts, (cache = new Map()));
  let text = cache.get(key);
  if (text === undefined) {
    let node: unknown = texts;
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

/** Where texts come from for one call. */
export interface TextContext {
  readonly plan: LanguagePlan;
  readonly i18n: I18nLike | undefined;
  readonly namespace: string;
  readonly shipped: CatalogTexts | undefined;
  /** The language the shipped texts are in (the product's choice for the plan: `zh-Hant` where it has one). */
  readonly shippedLanguage: Language;
}

/**
 * The context for `lng` (default: the instance's language), an app's instance and a namespace;
 * merges the shipped texts into the instance when missing, never overwriting the app's own keys.
 */
export function textContext(
  lng: unknown,
  i18n: unknown,
  namespace: string,
  shipped?: ShippedTexts,
  languages: readonly Language[] = ['en', 'zh'],
): TextContext {
  const custom = isI18nLike(i18n) ? i18n : undefined;
  const asked = typeof lng === 'string' && lng.trim() !== '' ? lng : custom ? instanceLanguage(custom) : undefined;
  const plan = planLanguage(asked);
  const shippedLanguage = shippedLanguageFor(plan, languages);
  let texts: CatalogTexts | undefined;
  try {
    texts = shipped?.(shippedLanguage);
  } catch {
    texts = undefined;
  }
  if (custom && texts && !hasCatalogTexts(custom, namespace, shippedLanguage))
    addCatalogTexts(custom, namespace, shippedLanguage, texts);
  return { plan, i18n: custom, namespace, shipped: texts, shippedLanguage };
}

/** One template and the language it was found under. */
export function findTemplate(context: TextContext, key: string): FoundText | null {
  const found = context.i18n ? lookupText(context.i18n, context.plan, context.namespace, key) : null;
  if (found) return found;
  const shipped = context.shipped ? shippedTemplate(context.shipped, key) : null;
  return shipped === null ? null : { text: shipped, lng: context.shippedLanguage };
}

/** The raw templates of one context. */
export function rawTexts(context: TextContext): RawText {
  return (key) => findTemplate(context, key)?.text ?? null;
}

/** `lng` as given (canonical), or the instance's language, or `en`: the tag for Intl formatting. */
export function languageOf(lng: unknown, i18n: unknown): string {
  const asked = canonicalLanguage(lng);
  if (asked !== null) return asked;
  return canonicalLanguage(isI18nLike(i18n) ? instanceLanguage(i18n) : undefined) ?? 'en';
}

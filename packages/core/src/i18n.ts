/**
 * Glue for the app's own i18next instance. The app owns the instance and its language; the kit only
 * adds its namespaces, merging so that any key the app already set (its own wording) wins.
 */
import type { BinanceCatalogModule, CatalogTexts } from './catalog.js';
import { canonicalLanguage } from './language.js';
import { supportedLanguageOf, type SupportedLanguage } from './languages.js';
import { instanceLanguage } from './lookup.js';

/**
 * The part of an i18next instance the kit uses; any i18next 23–27 instance fits (type tests check
 * 23, 26 and 27). Declared here rather than picked from i18next's own `i18n` type so that the
 * published declarations never import `i18next`: it is an optional peer, and a Node service that
 * only formats errors type-checks without it (`skipLibCheck: false`). Methods, not function
 * properties, so that i18next's generic, overloaded signatures are compared bivariantly.
 */
export interface I18nLike {
  addResourceBundle(lng: string, ns: string, resources: object, deep?: boolean, overwrite?: boolean): unknown;
  /** One raw text, read without i18next's own fallback (the kit walks its language plan itself). */
  getResource(lng: string, ns: string, key: string, options?: { keySeparator?: string | false }): unknown;
  readonly language?: string | undefined;
  readonly resolvedLanguage?: string | undefined;
}

const merged = new WeakMap<object, Set<string>>();

/**
 * Adds one language's texts of a namespace to `i18n` under `lng`, keeping every key the app already
 * has. Deep merge, no overwrite: i18next's `addResourceBundle(lng, ns, res, true, false)`.
 */
export function addCatalogTexts(i18n: I18nLike, namespace: string, lng: string, texts: CatalogTexts): void {
  if (typeof i18n !== 'object' || i18n === null) return;
  try {
    i18n.addResourceBundle(lng, namespace, texts, true, false);
  } catch {
    // An instance that refuses resources still gets the shipped texts from the formatter.
    return;
  }
  let added = merged.get(i18n);
  if (!added) merged.set(i18n, (added = new Set()));
  added.add(`${namespace}\u0000${lng}`);
}

/** Whether the kit already merged `lng` of `namespace` into this instance. */
export function hasCatalogTexts(i18n: unknown, namespace: string, lng: string): boolean {
  if (typeof i18n !== 'object' || i18n === null) return false;
  return merged.get(i18n)?.has(`${namespace}\u0000${lng}`) ?? false;
}

/**
 * Loads a product's texts for `lng` (default: the instance's current language) and adds them to
 * `i18n` under the shipped language (`zh-CN` → `zh`), where i18next's fallback from `zh-CN` finds
 * them. Resolves to the language it added; never rejects for an instance that misbehaves.
 */
export async function loadCatalogTexts(
  i18n: I18nLike,
  module: Pick<BinanceCatalogModule, 'namespace' | 'loadTexts'>,
  lng?: string,
): Promise<SupportedLanguage> {
  const language = supportedLanguageOf(canonicalLanguage(lng) ?? canonicalLanguage(instanceLanguage(i18n)));
  if (!hasCatalogTexts(i18n, module.namespace, language)) {
    addCatalogTexts(i18n, module.namespace, language, await module.loadTexts(language));
  }
  return language;
}

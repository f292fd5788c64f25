/**
 * Glue for the app's own i18next instance. The app owns the instance and its language; the kit only
 * adds its namespaces, merging so that any key the app already set (its own wording) wins.
 */
import type { CatalogTexts, Language, ProductModule } from './catalog.js';
import { canonicalLanguage, planLanguage, shippedLanguageFor } from './language.js';
import { instanceLanguage } from './lookup.js';
import { languagesOf, loadCatalogOf, loadRulesOf, loadTextsOf, productList, textsOf } from './modules.js';

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
 * The language a product's texts are added in for `lng` (default: the instance's current language):
 * its shipped language (`zh-CN` → `zh`; `zh-TW` → `zh-Hant` for a product that has it), where the
 * kit's lookup (and i18next's fallback from `zh-CN`) finds them.
 */
export function textLanguageFor(i18n: unknown, module: ProductModule, lng?: unknown): Language {
  const tag = canonicalLanguage(lng) ?? canonicalLanguage(instanceLanguage(i18n));
  return shippedLanguageFor(planLanguage(tag ?? 'en'), languagesOf(module));
}

/**
 * Loads a product's texts for `lng` and adds them to `i18n` under its shipped language. Resolves to
 * the language it added; never rejects, also for an instance that misbehaves or a chunk that fails.
 */
export async function loadCatalogTexts(i18n: I18nLike, module: ProductModule, lng?: unknown): Promise<Language> {
  const language = textLanguageFor(i18n, module, lng);
  if (!hasCatalogTexts(i18n, module.namespace, language)) {
    const texts = await loadTextsOf(module, language);
    if (texts) addCatalogTexts(i18n, module.namespace, language, texts);
  }
  return language;
}

/**
 * Makes `products` ready for the synchronous verbs and adds their texts for `lng` (default: the
 * instance's language) to the app's i18next instance, keeping every key the app already set: each
 * product's catalog, its texts in that language and its order rules load (one chunk each, once).
 * In-memory modules need none of it; their texts are still added. `i18n` may be null (a Node service
 * without i18next). Never rejects: a chunk that fails to load leaves its product generic.
 */
export async function loadErrors(i18n: I18nLike | null | undefined, products: unknown, lng?: string): Promise<void> {
  const instance = typeof i18n === 'object' && i18n !== null ? i18n : undefined;
  const modules = productList(products);
  // In-memory texts go in before the first await: an app can render right after calling.
  if (instance) {
    for (const module of modules) {
      const language = textLanguageFor(instance, module, lng);
      const texts = textsOf(module, language);
      if (texts && !hasCatalogTexts(instance, module.namespace, language))
        addCatalogTexts(instance, module.namespace, language, texts);
    }
  }
  await Promise.all(
    modules.map((module) =>
      Promise.all([
        loadCatalogOf(module),
        loadRulesOf(module),
        instance
          ? loadCatalogTexts(instance, module, lng)
          : loadTextsOf(module, textLanguageFor(undefined, module, lng)),
      ]),
    ),
  );
}

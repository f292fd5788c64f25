/**
 * Product modules as callers pass them, and what of each is in memory. Every verb takes one module or
 * several; a lazy module's catalog, texts and rules are kept here once loaded (per module object), so
 * that after `loadErrors` (or the React kit's first load) the synchronous verbs read them too.
 */
import type { Catalog, CatalogTexts, Language, ProductModule } from './catalog.js';
import type { OrderRules } from './explanation.js';
import { readSafely } from './lookup.js';

interface Loaded {
  catalog?: Catalog;
  texts: Partial<Record<Language, CatalogTexts>>;
  rules?: OrderRules;
}

const loaded = new WeakMap<object, Loaded>();

function stateOf(module: ProductModule): Loaded {
  let state = loaded.get(module);
  if (!state) loaded.set(module, (state = { texts: {} }));
  return state;
}

/** Whether a value can be used as a product module (read safely: a Proxy or a getter may throw). */
export function isProductModule(value: unknown): value is ProductModule {
  const exchange = readSafely(value, 'exchange');
  return (
    typeof readSafely(value, 'product') === 'string' &&
    typeof readSafely(value, 'namespace') === 'string' &&
    typeof readSafely(exchange, 'id') === 'string' &&
    Array.isArray(readSafely(exchange, 'bodies')) &&
    typeof readSafely(value, 'loadCatalog') === 'function' &&
    typeof readSafely(value, 'loadTexts') === 'function'
  );
}

/** The modules in `products` (one module, an array of them, or anything: what is not a module is left out). */
export function productList(products: unknown): readonly ProductModule[] {
  if (isProductModule(products)) return [products];
  let items: unknown[];
  try {
    items = Array.isArray(products) ? Array.from(products as unknown[]) : [];
  } catch {
    return [];
  }
  return items.filter(isProductModule);
}

function isCatalog(value: unknown): value is Catalog {
  return Array.isArray(readSafely(value, 'codes')) && typeof readSafely(value, 'namespace') === 'string';
}

/** The module's catalog when it is in memory: its own (an eager module's), or one loaded before. */
export function catalogOf(module: ProductModule): Catalog | undefined {
  const own = readSafely(module, 'catalog');
  if (isCatalog(own)) return own;
  return loaded.get(module)?.catalog;
}

/** Loads the module's catalog once; undefined when its chunk cannot load (offline, a deploy in between). */
export async function loadCatalogOf(module: ProductModule): Promise<Catalog | undefined> {
  const have = catalogOf(module);
  if (have) return have;
  try {
    const catalog: unknown = await module.loadCatalog();
    if (!isCatalog(catalog)) return undefined;
    stateOf(module).catalog = catalog;
    return catalog;
  } catch {
    return undefined;
  }
}

/** The module's texts in `language` when they are in memory. */
export function textsOf(module: ProductModule, language: Language): CatalogTexts | undefined {
  const own = readSafely(readSafely(module, 'texts'), language);
  if (typeof own === 'object' && own !== null) return own as CatalogTexts;
  return loaded.get(module)?.texts[language];
}

/** The languages the module ships, read safely; English always. */
export function languagesOf(module: ProductModule): readonly Language[] {
  const list = readSafely(module, 'languages');
  return Array.isArray(list) ? (list.filter((l) => l === 'en' || l === 'zh' || l === 'zh-Hant') as Language[]) : ['en'];
}

/** Loads the module's texts in `language` once; undefined when they cannot load. */
export async function loadTextsOf(module: ProductModule, language: Language): Promise<CatalogTexts | undefined> {
  const have = textsOf(module, language);
  if (have) return have;
  try {
    const texts: unknown = await module.loadTexts(language);
    if (typeof texts !== 'object' || texts === null) return undefined;
    stateOf(module).texts[language] = texts as CatalogTexts;
    return texts as CatalogTexts;
  } catch {
    return undefined;
  }
}

function isRules(value: unknown): value is OrderRules {
  return typeof readSafely(value, 'explain') === 'function' && typeof readSafely(value, 'check') === 'function';
}

/** The module's order rules when they are in memory. */
export function rulesOf(module: ProductModule): OrderRules | undefined {
  const own = readSafely(module, 'rules');
  if (isRules(own)) return own;
  return loaded.get(module)?.rules;
}

/** Loads the module's order rules once; undefined for a product without rules, or when they cannot load. */
export async function loadRulesOf(module: ProductModule): Promise<OrderRules | undefined> {
  const have = rulesOf(module);
  if (have) return have;
  const load = readSafely(module, 'loadRules');
  if (typeof load !== 'function') return undefined;
  try {
    const rules: unknown = await (load as () => Promise<unknown>).call(module);
    if (!isRules(rules)) return undefined;
    stateOf(module).rules = rules;
    return rules;
  } catch {
    return undefined;
  }
}

/**
 * Loading the registered products' catalogs: with the engine, on first use (a chunk of its own, not
 * in an app's first load).
 */
import type { ReadyProduct } from '@exchange-errors/core/internal';
import { catalogs, keyOf, modules, notify, registeredModules, registrations } from './registry.js';

let loading: Promise<void> | null = null;
let loadingFor = -1;

/** Every registered product with its catalog, or null while one of them still has to load. */
export function loadedCatalogs(): readonly ReadyProduct[] | null {
  const out: ReadyProduct[] = [];
  for (const [key, module] of modules) {
    const catalog = catalogs.get(key);
    if (!catalog) return null;
    out.push({ module, adapter: module.exchange, catalog });
  }
  return out;
}

/** Loads every registered catalog not loaded yet; a module that fails to load is left out, not retried forever. */
export function loadRegisteredCatalogs(): Promise<void> {
  if (loadedCatalogs()) return Promise.resolve();
  // A product registered since the last load needs a new one.
  if (loading && loadingFor !== registrations) loading = null;
  loadingFor = registrations;
  loading ??= Promise.all(
    registeredModules().map(async (module) => {
      const key = keyOf(module);
      if (catalogs.has(key)) return;
      try {
        const catalog = await module.loadCatalog();
        if (modules.get(key) === module) catalogs.set(key, catalog);
      } catch {
        // A chunk that cannot load (offline, a deploy in between): the product stays unknown.
        if (modules.get(key) === module) modules.delete(key);
      }
    }),
  ).then(() => notify());
  return loading;
}

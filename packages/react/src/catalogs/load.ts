/**
 * Loading the registered products' catalogs: with the engine, on first use (a chunk of its own, not
 * in an app's first load).
 */
import { catalogs, modules, notify, registeredModules, registrations } from './registry.js';
import type { BinanceCatalog } from '@exchange-errors/core';

let loading: Promise<void> | null = null;
let loadingFor = -1;

/** Every registered product's catalog, or null while one of them still has to load. */
export function loadedCatalogs(): readonly BinanceCatalog[] | null {
  const out: BinanceCatalog[] = [];
  for (const product of modules.keys()) {
    const catalog = catalogs.get(product);
    if (!catalog) return null;
    out.push(catalog);
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
      if (catalogs.has(module.product)) return;
      try {
        const catalog = await module.loadCatalog();
        if (modules.get(module.product) === module) catalogs.set(module.product, catalog);
      } catch {
        // A chunk that cannot load (offline, a deploy in between): the product stays unknown.
        if (modules.get(module.product) === module) modules.delete(module.product);
      }
    }),
  ).then(() => notify());
  return loading;
}

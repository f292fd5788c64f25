/**
 * Loading the registered products' catalogs, on first use (each a chunk of its own, not in an app's
 * first load): the ones an error needs when it comes (core's `catalogsNeeded`: the product the caller
 * or the request names, else every one), or all of them once the page is idle.
 */
import type { Catalog, ProductModule } from '@exchange-errors/core';
import type { ReadyProduct } from '@exchange-errors/core/internal';
import { catalogs, keyOf, modules, notify, registeredModules } from './registry.js';

const loading = new WeakMap<ProductModule, Promise<void>>();

/** A registered product whose catalog is not in: read as knowing no code until it is. */
function placeholder(module: ProductModule): Catalog {
  return { exchange: module.exchange.id, product: module.product, namespace: module.namespace, codes: [] };
}

/**
 * Every registered product for the engine, a product whose catalog is not in with a catalog of no
 * codes: the engine reads an error exactly as with every catalog once those it needs are in
 * (`catalogsReady`).
 */
export function readyProducts(): readonly ReadyProduct[] {
  const out: ReadyProduct[] = [];
  for (const [key, module] of modules) {
    out.push({ module, adapter: module.exchange, catalog: catalogs.get(key) ?? placeholder(module) });
  }
  return out;
}

/** Whether every registered product's catalog is in (nothing more to wait for, whatever comes). */
export function allCatalogsLoaded(): boolean {
  for (const key of modules.keys()) if (!catalogs.has(key)) return false;
  return true;
}

/** Whether these modules' catalogs are in (a module no longer registered counts as in: it is not read). */
export function catalogsLoaded(needed: readonly ProductModule[]): boolean {
  return needed.every((module) => {
    const key = keyOf(module);
    return catalogs.has(key) || modules.get(key) !== module;
  });
}

/** Loads these modules' catalogs once each; a module that fails to load is left out (its errors read generic). */
export function loadCatalogs(needed: readonly ProductModule[]): Promise<void> {
  return Promise.all(
    needed.map((module) => {
      const key = keyOf(module);
      if (catalogs.has(key) || modules.get(key) !== module) return undefined;
      let pending = loading.get(module);
      if (!pending) {
        pending = Promise.resolve()
          .then(() => module.loadCatalog())
          .then(
            (catalog) => {
              if (modules.get(key) === module) catalogs.set(key, catalog);
            },
            () => {
              // A chunk that cannot load (offline, a deploy in between): the product stays unknown.
              if (modules.get(key) === module) modules.delete(key);
            },
          )
          .finally(() => {
            loading.delete(module);
            notify();
          });
        loading.set(module, pending);
      }
      return pending;
    }),
  ).then(() => undefined);
}

/** Loads every registered catalog not loaded yet. */
export function loadRegisteredCatalogs(): Promise<void> {
  return loadCatalogs(registeredModules());
}

/**
 * Loading the registered products' catalogs, on first use (each a chunk of its own, not in an app's
 * first load): the ones an error needs when it comes (core's `catalogsNeeded`: the product the caller
 * or the request names, else every one), or all of them once the page is idle. What is loaded is
 * read by the engine (engine/resolveRecord.ts).
 */
import type { ProductModule } from '@exchange-errors/core';
import { prefetchedCatalog } from '../ErrorToaster/prefetched.js';
import { catalogs, keyOf, modules, notify, registeredModules } from './registry.js';

const loading = new WeakMap<ProductModule, Promise<void>>();

/** Loads these modules' catalogs once each; a module that fails to load is left out (its errors read generic). */
export function loadCatalogs(needed: readonly ProductModule[]): Promise<void> {
  return Promise.all(
    needed.map((module) => {
      const key = keyOf(module);
      if (catalogs.has(key) || modules.get(key) !== module) return undefined;
      let pending = loading.get(module);
      if (!pending) {
        pending = Promise.resolve()
          // What the toaster's prefetch asked for already, if it asked this module (no second load).
          .then(() => prefetchedCatalog(module) ?? module.loadCatalog())
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

/**
 * The Binance products an app told the kit about: their lazy modules (a few hundred bytes each) and,
 * once loaded, their catalogs. Nothing here imports a catalog: `registerBinanceCatalogs(binanceOptions)`
 * is how an app brings one, and only the products it registers are ever fetched.
 */
import type { BinanceCatalog, BinanceCatalogModule } from '@exchange-errors/core';

/** By product; shared with load.ts, which fills `catalogs`. */
export const modules = new Map<string, BinanceCatalogModule>();
export const catalogs = new Map<string, BinanceCatalog>();
const listeners = new Set<() => void>();
let version = 0;
/** How many times products were registered: a load started before the last one is stale. */
export let registrations = 0;

export function notify(): void {
  version += 1;
  for (const listener of Array.from(listeners)) {
    try {
      listener();
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}

function isModule(value: unknown): value is BinanceCatalogModule {
  if (typeof value !== 'object' || value === null) return false;
  try {
    const m = value as BinanceCatalogModule;
    return (
      typeof m.product === 'string' &&
      typeof m.namespace === 'string' &&
      typeof m.loadCatalog === 'function' &&
      typeof m.loadTexts === 'function'
    );
  } catch {
    return false;
  }
}

/**
 * Registers Binance products with the kit, e.g. `registerBinanceCatalogs(binanceOptions)` from
 * `@exchange-errors/binance-options/catalog`. Their catalogs and texts load with the first error (a
 * module that carries its `catalog` is ready at once). Registering a product again replaces it;
 * anything that is not a product module is ignored.
 */
export function registerBinanceCatalogs(...items: readonly BinanceCatalogModule[]): void {
  let changed = false;
  for (const item of items) {
    if (!isModule(item)) continue;
    modules.set(item.product, item);
    catalogs.delete(item.product);
    if (item.catalog && Array.isArray(item.catalog.codes)) catalogs.set(item.product, item.catalog);
    changed = true;
  }
  if (!changed) return;
  registrations += 1;
  notify();
}

/** The registered product modules, in registration order. */
export function registeredModules(): readonly BinanceCatalogModule[] {
  return Array.from(modules.values());
}

/** The module whose texts live in `namespace`. */
export function moduleOfNamespace(namespace: unknown): BinanceCatalogModule | undefined {
  for (const module of modules.values()) if (module.namespace === namespace) return module;
  return undefined;
}

export function subscribeCatalogs(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Changes whenever a product is registered or loaded: for `useSyncExternalStore`. */
export function catalogsVersion(): number {
  return version;
}

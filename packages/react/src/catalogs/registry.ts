/**
 * The products an app told the kit about: their lazy modules (a few hundred bytes each) and, once
 * loaded, their catalogs. Nothing here imports a catalog: `registerCatalogs(binanceOptions)` is how
 * an app brings one, and only the products it registers are ever fetched. Shared by every render,
 * on the server too: registered catalogs are data, the same for every request.
 */
import type { Catalog, ProductModule } from '@exchange-errors/core';

/** By exchange and product (`binance:spot`); shared with load.ts, which fills `catalogs`. */
export const modules = new Map<string, ProductModule>();
export const catalogs = new Map<string, Catalog>();
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

function isModule(value: unknown): value is ProductModule {
  if (typeof value !== 'object' || value === null) return false;
  try {
    const m = value as ProductModule;
    return (
      typeof m.product === 'string' &&
      typeof m.namespace === 'string' &&
      typeof m.exchange === 'object' &&
      m.exchange !== null &&
      typeof m.exchange.id === 'string' &&
      Array.isArray(m.exchange.bodies) &&
      typeof m.loadCatalog === 'function' &&
      typeof m.loadTexts === 'function'
    );
  } catch {
    return false;
  }
}

/** The registry's key of a module: its exchange and product. */
export function keyOf(module: ProductModule): string {
  return `${module.exchange.id}:${module.product}`;
}

/**
 * Registers products with the kit, e.g. `registerCatalogs(binanceOptions, binanceSpot)` (the lazy
 * modules of `@exchange-errors/binance-options`, `-spot`, …, or `@exchange-errors/bybit`). Their
 * catalogs and texts load with the first error (a module that carries its `catalog` is ready at once).
 * Registering a product again replaces it; anything that is not a product module is ignored.
 */
export function registerCatalogs(...items: readonly ProductModule[]): void {
  let changed = false;
  for (const item of items) {
    if (!isModule(item)) continue;
    const key = keyOf(item);
    modules.set(key, item);
    catalogs.delete(key);
    if (item.catalog && Array.isArray(item.catalog.codes)) catalogs.set(key, item.catalog);
    changed = true;
  }
  if (!changed) return;
  registrations += 1;
  notify();
}

/** The registered product modules, in registration order. */
export function registeredModules(): readonly ProductModule[] {
  return Array.from(modules.values());
}

/** The module whose texts live in `namespace`. */
export function moduleOfNamespace(namespace: unknown): ProductModule | undefined {
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

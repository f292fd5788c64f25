/**
 * Loading the registered products' catalogs, on first use (each a chunk of its own, not in an app's
 * first load): the ones an error needs when it comes (core's `catalogsNeeded`: the product the caller
 * or the request names, else every one), or all of them once the page is idle. What is loaded is
 * read by the engine (engine/resolveRecord.ts).
 */
import type { Catalog, ProductModule } from '@exchange-errors/core';
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

interface LoadedParts {
  readonly parts: Map<number, Catalog>;
  /** Their codes as one catalog, made again when a part arrives. */
  merged: Catalog | undefined;
}

/** The catalog parts loaded per module (a module registered again is another object: its parts start over). */
const partsLoaded = new WeakMap<ProductModule, LoadedParts>();
/** Modules a part of whose catalog failed to load: read whole from then on (a failure is not retried in a loop). */
const partsFailed = new WeakSet<ProductModule>();

/** Whether the module's catalog may still be loaded in parts. */
export function partsUsable(module: ProductModule): boolean {
  return !partsFailed.has(module);
}
const partsLoading = new WeakMap<ProductModule, Map<number, Promise<void>>>();

function isCatalog(value: unknown): value is Catalog {
  try {
    return typeof value === 'object' && value !== null && Array.isArray((value as Catalog).codes);
  } catch {
    return false;
  }
}

/** Whether part `part` of the module's catalog is in. */
export function catalogPartLoaded(module: ProductModule, part: number): boolean {
  return partsLoaded.get(module)?.parts.has(part) ?? false;
}

/** The codes of the module's catalog parts loaded so far, as one catalog; undefined while none is. */
export function loadedParts(module: ProductModule): Catalog | undefined {
  const state = partsLoaded.get(module);
  if (!state || state.parts.size === 0) return undefined;
  state.merged ??= {
    ...(state.parts.values().next().value as Catalog),
    codes: [...state.parts.values()].flatMap((c) => c.codes),
  };
  return state.merged;
}

/**
 * Loads one part of a module's catalog once (core's `codePart`), for an error read by its code
 * alone; a part that fails to load is tried again with the next error (its errors read generic).
 */
export function loadCatalogPart(module: ProductModule, part: number): Promise<void> {
  if (catalogPartLoaded(module, part)) return Promise.resolve();
  let pending = partsLoading.get(module);
  if (!pending) partsLoading.set(module, (pending = new Map()));
  const running = pending.get(part);
  if (running) return running;
  const started = Promise.resolve()
    .then(() => module.loadCatalogPart?.(part))
    .then(
      (catalog) => {
        if (!isCatalog(catalog)) {
          partsFailed.add(module);
          return;
        }
        let state = partsLoaded.get(module);
        if (!state) partsLoaded.set(module, (state = { parts: new Map(), merged: undefined }));
        state.parts.set(part, catalog);
        state.merged = undefined;
      },
      () => {
        // A chunk that cannot load (offline, a deploy in between): the whole catalog is tried instead.
        partsFailed.add(module);
      },
    )
    .finally(() => {
      pending.delete(part);
      notify();
    });
  pending.set(part, started);
  return started;
}

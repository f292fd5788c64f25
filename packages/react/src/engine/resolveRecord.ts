/**
 * Resolving as the components need it: against the registered products (the caller's product, the
 * request's URL, or the only product registered), and never throwing, whatever the caller passes.
 * Props and options come from app code, where a Proxy, a throwing getter, a BigInt or a cycle can
 * hide; a resolved error given as a prop may be partial. Everything ends in a complete error.
 * The registered products' catalogs are read here as catalogs/load.ts loaded them.
 */
import type { Catalog, ProductModule, ResolvedError } from '@exchange-errors/core';
import { catalogsNeeded, resolveAmong, type ReadyProduct } from '@exchange-errors/core/internal';
import { catalogs, keyOf, modules, registeredModules } from '../catalogs/registry.js';
import { plainValues, read } from '../resolved/read.js';

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

/** How the caller describes an error besides the error itself. */
export interface RecordHints {
  readonly variant?: unknown;
  readonly values?: unknown;
  /** The product it came from, when the caller knows. */
  readonly product?: unknown;
  /** The request's URL or path, when the caller has it. */
  readonly url?: unknown;
}

/** Hints already read from the caller's objects (the store reads them once, where they enter): plain, trusted. */
export interface EngineHints {
  readonly variant?: string | undefined;
  readonly values?: Readonly<Record<string, string>> | undefined;
  readonly product?: string | undefined;
  readonly url?: string | undefined;
}

/** The caller's hints, read once, defensively. */
export function readHints(hints?: RecordHints): EngineHints {
  const variant = read(hints, 'variant');
  const product = read(hints, 'product');
  const url = read(hints, 'url');
  return {
    variant: typeof variant === 'string' ? variant : undefined,
    values: plainValues(read(hints, 'values')),
    product: typeof product === 'string' ? product : undefined,
    url: typeof url === 'string' ? url : undefined,
  };
}

export function resolveRecord(input: unknown, hints?: RecordHints): ResolvedError {
  return resolveTrusted(input, readHints(hints));
}

function optionsOf(hints: EngineHints) {
  return {
    variant: hints.variant,
    values: hints.values,
    product: hints.product,
    request: hints.url === undefined ? undefined : { url: hints.url },
  };
}

/**
 * The registered products whose catalogs an error needs and that are not in yet (core's
 * `catalogsNeeded`: the product the caller or the request names, else every one).
 */
export function catalogsFor(input: unknown, hints: EngineHints): readonly ProductModule[] {
  if (allCatalogsLoaded()) return [];
  try {
    return catalogsNeeded(registeredModules(), input, optionsOf(hints));
  } catch {
    return registeredModules();
  }
}

/** The error can be read as it will be with every catalog in. */
export function catalogsReady(input: unknown, hints: EngineHints): boolean {
  return catalogsLoaded(catalogsFor(input, hints));
}

/**
 * `resolveRecord` for hints already read (the store's): nothing of them is read again. Before the
 * catalogs it needs are in, the reading is the generic one (the store waits for them instead).
 */
export function resolveTrusted(input: unknown, hints: EngineHints): ResolvedError {
  try {
    return resolveAmong(catalogsReady(input, hints) ? readyProducts() : [], input, optionsOf(hints));
  } catch {
    // The engine is total over its input; this is for one that is not (an older version).
    return resolveAmong([], undefined, {});
  }
}

/**
 * A resolved error given as a prop, usable: a complete one (the store's always are) as is; a
 * partial or odd one (`{ code: -1121 }`) resolved again from its code, message and values.
 */
export function usableResolved(given: unknown): ResolvedError {
  const keys = read(given, 'keys');
  const code = read(given, 'code');
  const complete =
    [
      read(keys, 'title'),
      read(keys, 'message'),
      read(keys, 'hint'),
      read(given, 'severity'),
      read(given, 'category'),
      read(given, 'namespace'),
    ].every((v) => typeof v === 'string') &&
    (code === null || typeof code === 'number') &&
    [read(given, 'values'), read(given, 'interpolation')].every((v) => typeof v === 'object' && v !== null);
  if (complete) return given as ResolvedError;
  const msg = read(given, 'serverMessage');
  const hasCode = typeof code === 'number' && Number.isFinite(code);
  const text = typeof msg === 'string' ? msg : undefined;
  return resolveRecord(hasCode ? (text === undefined ? code : { code, msg: text }) : text, {
    values: read(given, 'values'),
    product: read(given, 'product'),
  });
}

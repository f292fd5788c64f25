/**
 * The only product's catalog and texts as the prefetch asked for them, beside the controller: the
 * controller waits for them before its first render (firstData.ts, in its chunk) and takes the
 * catalog from here instead of asking the module again (catalogs/load.ts). In the page's first load,
 * so it holds promises and nothing more.
 */
import type { Catalog, ProductModule } from '@exchange-errors/core';

export interface PrefetchedData {
  readonly module: ProductModule;
  /** The module's `loadCatalog()`. */
  readonly catalog: Promise<Catalog>;
  /** The texts of the trader's likely language (never rejects). */
  readonly texts: Promise<void>;
}

let latest: PrefetchedData | null = null;
let failed = false;

export function notePrefetched(data: PrefetchedData): void {
  latest = data;
  failed = false;
  data.catalog.catch(() => {
    if (latest === data) failed = true;
  });
}

/** What the last prefetch asked for. */
export function prefetchedData(): PrefetchedData | null {
  return latest;
}

/** The catalog the prefetch asked `module` for, unless it failed (then a load asks again). */
export function prefetchedCatalog(module: ProductModule): Promise<Catalog> | null {
  return latest?.module === module && !failed ? latest.catalog : null;
}

/**
 * Binance's real adapter for the engine's tests (read from its package's source: the product packages
 * depend on the engine, not the other way round), with the reader and the product modules the tests
 * build on it.
 */
import { binance } from '../../../binance/src/adapter.js';
import type { Catalog, ErrorCodeInfo, ProductModule } from '../catalog.js';
import { bodyReader, extractError, type ExtractedError } from '../extract.js';
import { urlOfInput, urlParts } from '../route.js';

export { binance };

/** What the engine reads Binance's answers and its clients' errors with. */
export const BINANCE_READER = bodyReader([binance]);

export function extract(input: unknown): ExtractedError {
  return extractError(input, BINANCE_READER);
}

/** A Binance product of the test's own making, its paths Binance's own. */
export function binanceModule(product: string, codes: ErrorCodeInfo[], namespace = `test-${product}`): ProductModule {
  const catalog: Catalog = { exchange: 'binance', product, namespace, codes };
  return {
    exchange: binance,
    product,
    namespace,
    paths: binance.products?.[product] ?? [],
    languages: ['en', 'zh'],
    catalog,
    loadCatalog: () => Promise.resolve(catalog),
    loadTexts: () => Promise.resolve({}),
  };
}

/** The Binance product the request inside a caught error names, by its URL's path; null when none. */
export function productOfInput(input: unknown): string | null {
  const parts = urlParts(urlOfInput(input));
  if (!parts) return null;
  let found: string | null = null;
  let length = 0;
  for (const [product, prefixes] of Object.entries(binance.products ?? {})) {
    for (const prefix of prefixes) {
      if (prefix.length > length && parts.path.startsWith(prefix)) {
        found = product;
        length = prefix.length;
      }
    }
  }
  return found;
}

/**
 * The public verbs: each takes one product module or several (`binanceSpotEager`, `[binanceSpot,
 * binanceUsdm]` once loaded) and anything a caller caught. Options are read once, here, and trusted
 * below. Total: no input, no options object and no module list makes them throw.
 */
import { entryFor, type ErrorCodeInfo, type ProductModule } from './catalog.js';
import {
  formatResolvedWith,
  readFormatOptions,
  type FormatOptions,
  type FormatSources,
  type FormattedError,
} from './format.js';
import { languagesOf, productList, rulesOf, textsOf } from './modules.js';
import type { ResolvedError } from './resolve.js';
import { readyProducts, resolveAmong, type ReadyProduct, type ResolveOptions } from './route.js';
import { readResponseBody } from './clients/response-body.js';

/** One product module, or several. */
export type Products = ProductModule | readonly ProductModule[];

/**
 * Anything a caller caught (a parsed body, its text, a fetch or axios error, a client library's
 * exception, a network failure), read as the error of the right one of `products`: its code, message
 * variant and values, whether the request went through (`outcome`), its product. Products must have
 * their catalogs in memory (`…Eager` modules, or lazy ones after `loadErrors`). Never throws.
 */
export function resolve(products: Products, error: unknown, options?: ResolveOptions): ResolvedError {
  return resolveAmong(readyProducts(productList(products)), error, readFormatOptions(options));
}

/** The texts and rules of the product whose texts live in `namespace` (a resolved error's). */
export function sourcesOf(ready: readonly ReadyProduct[], namespace: unknown): FormatSources {
  const module = ready.find((p) => p.catalog.namespace === namespace)?.module;
  if (!module) return {};
  return {
    shipped: (language: Parameters<typeof textsOf>[1]) => textsOf(module, language),
    languages: languagesOf(module),
    explain: rulesOf(module)?.explain,
  };
}

/**
 * `resolve`, plus the title, message and hint in the trader's language (the app's i18next instance
 * first, its wording winning; else the product's shipped texts), and the explanation of a filter
 * failure when `explain` holds the order and the symbol's rules. Never throws.
 */
export function format(products: Products, error: unknown, options?: FormatOptions): FormattedError {
  const opts = readFormatOptions(options);
  const ready = readyProducts(productList(products));
  const resolved = resolveAmong(ready, error, opts);
  return formatResolvedWith(resolved, opts, sourcesOf(ready, resolved.namespace));
}

/**
 * A fetch `Response` not read yet, or an error that holds one (ky's `HTTPError`): its body, status,
 * headers (`Retry-After`, or the exchange's own reset header) and URL, resolved together. Anything
 * else is resolved as `resolve` would. Never rejects.
 */
export async function resolveResponse(
  products: Products,
  response: unknown,
  options?: ResolveOptions,
): Promise<ResolvedError> {
  const opts = readFormatOptions(options);
  const readable = await readResponseBody(response);
  return resolveAmong(readyProducts(productList(products)), readable, opts);
}

/** A code's metadata in a product's catalog (in memory), or undefined for a code its documents do not list. */
export function codeInfo(product: ProductModule, code: number): ErrorCodeInfo | undefined {
  const ready = readyProducts(productList(product))[0];
  if (!ready || typeof code !== 'number' || !Number.isSafeInteger(code)) return undefined;
  return entryFor(ready.catalog, code);
}

/**
 * Several products at once, without React: an app (or a Node service) that talks to Spot and
 * futures gives the products' in-memory modules (`binanceOptionsEager`, `binanceSpotEager`, …) and
 * each error is read against the right one (see product.ts): the caller's `product`, the request's
 * URL, or the only product that knows the code; otherwise the result says it cannot tell.
 */
import type { BinanceCatalog, BinanceCatalogModule } from './catalog.js';
import { formatResolvedWith, readFormatOptions, type FormatOptions, type FormattedBinanceError } from './format.js';
import { readSafely } from './lookup.js';
import { resolveAcross, type ProductHints, type ResolvedAcross } from './product.js';
import { resolveIn } from './resolve.js';

function inMemory(modules: readonly BinanceCatalogModule[]): {
  catalogs: BinanceCatalog[];
  byNamespace: Map<string, BinanceCatalogModule>;
} {
  const catalogs: BinanceCatalog[] = [];
  const byNamespace = new Map<string, BinanceCatalogModule>();
  for (const module of Array.isArray(modules) ? modules : []) {
    const catalog = readSafely(module, 'catalog') as BinanceCatalog | undefined;
    if (!catalog || !Array.isArray(catalog.codes)) continue;
    catalogs.push(catalog);
    byNamespace.set(catalog.namespace, module);
  }
  return { catalogs, byNamespace };
}

const NO_PRODUCT: BinanceCatalog = { product: 'options', namespace: '', prefixes: [], codes: [] };

/** Resolves `input` against the products given (modules with their `catalog` in memory). Total. */
export function resolveAmong(
  modules: readonly BinanceCatalogModule[],
  input: unknown,
  hints?: ProductHints,
): ResolvedAcross {
  const { catalogs } = inMemory(modules);
  return (
    resolveAcross(catalogs, input, hints) ?? {
      ...resolveIn(NO_PRODUCT, input, hints),
      product: null,
      productCandidates: [],
    }
  );
}

export interface FormatAmongOptions extends FormatOptions, ProductHints {}

export type FormattedAcross = FormattedBinanceError & Pick<ResolvedAcross, 'productCandidates'>;

/**
 * Resolves and formats `input` with the texts (and rules) of the product it came from; `product` is
 * null when that could not be told (`productCandidates` lists the products it could be). Total.
 */
export function formatAmong(
  modules: readonly BinanceCatalogModule[],
  input: unknown,
  options?: FormatAmongOptions,
): FormattedAcross {
  const opts = readFormatOptions(options);
  const product = readSafely(options, 'product');
  const url = readSafely(options, 'url');
  const hints: ProductHints = {
    ...opts,
    product: typeof product === 'string' ? product : undefined,
    url: typeof url === 'string' ? url : undefined,
  };
  const { byNamespace } = inMemory(modules);
  const resolved = resolveAmong(modules, input, hints);
  const module = byNamespace.get(resolved.namespace);
  const texts = readSafely(module, 'texts') as BinanceCatalogModule['texts'];
  const explain = readSafely(module, 'explain') as BinanceCatalogModule['explain'];
  return formatResolvedWith(resolved, opts, {
    shipped: texts ? (language) => texts[language] : undefined,
    explain,
  }) as FormattedAcross;
}

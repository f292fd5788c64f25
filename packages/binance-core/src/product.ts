/**
 * Which product an error belongs to. The same code means different things per product (-2022 is a
 * failed cancel-replace on Spot and REDUCE_ONLY_REJECT on futures), so the product comes from the
 * caller (`product`), or from the request when the error carries it (an HTTP client's request URL,
 * a fetch Response's URL, the request context's path). When neither says and several products could
 * have sent it, the result says so (`productCandidates`) rather than guess.
 */
import { entryFor, type BinanceCatalog, type BinanceProduct } from './catalog.js';
import { readByWords } from './clients/by-words.js';
import { requestUrls } from './clients/index.js';
import { readSafely } from './lookup.js';
import { resolveIn, type ResolveHints, type ResolvedBinanceError } from './resolve.js';

/** Where a URL or path says an error came from: `/eapi/…` → options, `/fapi/…` → usdm, … */
const PREFIXES: readonly (readonly [string, BinanceProduct])[] = [
  ['/eapi/', 'options'],
  ['/fapi/', 'usdm'],
  ['/dapi/', 'coinm'],
  ['/papi/', 'pm'],
  ['/sapi/', 'spot'],
  ['/api/', 'spot'],
];

/** The product a URL or path names, or null. Only the path counts: `/api/` anywhere in a query does not. */
export function productOfUrl(url: unknown): BinanceProduct | null {
  if (typeof url !== 'string' || url === '' || url.length > 8192) return null;
  let path = url;
  const scheme = url.indexOf('://');
  if (scheme >= 0 && scheme < 12) {
    const slash = url.indexOf('/', scheme + 3);
    path = slash < 0 ? '/' : url.slice(slash);
  }
  const end = path.search(/[?#]/);
  if (end >= 0) path = path.slice(0, end);
  const lower = path.toLowerCase();
  for (const [prefix, product] of PREFIXES) if (lower.startsWith(prefix)) return product;
  return null;
}

/** The product the request inside a caught error names, if it carries its URL (see clients/request-url.ts). Never throws. */
export function productOfInput(input: unknown): BinanceProduct | null {
  for (const url of requestUrls(input)) {
    const product = productOfUrl(url);
    if (product) return product;
  }
  return null;
}

export interface ProductHints extends ResolveHints {
  /** The product the caller knows the error came from. */
  readonly product?: BinanceProduct | (string & {});
  /** The request's URL or path when the caller has it (e.g. the request context of a toast). */
  readonly url?: string;
}

export interface ResolvedAcross extends ResolvedBinanceError {
  /**
   * Set when the product could not be told: the products whose catalogs know this code (or, without
   * a code, all that were asked). The texts are then the generic ones, from the first catalog's
   * namespace (`namespace`).
   */
  readonly productCandidates: readonly BinanceProduct[];
}

const NO_PRODUCTS: readonly BinanceProduct[] = Object.freeze([]);
const KNOWN_PRODUCTS: ReadonlySet<string> = new Set(PREFIXES.map(([, product]) => product));

/**
 * Reads an error against the right one of several products' catalogs: the caller's `product`, else
 * the URL (the hint's, then the error's own request), else the only catalog given, else the only one
 * that knows the code. When the product named is not among those given, no other product's reading is
 * right: the error is read with no product's codes. When nothing decides, it does not guess: the
 * error is read with no product's codes and `productCandidates` lists the products it could be from.
 */
export function resolveAcross(
  catalogs: readonly BinanceCatalog[],
  input: unknown,
  hints?: ProductHints,
): ResolvedAcross | null {
  const first = catalogs[0];
  if (!first) return null;
  const wanted = readSafely(hints, 'product');
  // A product the kit does not know (a typo) is no product: the URL still counts.
  const named =
    typeof wanted === 'string' && (KNOWN_PRODUCTS.has(wanted) || catalogs.some((c) => c.product === wanted))
      ? (wanted as BinanceProduct)
      : null;
  const product = named ?? productOfUrl(readSafely(hints, 'url')) ?? productOfInput(input);
  const neutral = (): ResolvedAcross => ({
    ...resolveIn({ ...first, codes: [] }, input, hints),
    product: null,
    productCandidates: NO_PRODUCTS,
  });
  if (product) {
    const chosen = catalogs.find((c) => c.product === product);
    return chosen ? Object.assign(resolveIn(chosen, input, hints), { productCandidates: NO_PRODUCTS }) : neutral();
  }
  if (catalogs.length === 1) return Object.assign(resolveIn(first, input, hints), { productCandidates: NO_PRODUCTS });
  // Undecided: see which products know the code (as each reads it: PM's 51xxx with or without the sign).
  const unread = neutral();
  const code = unread.code;
  // A client kept only Binance's words: the products whose texts they fit, none picked (by-words.ts).
  const byWords = code === null ? readByWords(catalogs, input, hints) : null;
  if (byWords) {
    const productCandidates = Object.freeze(byWords.knowing.map((catalog) => catalog.product));
    return { ...byWords.resolved, product: null, productCandidates };
  }
  const knowing = code === null ? [] : catalogs.filter((catalog) => entryFor(catalog, code) !== undefined);
  // Only one product has this code at all: that is not a guess.
  const only = knowing.length === 1 ? knowing[0] : undefined;
  if (only) return Object.assign(resolveIn(only, input, hints), { productCandidates: NO_PRODUCTS });
  return {
    ...unread,
    productCandidates: Object.freeze((knowing.length > 0 ? knowing : catalogs).map((catalog) => catalog.product)),
  };
}

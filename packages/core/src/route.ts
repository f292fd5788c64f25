/**
 * Which exchange and product an error belongs to. The same code means different things per product
 * (-2022 is a failed cancel-replace on Binance Spot and REDUCE_ONLY_REJECT on its futures) and per
 * exchange (Bybit's 10001 is not Binance's), so the product comes from the caller (`product`), else
 * from the request (the caller's `request.url`, or the URL the caught error carries: its host names the
 * exchange, its path the product), else from the body's shape (`retCode` is Bybit's), else from the
 * only product that knows the code. When nothing decides, the result says so (`productCandidates`)
 * rather than guess; when every candidate reads the code the same way, that reading is given, with no
 * product picked.
 */
import { entryFor, type Catalog, type ErrorCodeInfo, type ProductModule } from './catalog.js';
import { HTTP_ONLY, isExchangeHost, type ExchangeAdapter } from './exchange.js';
import { readByWords } from './clients/by-words.js';
import { requestUrls } from './clients/request-url.js';
import { bodyReader, extractError } from './extract.js';
import { readSafely } from './lookup.js';
import { catalogOf } from './modules.js';
import { neutralReading, resolveIn, type ResolveHints, type ResolvedError } from './resolve.js';

/** The HTTP request an error answered, as the caller has it; shown (secrets redacted) and read for its URL. */
export interface RequestInfo {
  readonly method?: string;
  /** The URL, or its path, query string included if you have it. */
  readonly url?: string;
  /** Query parameters: an object, `URLSearchParams`, or a query string. */
  readonly query?: unknown;
  /** The request body: an object, `URLSearchParams`, a urlencoded or a JSON string. */
  readonly body?: unknown;
  /** Request headers: an object, a `Headers`, or `[name, value]` pairs. */
  readonly headers?: unknown;
}

export interface ResolveOptions extends ResolveHints {
  /** The product the caller knows the error came from, e.g. `spot`. */
  readonly product?: string;
  /** The exchange, e.g. `binance`, when product ids of several exchanges' modules could clash. */
  readonly exchange?: string;
  /** The request the error answered: its URL names the exchange and the product. */
  readonly request?: RequestInfo;
}

/** A product ready to read errors: its module, with its catalog in memory. */
export interface ReadyProduct {
  readonly module: ProductModule;
  readonly adapter: ExchangeAdapter;
  readonly catalog: Catalog;
}

/** The modules whose catalogs are in memory, with their adapters. */
export function readyProducts(modules: readonly ProductModule[]): ReadyProduct[] {
  const out: ReadyProduct[] = [];
  for (const module of modules) {
    const catalog = catalogOf(module);
    const adapter = readSafely(module, 'exchange') as ExchangeAdapter | undefined;
    if (catalog && adapter) out.push({ module, adapter, catalog });
  }
  return out;
}

/* -------------------------------------------------------------------------------------------------
 * URLs
 * -----------------------------------------------------------------------------------------------*/

interface UrlParts {
  /** Lower-case host without port, or '' for a path alone. */
  readonly host: string;
  /** Lower-case path without query or fragment. */
  readonly path: string;
}

/** The host and path of a URL or path. Only the path counts: `/api/` in a query does not. */
export function urlParts(url: unknown): UrlParts | null {
  if (typeof url !== 'string' || url === '' || url.length > 8192) return null;
  let host = '';
  let path = url;
  const scheme = url.indexOf('://');
  if (scheme >= 0 && scheme < 12) {
    const slash = url.indexOf('/', scheme + 3);
    const authority = slash < 0 ? url.slice(scheme + 3) : url.slice(scheme + 3, slash);
    host = authority.replace(/^.*@/, '').replace(/:\d*$/, '').toLowerCase();
    path = slash < 0 ? '/' : url.slice(slash);
  } else if (!url.startsWith('/')) {
    return null;
  }
  const end = path.search(/[?#]/);
  if (end >= 0) path = path.slice(0, end);
  return { host, path: path.toLowerCase() };
}

/** The URL the request inside a caught error went to, if it carries one (see clients/request-url.ts). Never throws. */
export function urlOfInput(input: unknown): string | null {
  try {
    for (const url of requestUrls(input)) if (urlParts(url) !== null) return url;
  } catch {
    // A hostile object: no URL.
  }
  return null;
}

/* -------------------------------------------------------------------------------------------------
 * Choosing
 * -----------------------------------------------------------------------------------------------*/

/** A product as routing sees it: its module and its exchange's adapter (no catalog needed). */
type Routable = Pick<ReadyProduct, 'module' | 'adapter'>;

/** The exchanges given, once each, in order. */
function adaptersOf(products: readonly Routable[]): ExchangeAdapter[] {
  const out: ExchangeAdapter[] = [];
  for (const p of products) if (!out.some((a) => a.id === p.adapter.id)) out.push(p.adapter);
  return out;
}

/** The product a URL names among those given: within the host's exchange when it is one, by the longest matching path. */
function byUrl<P extends Routable>(
  products: readonly P[],
  url: UrlParts,
): { chosen: P | null; exchange: ExchangeAdapter | null } {
  // A host of an exchange given narrows the search to it; any other (a proxy, a test server) leaves the path to decide.
  const exchange = url.host === '' ? null : (adaptersOf(products).find((a) => isExchangeHost(a, url.host)) ?? null);
  let chosen: P | null = null;
  let length = 0;
  for (const p of products) {
    if (exchange && p.adapter.id !== exchange.id) continue;
    for (const prefix of p.module.paths) {
      if (prefix.length > length && url.path.startsWith(prefix.toLowerCase())) {
        chosen = p;
        length = prefix.length;
      }
    }
  }
  return { chosen, exchange };
}

function ownsProduct(adapter: ExchangeAdapter, product: string): boolean {
  const products = adapter.products;
  return products !== undefined && Object.prototype.hasOwnProperty.call(products, product);
}

/** The product of `adapter` a path names (longest prefix), given or not. */
function productOfPath(adapter: ExchangeAdapter, path: string): string | null {
  let found: string | null = null;
  let length = 0;
  for (const [product, prefixes] of Object.entries(adapter.products ?? {})) {
    for (const prefix of prefixes) {
      if (prefix.length > length && path.startsWith(prefix.toLowerCase())) {
        found = product;
        length = prefix.length;
      }
    }
  }
  return found;
}

/** Two products read a code the same way: same name and the same texts for each of its messages. */
function sameReading(a: ErrorCodeInfo, b: ErrorCodeInfo): boolean {
  if (a.name !== b.name || a.variants.length !== b.variants.length) return false;
  return a.variants.every((v, i) => {
    const w = b.variants[i];
    return w !== undefined && v.key === w.key && v.server === w.server && v.category === w.category;
  });
}

const NO_PRODUCTS: readonly string[] = Object.freeze([]);

/**
 * Reads `input` against the right one of `products` (catalogs in memory): see the module comment.
 * Total: returns a reading (generic when no product fits) whatever it is given.
 */
export function resolveAmong(
  products: readonly ReadyProduct[],
  input: unknown,
  options: ResolveOptions,
): ResolvedError {
  const adapters = adaptersOf(products);
  const raw = extractError(input, bodyReader(adapters));
  const first = products[0];
  const neutral = (adapter: ExchangeAdapter | null, among: readonly ReadyProduct[], candidates = NO_PRODUCTS) => {
    const namespace = (among[0] ?? first)?.catalog.namespace ?? '';
    const resolved = resolveIn(neutralReading(adapter ?? HTTP_ONLY, namespace), input, options, raw);
    return { ...resolved, product: null, productCandidates: candidates };
  };
  if (!first) return neutral(null, []);
  // The request's URL: the caller's, else the one the error carries. Its path also picks a code's
  // meaning where the product's catalog has several (Bybit's sections).
  const url = urlParts(readSafely(options.request, 'url')) ?? urlParts(urlOfInput(input));
  const path = url?.path ?? null;
  const read = (product: ReadyProduct) => resolveIn(product, input, options, raw, path);

  // 1. The product the caller named (a name no exchange given has is a typo: the request still counts).
  const named = typeof options.product === 'string' ? options.product : null;
  const exchangeId = typeof options.exchange === 'string' ? options.exchange : null;
  if (named !== null) {
    const fits = products.filter(
      (p) => p.catalog.product === named && (exchangeId === null || p.adapter.id === exchangeId),
    );
    if (fits.length === 1 && fits[0]) return read(fits[0]);
    const owner = adapters.find((a) => ownsProduct(a, named) && (exchangeId === null || a.id === exchangeId));
    // A product of a known exchange that was not given: no other product's reading is right.
    if (fits.length === 0 && owner)
      return neutral(
        owner,
        products.filter((p) => p.adapter.id === owner.id),
      );
  }
  const fitting = named === null ? [] : products.filter((p) => p.catalog.product === named);

  // 2. The request's URL. Two exchanges' products of the same name: only they are in question.
  let among: readonly ReadyProduct[] = fitting.length > 1 ? fitting : products;
  if (url) {
    const { chosen, exchange } = byUrl(among, url);
    if (chosen) return read(chosen);
    // The URL names a product of an exchange given, but not one given: no other product's reading is right.
    const owners = exchange ? [exchange] : adapters;
    const elsewhere = owners.find((a) => productOfPath(a, url.path) !== null);
    if (elsewhere)
      return neutral(
        elsewhere,
        among.filter((p) => p.adapter.id === elsewhere.id),
      );
    if (exchange) among = among.filter((p) => p.adapter.id === exchange.id);
  }

  // 3. The body's shape names the exchange (`retCode` is Bybit's).
  if (raw.exchange !== null && among.some((p) => p.adapter.id === raw.exchange)) {
    among = among.filter((p) => p.adapter.id === raw.exchange);
  }
  const only = among.length === 1 ? among[0] : undefined;
  if (only) return read(only);
  const exchange = adaptersOf(among).length === 1 ? (among[0]?.adapter ?? null) : null;

  // 4. Only one product has this code at all: that is not a guess.
  const unread = neutral(exchange, among);
  const code = unread.code;
  // A client kept only the exchange's words: the products whose texts they fit, none picked (by-words.ts).
  const byWords = code === null ? readByWords(among, input, raw, options) : null;
  if (byWords) {
    const productCandidates = Object.freeze(byWords.knowing.map((p) => p.catalog.product));
    return { ...byWords.resolved, product: null, productCandidates };
  }
  const knowing = code === null ? [] : among.filter((p) => entryFor(p.catalog, code) !== undefined);
  const sole = knowing.length === 1 ? knowing[0] : undefined;
  if (sole) return read(sole);
  const candidates = Object.freeze((knowing.length > 0 ? knowing : among).map((p) => p.catalog.product));

  // 5. Several know it and all read it the same way (-1021, -1003): that reading, no product picked.
  const [lead, ...rest] = knowing;
  if (lead && code !== null) {
    const info = entryFor(lead.catalog, code);
    const agree =
      info !== undefined &&
      rest.every((p) => {
        const other = entryFor(p.catalog, code);
        return other !== undefined && sameReading(info, other) && p.adapter.id === lead.adapter.id;
      });
    if (agree) return { ...read(lead), product: null, productCandidates: candidates };
  }
  return { ...unread, productCandidates: candidates };
}

/**
 * The modules whose catalogs `resolveAmong` reads for `input`, told from the modules alone (their
 * adapters, products and paths): the product the caller names, else the one the request's URL
 * names (the caller's, or the one the error carries); none when either names a product of a given
 * exchange that is not among them (the reading is generic); else every module still in question.
 * Once these catalogs are in memory, `resolveAmong` over every module, the others with a catalog
 * of no codes, reads the error exactly as with every catalog loaded: an app with several products
 * loads a product's catalog only when one of its errors comes. Steps 1 and 2 of `resolveAmong`, read
 * the same way.
 */
export function catalogsNeeded(
  modules: readonly ProductModule[],
  input: unknown,
  options: ResolveOptions,
): readonly ProductModule[] {
  const products: Routable[] = modules.map((module) => ({ module, adapter: module.exchange }));
  const adapters = adaptersOf(products);
  const named = typeof options.product === 'string' ? options.product : null;
  const exchangeId = typeof options.exchange === 'string' ? options.exchange : null;
  if (named !== null) {
    const fits = products.filter(
      (p) => p.module.product === named && (exchangeId === null || p.adapter.id === exchangeId),
    );
    if (fits.length === 1 && fits[0]) return [fits[0].module];
    if (
      fits.length === 0 &&
      adapters.some((a) => ownsProduct(a, named) && (exchangeId === null || a.id === exchangeId))
    )
      return [];
  }
  const fitting = named === null ? [] : products.filter((p) => p.module.product === named);
  let among: readonly Routable[] = fitting.length > 1 ? fitting : products;
  const url = urlParts(readSafely(options.request, 'url')) ?? urlParts(urlOfInput(input));
  if (url) {
    const { chosen, exchange } = byUrl(among, url);
    if (chosen) return [chosen.module];
    const owners = exchange ? [exchange] : adapters;
    if (owners.some((a) => productOfPath(a, url.path) !== null)) return [];
    if (exchange) among = among.filter((p) => p.adapter.id === exchange.id);
  }
  return among.map((p) => p.module);
}

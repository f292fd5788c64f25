/**
 * What the engine knows about a product: its catalog, as data. A product package (binance-options,
 * binance-spot, …) generates one from the exchange's document and hands it to the engine; the engine never
 * imports one itself, so an app ships only the products it uses.
 */
import type { ExchangeAdapter } from './exchange.js';
import type { OrderRules } from './explanation.js';
import type { Category, Severity } from './taxonomy.js';

/** A language the kit ships texts in. Products list theirs (`ProductModule.languages`). */
export type Language = 'en' | 'zh' | 'zh-Hant';

export interface ErrorVariantInfo {
  readonly key: string;
  /** Names of the values the server fills in, in order. */
  readonly params: readonly string[];
  /** The exchange's English text with `%s` where the server puts a value. */
  readonly server: string;
  /**
   * A variant that is an error of its own (Spot's "Account has insufficient balance…" under -2010):
   * its classification, and its own title and hint under `codes.<code>.titles.<key>` / `hints.<key>`.
   */
  readonly category?: Category;
  readonly retryable?: boolean;
  readonly severity?: Severity;
  /**
   * Request path prefixes this meaning belongs to, for a code whose meaning depends on where it was
   * sent (Bybit's 10003 is one thing on `/v5/order/` and another elsewhere); absent: everywhere.
   */
  readonly paths?: readonly string[];
}

export interface ErrorCodeInfo {
  readonly code: number;
  readonly name: string;
  readonly section: string;
  readonly category: Category;
  readonly retryable: boolean;
  readonly severity: Severity;
  readonly variants: readonly ErrorVariantInfo[];
  /** The code's entry on the exchange's docs page, per language. */
  readonly docsUrl: { readonly en: string; readonly zh: string };
}

/** One product's catalog: the engine's data. */
export interface Catalog {
  /** The exchange's id, e.g. `binance` (its adapter's `id`). */
  readonly exchange: string;
  /** The product's id within its exchange, e.g. `spot`. */
  readonly product: string;
  /** The i18next namespace of its texts, e.g. `binanceSpot`. */
  readonly namespace: string;
  /** Every code of the exchange's document, in document order. */
  readonly codes: readonly ErrorCodeInfo[];
}

/** A namespace's texts in one language (the generated i18next resource). */
export type CatalogTexts = Readonly<Record<string, unknown>>;

/**
 * A product, as every product package exports it: `binanceSpot` (a few hundred bytes; its catalog,
 * texts and rules load on first use) or `binanceSpotEager` (the same with everything in memory).
 */
export interface ProductModule {
  /** The exchange's adapter: its hosts, body shapes and outcome rules. */
  readonly exchange: ExchangeAdapter;
  /** The product's id within its exchange, e.g. `spot`. */
  readonly product: string;
  /** The i18next namespace of its texts. */
  readonly namespace: string;
  /** Request path prefixes that name this product, e.g. `['/api/', '/sapi/']`. */
  readonly paths: readonly string[];
  /** The languages its texts come in. */
  readonly languages: readonly Language[];
  readonly loadCatalog: () => Promise<Catalog>;
  readonly loadTexts: (language: Language) => Promise<CatalogTexts>;
  /** The product's order rules (explanations, `validateOrder`), for products that have them. */
  readonly loadRules?: () => Promise<OrderRules>;
  /** The catalog, when it is in memory. */
  readonly catalog?: Catalog;
  /** Its texts, when they are in memory, per language. */
  readonly texts?: Readonly<Partial<Record<Language, CatalogTexts>>>;
  /** Its rules, when they are in memory. */
  readonly rules?: OrderRules;
}

const indexes = new WeakMap<Catalog, ReadonlyMap<number, ErrorCodeInfo>>();

/** A code's entry in a catalog, or undefined; the index is built once per catalog. */
export function codeIn(catalog: Catalog, code: unknown): ErrorCodeInfo | undefined {
  if (typeof code !== 'number') return undefined;
  let index = indexes.get(catalog);
  if (!index) {
    index = new Map(catalog.codes.map((info) => [info.code, info]));
    indexes.set(catalog, index);
  }
  return index.get(code);
}

/**
 * The entry a catalog reads `code` as: the code itself, or a positive code the catalog only has as
 * negative (some documents write codes without their minus sign: Portfolio Margin's 51xxx).
 */
export function entryFor(catalog: Catalog, code: number): ErrorCodeInfo | undefined {
  return codeIn(catalog, code) ?? (code > 0 ? codeIn(catalog, -code) : undefined);
}

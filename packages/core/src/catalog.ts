/**
 * What the engine knows about a product: its catalog, as data. A product package (binance-options,
 * binance-spot, …) generates one from Binance's document and hands it to the engine; the engine never
 * imports one itself, so an app ships only the products it uses.
 */
import type { Explainer } from './explanation.js';
import type { SupportedLanguage } from './languages.js';
import type { Category, Severity } from './taxonomy.js';

/** The Binance products the kit has catalogs for, by API path prefix. */
export type BinanceProduct = 'options' | 'spot' | 'usdm' | 'coinm' | 'pm';

export interface ErrorVariantInfo {
  readonly key: string;
  /** Names of the values the server fills in, in order. */
  readonly params: readonly string[];
  /** Binance's English text with `%s` where the server puts a value. */
  readonly server: string;
  /**
   * A variant that is an error of its own (Spot's "Account has insufficient balance…" under -2010):
   * its classification, and its own title and hint under `codes.<code>.titles.<key>` / `hints.<key>`.
   */
  readonly category?: Category;
  readonly retryable?: boolean;
  readonly severity?: Severity;
}

export interface ErrorCodeInfo {
  readonly code: number;
  readonly name: string;
  readonly section: string;
  readonly category: Category;
  readonly retryable: boolean;
  readonly severity: Severity;
  readonly variants: readonly ErrorVariantInfo[];
  /** The code's entry on Binance's docs page, per language. */
  readonly docsUrl: { readonly en: string; readonly zh: string };
}

/** One product's catalog: the engine's data. */
export interface BinanceCatalog {
  readonly product: BinanceProduct;
  /** The i18next namespace of its texts, e.g. `binanceOptions`. */
  readonly namespace: string;
  /** The API path prefixes its errors come from, e.g. `['/eapi/']`. */
  readonly prefixes: readonly string[];
  /** Every code of Binance's document, in document order. */
  readonly codes: readonly ErrorCodeInfo[];
}

/** A namespace's texts in one language (the generated i18next resource). */
export type CatalogTexts = Readonly<Record<string, unknown>>;

/**
 * A product as an app registers it with the React kit: a few hundred bytes that say which product
 * and namespace it is and load its catalog and its texts on first use (one chunk each), so the
 * app's first bytes carry none of them.
 */
export interface BinanceCatalogModule {
  readonly product: BinanceProduct;
  readonly namespace: string;
  readonly prefixes: readonly string[];
  readonly loadCatalog: () => Promise<BinanceCatalog>;
  readonly loadTexts: (language: SupportedLanguage) => Promise<CatalogTexts>;
  /** The product's rules behind rejections (explanations), for apps that pass order context. */
  readonly loadExplainer?: () => Promise<Explainer>;
  /** The catalog itself when it is already in memory (server rendering, tests): no loading needed. */
  readonly catalog?: BinanceCatalog;
  /** Its texts when they are in memory, per language (an eager module). */
  readonly texts?: Readonly<Record<SupportedLanguage, CatalogTexts>>;
  /** Its rules when they are in memory (an eager module). */
  readonly explain?: Explainer;
}

const indexes = new WeakMap<BinanceCatalog, ReadonlyMap<number, ErrorCodeInfo>>();

/** A code's entry in a catalog, or undefined; the index is built once per catalog. */
export function codeInfo(catalog: BinanceCatalog, code: unknown): ErrorCodeInfo | undefined {
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
export function entryFor(catalog: BinanceCatalog, code: number): ErrorCodeInfo | undefined {
  return codeInfo(catalog, code) ?? (code > 0 ? codeInfo(catalog, -code) : undefined);
}

/**
 * What every product package makes of its generated catalog: the codes with their docs URLs, and the
 * engine's functions bound to the product. Each package exports them under its own names
 * (`resolveBinanceSpotError`, `addBinanceUsdmErrors`, …); the binding itself is written once, here.
 */
import {
  codeInfo,
  type BinanceCatalog,
  type BinanceCatalogModule,
  type CatalogTexts,
  type ErrorCodeInfo,
} from './catalog.js';
import { formatResolvedWith, readFormatOptions, type FormatOptions, type FormattedBinanceError } from './format.js';
import { addCatalogTexts, loadCatalogTexts, type I18nLike } from './i18n.js';
import type { SupportedLanguage } from './languages.js';
import type { Explainer } from './explanation.js';
import { resolveIn, type ResolveHints, type ResolvedBinanceError } from './resolve.js';
import { resolveResponseIn, type ResponseLike } from './response.js';

/**
 * One code as the generator writes it: its metadata and its heading's anchor on the English docs
 * page (the Chinese page's anchors that differ come with the zh texts, under `docs`).
 */
export type GeneratedCode = Omit<ErrorCodeInfo, 'docsUrl'> & { readonly anchor: string };

/** A generated code with its docs URLs in place of its anchor, its own (narrower) types kept. */
export type CodeWithDocs<E extends GeneratedCode> = Omit<E, 'anchor'> & Pick<ErrorCodeInfo, 'docsUrl'>;

/**
 * The generated codes with their docs URLs: each language's page at the code's heading. The Chinese
 * page uses the English anchor unless the zh texts (`zhTexts`, their `docs`) have the code's own;
 * without them (a lazy catalog, fetched before any texts) `formatResolvedWith` puts it in.
 */
export function codesWithDocs<E extends GeneratedCode>(
  docsUrl: { readonly en: string; readonly zh: string },
  codes: readonly E[],
  zhTexts?: CatalogTexts,
): readonly CodeWithDocs<E>[] {
  // The product's own generated texts, so plain reads (no `readSafely`: it would pull a chunk of the
  // engine into the lazy catalog's).
  const docs = zhTexts?.['docs'];
  const anchors = typeof docs === 'object' && docs !== null ? (docs as Readonly<Record<string, unknown>>) : undefined;
  return codes.map(({ anchor, ...entry }) => {
    const zh = anchors?.[String(entry.code)];
    return {
      ...entry,
      docsUrl: { en: `${docsUrl.en}#${anchor}`, zh: `${docsUrl.zh}#${typeof zh === 'string' ? zh : anchor}` },
    };
  });
}

/** A catalog's lookup by code: metadata, or `undefined` for anything its documents do not list. */
export function codeLookup(catalog: BinanceCatalog): (code: unknown) => ErrorCodeInfo | undefined {
  return (code) => codeInfo(catalog, code);
}

/** The engine bound to one product: what its package exports under the product's own names. */
export interface ProductBinding {
  /** The product's module with everything in memory: server rendering, tests, `formatAmong`. */
  readonly eager: BinanceCatalogModule;
  /** Anything a caller caught, read as this product's error. Never throws. */
  readonly resolve: (input: unknown, hints?: ResolveHints) => ResolvedBinanceError;
  /** The same, with its localized title, message and hint (the app's i18next instance first, then the shipped texts). Never throws. */
  readonly format: (input: unknown, options?: FormatOptions) => FormattedBinanceError;
  /** A fetch `Response` not read yet: body, status and `Retry-After`. Never rejects. */
  readonly resolveResponse: (response: ResponseLike) => Promise<ResolvedBinanceError>;
  /** Adds both languages to the app's instance, keeping the app's own keys. */
  readonly addErrors: <T extends I18nLike>(i18n: T) => T;
  /** Loads one language on demand (its own chunk) into the app's instance; resolves to the language added. */
  readonly loadErrors: (i18n: I18nLike, lng?: string) => Promise<SupportedLanguage>;
}

/**
 * Binds the engine to a product: its catalog, its lazy module (for `loadErrors`), its texts in both
 * languages (shipped, the fallback behind the app's instance) and its order rules' explainer, when it
 * has one (`format`'s `context` then fills `explanation`).
 */
export function bindProduct(
  catalog: BinanceCatalog,
  module: BinanceCatalogModule,
  texts: Readonly<Record<SupportedLanguage, CatalogTexts>>,
  explain?: Explainer,
): ProductBinding {
  // Anything but zh reads English, as the lazy modules' `loadTexts` do; a strict comparison, so a
  // hostile value (a Proxy) is never turned into a property key.
  const shipped = (language: SupportedLanguage): CatalogTexts => (language === 'zh' ? texts.zh : texts.en);
  return {
    eager: {
      product: module.product,
      namespace: module.namespace,
      prefixes: module.prefixes,
      catalog,
      loadCatalog: () => Promise.resolve(catalog),
      loadTexts: (language) => Promise.resolve(shipped(language)),
      texts,
      ...(explain ? { explain, loadExplainer: () => Promise.resolve(explain) } : {}),
    },
    resolve: (input, hints) => resolveIn(catalog, input, hints),
    format: (input, options) => {
      const opts = readFormatOptions(options);
      return formatResolvedWith(resolveIn(catalog, input, opts), opts, explain ? { shipped, explain } : { shipped });
    },
    resolveResponse: (response) => resolveResponseIn(catalog, response),
    addErrors: (i18n) => {
      addCatalogTexts(i18n, catalog.namespace, 'en', texts.en);
      addCatalogTexts(i18n, catalog.namespace, 'zh', texts.zh);
      return i18n;
    },
    loadErrors: (i18n, lng) => loadCatalogTexts(i18n, module, lng),
  };
}

/**
 * Typed, read-only access to the generated Portfolio Margin (`/papi/`) catalog: one entry per code of Binance's documents,
 * with its docs URL per language, and the product as the engine takes it.
 */
import { codesWithDocs, type BinanceCatalog, type CatalogTexts } from '@exchange-errors/core';
import { CODES, PRODUCT, SOURCE } from './generated/catalog.js';

type Entry = (typeof CODES)[number];

/** Every code in Binance's Portfolio Margin (`/papi/`) documents. */
export type BinancePmErrorCode = Entry['code'];

/** The i18next namespace of the Portfolio Margin (`/papi/`) texts. */
export const NAMESPACE = PRODUCT.namespace;

/**
 * The Portfolio Margin (`/papi/`) catalog as the engine takes it. Given the zh texts, its Chinese docs URLs point at the
 * Chinese page's own headings (the texts' `docs`); without them (the lazy module's catalog, fetched
 * before any texts, so that an English app downloads no Chinese) they use the English page's
 * anchors, and the formatter puts the Chinese ones in from the zh texts when it has them.
 */
export function pmCatalog(zhTexts?: CatalogTexts): BinanceCatalog {
  return {
    product: PRODUCT.id,
    namespace: PRODUCT.namespace,
    prefixes: PRODUCT.apiPrefixes,
    codes: codesWithDocs(SOURCE.docsUrl, CODES, zhTexts),
  };
}

/**
 * Typed, read-only access to the generated USDⓈ-M futures (`/fapi/`) catalog: one entry per code of Binance's documents,
 * with its docs URL per language, and the product as the engine takes it.
 */
import { codeLookup, codesWithDocs, type BinanceCatalog, type ErrorCodeInfo } from '@exchange-errors/binance-core';
import { CODES, PRODUCT, SOURCE } from './generated/catalog.js';

type Entry = (typeof CODES)[number];

/** Every code in Binance's USDⓈ-M futures (`/fapi/`) documents. */
export type BinanceUsdmErrorCode = Entry['code'];

/** All codes in document order. */
export const ERROR_CODES: readonly ErrorCodeInfo[] = codesWithDocs(SOURCE.docsUrl, CODES);

/** The i18next namespace of the USDⓈ-M futures (`/fapi/`) texts. */
export const NAMESPACE = PRODUCT.namespace;

/** The USDⓈ-M futures (`/fapi/`) catalog as the engine takes it. */
export const USDM_CATALOG: BinanceCatalog = { product: PRODUCT.id, namespace: PRODUCT.namespace, prefixes: PRODUCT.apiPrefixes, codes: ERROR_CODES };

/** Metadata for a code, or `undefined` for anything the documents do not list. */
export const getErrorCodeInfo = codeLookup(USDM_CATALOG);

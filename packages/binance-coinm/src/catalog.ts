/**
 * Typed, read-only access to the generated COIN-M futures (`/dapi/`) catalog: one entry per code of Binance's documents,
 * with its docs URL per language, and the product as the engine takes it.
 */
import { codeLookup, codesWithDocs, type BinanceCatalog, type ErrorCodeInfo } from '@exchange-errors/binance-core';
import { CODES, PRODUCT, SOURCE } from './generated/catalog.js';

type Entry = (typeof CODES)[number];

/** Every code in Binance's COIN-M futures (`/dapi/`) documents. */
export type BinanceCoinmErrorCode = Entry['code'];

/** All codes in document order. */
export const ERROR_CODES: readonly ErrorCodeInfo[] = codesWithDocs(SOURCE.docsUrl, CODES);

/** The i18next namespace of the COIN-M futures (`/dapi/`) texts. */
export const NAMESPACE = PRODUCT.namespace;

/** The COIN-M futures (`/dapi/`) catalog as the engine takes it. */
export const COINM_CATALOG: BinanceCatalog = { product: PRODUCT.id, namespace: PRODUCT.namespace, prefixes: PRODUCT.apiPrefixes, codes: ERROR_CODES };

/** Metadata for a code, or `undefined` for anything the documents do not list. */
export const getErrorCodeInfo = codeLookup(COINM_CATALOG);

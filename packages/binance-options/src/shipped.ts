/**
 * The Options catalog bound for the engine: its data (every code of the document) and its shipped
 * texts in both languages, for the synchronous API of this package (Node, tests, apps that import it
 * whole). Apps that load lazily use `@exchange-errors/binance-options/catalog` instead.
 */
import type { BinanceCatalog, ShippedTexts } from '@exchange-errors/binance-core';
import { ERROR_CODES } from './catalog.js';
import { NAMESPACE } from './namespace.js';
import { PREFIXES } from './product.js';
import { resources } from './resources.js';

export const OPTIONS_CATALOG: BinanceCatalog = { product: 'options', namespace: NAMESPACE, prefixes: PREFIXES, codes: ERROR_CODES };

export const SHIPPED: ShippedTexts = (language) => resources[language][NAMESPACE];

/**
 * The Options catalog as the engine takes it: every code of the document, the namespace, the API
 * prefix. No texts: the resolver needs none, and an app that only resolves errors carries no catalog
 * texts in its main chunk.
 */
import type { BinanceCatalog } from '@exchange-errors/core';
import { ERROR_CODES } from './catalog.js';
import { NAMESPACE } from './namespace.js';
import { PREFIXES } from './product.js';

export const OPTIONS_CATALOG: BinanceCatalog = {
  product: 'options',
  namespace: NAMESPACE,
  prefixes: PREFIXES,
  codes: ERROR_CODES,
};

/**
 * `@exchange-errors/binance-spot/catalog`: the Spot (`/api/`, `/sapi/`) product as a lazy module, for the React kit
 * (`registerBinanceCatalogs(binanceSpot)`): a few hundred bytes up front; the catalog and each
 * language's texts are chunks of their own, fetched with the first error.
 */
import type { BinanceCatalogModule } from '@exchange-errors/core';
import { PRODUCT } from './product.js';

export const binanceSpot: BinanceCatalogModule = {
  product: PRODUCT.id,
  namespace: PRODUCT.namespace,
  prefixes: PRODUCT.apiPrefixes,
  loadCatalog: () => import('./catalog.js').then((m) => m.spotCatalog()),
  loadTexts: (language) =>
    (language === 'zh' ? import('./generated/locales/zh.js') : import('./generated/locales/en.js')).then(
      (m) => m.default,
    ),
};

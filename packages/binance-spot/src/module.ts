/**
 * `@exchange-errors/binance-spot/catalog`: the Spot (`/api/`, `/sapi/`) product as a lazy module, for the React kit
 * (`registerBinanceCatalogs(binanceSpot)`): a few hundred bytes up front; the catalog and each
 * language's texts are chunks of their own, fetched with the first error.
 */
import type { BinanceCatalogModule } from '@exchange-errors/binance-core';
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
  // The order rules behind its rejections, a chunk of their own: loaded only when an app passes order context.
  loadExplainer: () => import('@exchange-errors/binance/rules/spot').then((m) => m.spotRules.explain),
};

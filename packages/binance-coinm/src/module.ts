/**
 * `@exchange-errors/binance-coinm/catalog`: the COIN-M futures (`/dapi/`) product as a lazy module, for the React kit
 * (`registerBinanceCatalogs(binanceCoinm)`): a few hundred bytes up front; the catalog and each
 * language's texts are chunks of their own, fetched with the first error.
 */
import type { BinanceCatalogModule } from '@exchange-errors/binance-core';
import { PRODUCT } from './product.js';

export const binanceCoinm: BinanceCatalogModule = {
  product: PRODUCT.id,
  namespace: PRODUCT.namespace,
  prefixes: PRODUCT.apiPrefixes,
  loadCatalog: () => import('./catalog.js').then((m) => m.coinmCatalog()),
  loadTexts: (language) =>
    (language === 'zh' ? import('./generated/locales/zh.js') : import('./generated/locales/en.js')).then(
      (m) => m.default,
    ),
  // The order rules behind its rejections, a chunk of their own: loaded only when an app passes order context.
  loadExplainer: () => import('@exchange-errors/binance/rules/futures').then((m) => m.coinmRules.explain),
};

/**
 * `@exchange-errors/binance-options/catalog`: the Options product as a lazy module, for the React kit
 * (`registerBinanceCatalogs(binanceOptions)`): a few hundred bytes up front; the catalog and each
 * language's texts are chunks of their own, fetched with the first error.
 */
import type { BinanceCatalogModule } from '@exchange-errors/core';
import { NAMESPACE } from './namespace.js';
import { PREFIXES } from './product.js';

export const binanceOptions: BinanceCatalogModule = {
  product: 'options',
  namespace: NAMESPACE,
  prefixes: PREFIXES,
  loadCatalog: () =>
    import('./catalog.js').then((m) => ({
      product: 'options',
      namespace: NAMESPACE,
      prefixes: PREFIXES,
      codes: m.ERROR_CODES,
    })),
  loadTexts: (language) =>
    (language === 'zh' ? import('./generated/locales/zh.js') : import('./generated/locales/en.js')).then(
      (m) => m.default,
    ),
  loadExplainer: () => import('./explain-rules.js').then((m) => m.explainWith),
};

import type { BinanceCatalogModule } from '@exchange-errors/core';
import { explainWith } from './explain-rules.js';
import { binanceOptions } from './module.js';
import { NAMESPACE } from './namespace.js';
import { OPTIONS_CATALOG } from './options-catalog.js';
import { resources } from './resources.js';

/**
 * The Options module with everything already in memory: register it where nothing may load later
 * (server rendering, tests, an app that bundles both languages anyway).
 */
export const binanceOptionsEager: BinanceCatalogModule = {
  product: binanceOptions.product,
  namespace: binanceOptions.namespace,
  prefixes: binanceOptions.prefixes,
  catalog: OPTIONS_CATALOG,
  loadCatalog: () => Promise.resolve(OPTIONS_CATALOG),
  loadTexts: (language) => Promise.resolve(resources[language][NAMESPACE]),
  loadExplainer: () => Promise.resolve(explainWith),
  texts: { en: resources.en[NAMESPACE], zh: resources.zh[NAMESPACE] },
  explain: explainWith,
};

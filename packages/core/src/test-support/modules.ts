/** Product modules of the test's own making: the engine knows nothing of any product until given one. */
import type { Catalog, CatalogTexts, ErrorCodeInfo, ProductModule } from '../catalog.js';
import type { ExchangeAdapter } from '../exchange.js';

export function info(code: number, name: string, server: string, params: string[] = []): ErrorCodeInfo {
  return {
    code,
    name,
    section: 's',
    category: 'order',
    retryable: false,
    severity: 'error',
    variants: [{ key: params.length > 0 ? 'param' : 'default', params, server }],
    docsUrl: { en: `https://example.test/en#${code}`, zh: `https://example.test/zh#${code}` },
  };
}

/** An exchange like Binance: `{code, msg}`, negative codes, 409 a partial success. */
export const ALPHA: ExchangeAdapter = {
  id: 'alpha',
  name: 'Alpha',
  products: { spot: ['/api/', '/sapi/'], usdm: ['/fapi/'], pm: ['/papi/'] },
  hosts: ['alpha.test'],
  bodies: [{ code: 'code', message: 'msg' }],
  ignoredCodes: [0],
  unknownCodes: [-1007],
  unknownTexts: ['status unknown'],
  partialStatuses: [409],
  retryHeaders: [{ name: 'retry-after', unit: 'seconds-or-date' }],
};

/** An exchange like Bybit: HTTP 200 with `{retCode, retMsg}`, 0 a success, a reset time in ms. */
export const BETA: ExchangeAdapter = {
  id: 'beta',
  name: 'Beta',
  products: { v5: ['/v5/'] },
  hosts: ['beta.test'],
  bodies: [
    { code: 'retCode', message: 'retMsg' },
    { code: 'code', message: 'msg' },
  ],
  successCodes: [0],
  unknownCodes: [10016],
  statusCodes: [403],
  retryHeaders: [{ name: 'x-reset-ms', unit: 'epoch-ms', remaining: 'x-left' }],
  batchResults: { path: ['retExtInfo', 'list'], body: { code: 'code', message: 'msg' } },
};

export function moduleOf(
  exchange: ExchangeAdapter,
  product: string,
  paths: string[],
  codes: ErrorCodeInfo[],
  texts?: { en: CatalogTexts; zh: CatalogTexts },
): ProductModule {
  const namespace = `${exchange.id}${product[0]?.toUpperCase() ?? ''}${product.slice(1)}`;
  const catalog: Catalog = { exchange: exchange.id, product, namespace, codes };
  const shipped = texts ?? { en: {}, zh: {} };
  return {
    exchange,
    product,
    namespace,
    paths,
    languages: ['en', 'zh'],
    catalog,
    texts: shipped,
    loadCatalog: () => Promise.resolve(catalog),
    loadTexts: (language) => Promise.resolve(language === 'zh' ? shipped.zh : shipped.en),
  };
}

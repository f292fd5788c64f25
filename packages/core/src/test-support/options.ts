/**
 * The engine's tests read errors against a real catalog: Binance Options', built here from the files
 * its package generates (data.json and the locales), with Binance's own adapter. Read from the files,
 * not imported as a package: the product packages depend on the engine, not the other way round.
 */
import { binance } from '../../../binance/src/adapter.js';
import data from '../../../binance-options/data.json' with { type: 'json' };
import en from '../../../binance-options/locales/en/binanceOptions.json' with { type: 'json' };
import zh from '../../../binance-options/locales/zh/binanceOptions.json' with { type: 'json' };
import type { Catalog, ErrorCodeInfo, ErrorVariantInfo, ProductModule } from '../catalog.js';
import type { FormatOptions, FormattedError } from '../format.js';
import { catalogFrom, type GeneratedCode } from '../generated.js';
import type { ResolvedError } from '../resolve.js';
import type { ResolveOptions } from '../route.js';
import { addCatalogTexts } from '../i18n.js';
import { format, resolve } from '../verbs.js';

export const NAMESPACE = 'binanceOptions';

export const OPTIONS_CATALOG: Catalog = catalogFrom(
  { exchange: 'binance', product: 'options', namespace: NAMESPACE },
  data.source.docsUrl,
  data.codes as unknown as readonly GeneratedCode[],
  zh,
);

/** Every code of the Options catalog. */
export const ERROR_CODES: readonly ErrorCodeInfo[] = OPTIONS_CATALOG.codes;

export const optionsTexts = { en, zh } as const;

/** Binance Options with everything in memory, as its generated `binanceOptionsEager` is (without its rules). */
export const options: ProductModule = {
  exchange: binance,
  product: 'options',
  namespace: NAMESPACE,
  paths: ['/eapi/'],
  languages: ['en', 'zh'],
  catalog: OPTIONS_CATALOG,
  texts: { en, zh },
  loadCatalog: () => Promise.resolve(OPTIONS_CATALOG),
  loadTexts: (language) => Promise.resolve(language === 'zh' ? zh : en),
};

/** Anything caught, read as an Options error. */
export function resolveError(input: unknown, options_?: ResolveOptions): ResolvedError {
  return resolve(options, input, options_);
}

/** The same, formatted. */
export function formatError(input: unknown, options_?: FormatOptions): FormattedError {
  return format(options, input, options_);
}

export type { ErrorVariantInfo };

/** Both languages of the Options texts merged into an app's instance, keeping its own keys (what an app's setup does). */
export function addOptionsTexts<T>(i18n: T): T {
  addCatalogTexts(i18n as never, NAMESPACE, 'en', en);
  addCatalogTexts(i18n as never, NAMESPACE, 'zh', zh);
  return i18n;
}

/**
 * One row per message variant of every code of every product (Binance's five, Bybit's v5 API), with
 * both languages (Bybit's Simplified Chinese, its zh), where its Chinese comes from, and a
 * precomputed search text. Read from each product package's in-memory module (its catalog and texts)
 * and its `data.json` (`zhOrigin`), as an app or a tool imports them.
 */
import COINM_DATA from '@exchange-errors/binance-coinm/data.json';
import { binanceCoinmEager } from '@exchange-errors/binance-coinm/eager';
import OPTIONS_DATA from '@exchange-errors/binance-options/data.json';
import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import PM_DATA from '@exchange-errors/binance-pm/data.json';
import { binancePmEager } from '@exchange-errors/binance-pm/eager';
import SPOT_DATA from '@exchange-errors/binance-spot/data.json';
import { binanceSpotEager } from '@exchange-errors/binance-spot/eager';
import USDM_DATA from '@exchange-errors/binance-usdm/data.json';
import { binanceUsdmEager } from '@exchange-errors/binance-usdm/eager';
import BYBIT_DATA from '@exchange-errors/bybit/data.json';
import { bybitV5Eager } from '@exchange-errors/bybit/eager';
import type { Category } from '@exchange-errors/core';
import { CATEGORIES } from '../../packages/core/src/taxonomy';
import { detailsStrings } from '../../packages/react/src/ErrorDetails/strings';

export type Product = 'options' | 'spot' | 'usdm' | 'coinm' | 'pm' | 'v5';
export type ProductChoice = Product | 'all';
export type Language = 'en' | 'zh';
/**
 * Whose the Chinese message is: the exchange's as its zh page has it (Binance's, Bybit's), the
 * exchange's with a fix of ours, or our translation.
 */
export type ZhOrigin = 'binance' | 'bybit' | 'fixed' | 'ours';

export const PRODUCTS: readonly Product[] = ['options', 'spot', 'usdm', 'coinm', 'pm', 'v5'];

const NAME_KEYS = {
  options: 'productOptions',
  spot: 'productSpot',
  usdm: 'productUsdm',
  coinm: 'productCoinm',
  pm: 'productPm',
  v5: 'productBybit',
} as const;

/** The exchange of each product, as the kit's ErrorDetails names it. */
export function exchangeName(lng: Language, product: Product): string {
  return detailsStrings[lng][product === 'v5' ? 'exchangeBybit' : 'exchangeBinance'];
}

/** The product's name as the kit's ErrorDetails says it (Binance's own Chinese names). */
export function productName(lng: Language, product: Product): string {
  return detailsStrings[lng][NAME_KEYS[product]];
}

type OriginTable = Readonly<Record<string, Readonly<Record<string, ZhOrigin>>>>;

const SOURCES = [
  { product: 'options', module: binanceOptionsEager, origins: OPTIONS_DATA.zhOrigin as OriginTable },
  { product: 'spot', module: binanceSpotEager, origins: SPOT_DATA.zhOrigin as OriginTable },
  { product: 'usdm', module: binanceUsdmEager, origins: USDM_DATA.zhOrigin as OriginTable },
  { product: 'coinm', module: binanceCoinmEager, origins: COINM_DATA.zhOrigin as OriginTable },
  { product: 'pm', module: binancePmEager, origins: PM_DATA.zhOrigin as OriginTable },
  { product: 'v5', module: bybitV5Eager, origins: BYBIT_DATA.zhOrigin as OriginTable },
] as const satisfies readonly { product: Product; module: unknown; origins: OriginTable }[];

interface Texts {
  readonly title: string;
  readonly message: string;
  readonly hint: string;
}

export interface CatalogRow {
  /** Unique across products: `spot:-2010.insufficientBalance`. */
  readonly id: string;
  readonly product: Product;
  readonly code: number;
  readonly name: string;
  readonly variant: string;
  readonly params: readonly string[];
  /** The variant is an error of its own (Spot's matching-engine and filter-failure messages): its own title, hint and class. */
  readonly ownTitle: boolean;
  readonly category: Category;
  readonly retryable: boolean;
  readonly zhOrigin: ZhOrigin;
  readonly en: Texts;
  readonly zh: Texts;
  readonly docs: { readonly en: string; readonly zh: string };
  /** Lower-cased product names, code, name, variant and every text of both languages, searched with one `includes` per term. */
  readonly haystack: string;
}

interface CodeTexts {
  readonly title?: string;
  readonly hint?: string;
  readonly titles?: Readonly<Record<string, string>>;
  readonly hints?: Readonly<Record<string, string>>;
  readonly messages?: Readonly<Record<string, string>>;
}

function codeTexts(texts: unknown, code: number): CodeTexts {
  const codes = (texts as { codes?: Record<string, CodeTexts> } | undefined)?.codes;
  return codes?.[String(code)] ?? {};
}

function textsOf(code: CodeTexts, variant: string): Texts {
  return {
    title: code.titles?.[variant] ?? code.title ?? '',
    message: code.messages?.[variant] ?? '',
    hint: code.hints?.[variant] ?? code.hint ?? '',
  };
}

function rowsOf(source: (typeof SOURCES)[number]): CatalogRow[] {
  const { product, module, origins } = source;
  const catalog = module.catalog;
  if (!catalog) throw new Error(`${product}: the in-memory module carries no catalog`);
  return catalog.codes.flatMap((info) =>
    info.variants.map((variant): CatalogRow => {
      const en = textsOf(codeTexts(module.texts?.en, info.code), variant.key);
      const zh = textsOf(codeTexts(module.texts?.zh, info.code), variant.key);
      const own = variant.category !== undefined;
      const row = {
        id: `${product}:${info.code}.${variant.key}`,
        product,
        code: info.code,
        name: info.name,
        variant: variant.key,
        params: variant.params,
        ownTitle: own,
        category: variant.category ?? info.category,
        retryable: variant.retryable ?? info.retryable,
        zhOrigin: origins[String(info.code)]?.[variant.key] ?? 'binance',
        en,
        zh,
        docs: info.docsUrl,
      };
      const haystack = [
        productName('en', product),
        productName('zh', product),
        row.code,
        row.name,
        row.variant,
        en.title,
        en.message,
        en.hint,
        zh.title,
        zh.message,
        zh.hint,
      ]
        .join('\n')
        .toLowerCase();
      return { ...row, haystack };
    }),
  );
}

/** Every product's rows, product by product in document order (1,904 today: Binance's 1,157, Bybit's 747). */
export const CATALOG_ROWS: readonly CatalogRow[] = SOURCES.flatMap(rowsOf);

/** Rows whose Chinese origin the generated ZH_ORIGIN does not list: none when the tables are current. */
export const ROWS_WITHOUT_ORIGIN: readonly string[] = SOURCES.flatMap(({ product, module, origins }) =>
  (module.catalog?.codes ?? []).flatMap((info) =>
    info.variants
      .filter((v) => origins[String(info.code)]?.[v.key] === undefined)
      .map((v) => `${product}:${info.code}.${v.key}`),
  ),
);

export const CATALOG_CATEGORIES = CATEGORIES.filter((c) => c !== 'unknown');

export interface RowFilter {
  readonly product: ProductChoice;
  readonly query: string;
  readonly category: Category | 'all';
}

/** Every whitespace-separated term must appear (product, code, name, variant or any text, either language). */
export function filterRows(
  rows: readonly CatalogRow[],
  { product, query, category }: RowFilter,
): readonly CatalogRow[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      (product === 'all' || row.product === product) &&
      (category === 'all' || row.category === category) &&
      terms.every((term) => row.haystack.includes(term)),
  );
}

/** How many rows of each product match the search and category (the product switch shows them). */
export function countByProduct(
  rows: readonly CatalogRow[],
  filter: Omit<RowFilter, 'product'>,
): Readonly<Record<ProductChoice, number>> {
  const counts: Record<ProductChoice, number> = { all: 0, options: 0, spot: 0, usdm: 0, coinm: 0, pm: 0, v5: 0 };
  for (const row of filterRows(rows, { ...filter, product: 'all' })) {
    counts[row.product] += 1;
    counts.all += 1;
  }
  return counts;
}

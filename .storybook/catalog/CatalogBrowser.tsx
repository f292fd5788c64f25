import en from '@exchange-errors/binance-options/locales/en.json';
import zh from '@exchange-errors/binance-options/locales/zh.json';
import type { Category } from '@exchange-errors/core';
import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import {
  CATALOG_CATEGORIES,
  CATALOG_ROWS,
  countByProduct,
  exchangeName,
  filterRows,
  PRODUCTS,
  productName,
  type CatalogRow,
  type Language,
  type ProductChoice,
  type ZhOrigin,
} from './catalogRows';

interface Labels {
  readonly caption: string;
  readonly product: string;
  readonly allProducts: string;
  readonly search: string;
  readonly category: string;
  readonly all: string;
  readonly shown: string;
  readonly code: string;
  readonly message: string;
  readonly zhOrigin: string;
  readonly origin: Readonly<Record<ZhOrigin, string>>;
  readonly ownTitle: string;
  readonly classification: string;
  readonly retryYes: string;
  readonly retryNo: string;
  readonly docs: string;
  readonly docsLabel: string;
  readonly values: string;
  readonly pages: string;
  readonly page: string;
  readonly previous: string;
  readonly next: string;
  readonly none: string;
}

export const LABELS: Readonly<Record<Language, Labels>> = {
  en: {
    caption:
      'Error codes of every product of Binance and Bybit: each message variant, its text in the language chosen, and whose its Chinese is',
    product: 'Product',
    allProducts: 'All products',
    search: 'Search by code, name or text',
    category: 'Category',
    all: 'All categories',
    shown: '{{shown}} of {{total}} messages',
    code: 'Code',
    message: 'Message',
    zhOrigin: 'Chinese text',
    origin: { binance: 'Binance’s', bybit: 'Bybit’s', fixed: 'The exchange’s, fixed by us', ours: 'Ours' },
    ownTitle: 'own title',
    classification: 'Category · retry',
    retryYes: 'retrying may help',
    retryNo: 'retrying alone will not help',
    docs: 'Docs',
    docsLabel: ': {{exchange}} docs for {{product}} {{code}} (opens in a new tab)',
    values: 'values',
    pages: 'Pages',
    page: 'Page {{page}} of {{pages}}',
    previous: 'Previous page',
    next: 'Next page',
    none: 'No message matches.',
  },
  zh: {
    caption: '币安与 Bybit 各产品的错误代码：每个消息变体、所选语言的文字及其中文来源',
    product: '产品',
    allProducts: '全部产品',
    search: '按代码、名称或文字搜索',
    category: '类别',
    all: '全部类别',
    shown: '显示 {{shown}} / {{total}} 条消息',
    code: '代码',
    message: '消息',
    zhOrigin: '中文来源',
    origin: { binance: '币安原文', bybit: 'Bybit 原文', fixed: '交易所原文，经我们修正', ours: '我们的译文' },
    ownTitle: '独立标题',
    classification: '类别 · 重试',
    retryYes: '重试可能有效',
    retryNo: '单独重试无效',
    docs: '文档',
    docsLabel: '：{{product}} {{code}} 的{{exchange}}文档（在新标签页中打开）',
    values: '参数',
    pages: '分页',
    page: '第 {{page}} / {{pages}} 页',
    previous: '上一页',
    next: '下一页',
    none: '没有匹配的消息。',
  },
};

/** Rows per page: a page renders in a few milliseconds; all 1,157 Binance rows at once took long enough to stutter typing. */
export const PAGE_SIZE = 100;

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(values[k] ?? ''));

function categoryLabel(lng: Language, category: Category): string {
  return (lng === 'zh' ? zh : en).categories[category];
}

const Row = memo(function Row({ row, lng, labels }: { row: CatalogRow; lng: Language; labels: Labels }) {
  const texts = row[lng];
  return (
    <tr data-row={row.id}>
      <td className="cb-product">{productName(lng, row.product)}</td>
      <th scope="row" className="cb-code">
        <code>{row.code}</code>
        <div className="cb-name">{row.name}</div>
        <div className="cb-variant">
          {row.variant}
          {row.ownTitle && ` · ${labels.ownTitle}`}
          {row.params.length > 0 && ` · ${labels.values}: ${row.params.join(', ')}`}
        </div>
      </th>
      <td lang={lng === 'zh' ? 'zh-CN' : 'en'}>
        <div className="cb-title">{texts.title}</div>
        <div>{texts.message}</div>
        <div className="cb-hint">{texts.hint}</div>
      </td>
      <td className="cb-origin" data-origin={row.zhOrigin}>
        {labels.origin[row.zhOrigin]}
      </td>
      <td className="cb-class">
        {categoryLabel(lng, row.category)}
        <div className="cb-hint">{row.retryable ? labels.retryYes : labels.retryNo}</div>
      </td>
      <td className="cb-docs">
        {(['en', 'zh'] as const).map((language) => (
          <a key={language} href={row.docs[language]} target="_blank" rel="noopener noreferrer">
            {language}
            <span className="ee-visually-hidden">
              {fill(labels.docsLabel, {
                product: productName(lng, row.product),
                code: row.code,
                exchange: exchangeName(lng, row.product),
              })}
            </span>
          </a>
        ))}
      </td>
    </tr>
  );
});

/**
 * Every product's codes and message variants (1,904 rows: Binance's 1,157, Bybit's 747), switchable by product, searchable across
 * products, a page at a time. Typing stays responsive: filtering is one `includes` per row and term
 * over precomputed text, deferred behind the input, and only one page of memoized rows renders.
 */
export function CatalogBrowser({
  lng = 'en',
  initialProduct = 'all',
}: {
  readonly lng?: Language;
  readonly initialProduct?: ProductChoice;
}) {
  const labels = LABELS[lng];
  const [product, setProduct] = useState<ProductChoice>(initialProduct);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<Category | 'all'>('all');
  const [page, setPage] = useState(0);
  const deferredQuery = useDeferredValue(query);
  const counts = useMemo(
    () => countByProduct(CATALOG_ROWS, { query: deferredQuery, category }),
    [deferredQuery, category],
  );
  const rows = useMemo(
    () => filterRows(CATALOG_ROWS, { product, query: deferredQuery, category }),
    [product, deferredQuery, category],
  );
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = rows.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const searchId = useId();
  const categoryId = useId();
  const productGroup = useId();

  return (
    <div className="cb" lang={lng === 'zh' ? 'zh-CN' : 'en'}>
      <fieldset className="cb-products">
        <legend>{labels.product}</legend>
        {(['all', ...PRODUCTS] as const).map((choice) => (
          <label key={choice} className="cb-product-choice">
            <input
              type="radio"
              name={productGroup}
              value={choice}
              checked={product === choice}
              onChange={() => {
                setProduct(choice);
                setPage(0);
              }}
            />
            {choice === 'all' ? labels.allProducts : productName(lng, choice)}{' '}
            <span className="cb-count">({counts[choice]})</span>
          </label>
        ))}
      </fieldset>
      <div className="cb-controls">
        <label htmlFor={searchId}>{labels.search}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setPage(0);
          }}
          autoComplete="off"
        />
        <label htmlFor={categoryId}>{labels.category}</label>
        <select
          id={categoryId}
          value={category}
          onChange={(e) => {
            setCategory(e.target.value as Category | 'all');
            setPage(0);
          }}
        >
          <option value="all">{labels.all}</option>
          {CATALOG_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(lng, c)}
            </option>
          ))}
        </select>
        <output aria-live="polite">{fill(labels.shown, { shown: rows.length, total: CATALOG_ROWS.length })}</output>
      </div>
      <table className="cb-table">
        <caption>{labels.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="cb-product">
              {labels.product}
            </th>
            <th scope="col">{labels.code}</th>
            <th scope="col">{labels.message}</th>
            <th scope="col" className="cb-origin">
              {labels.zhOrigin}
            </th>
            <th scope="col" className="cb-class">
              {labels.classification}
            </th>
            <th scope="col">{labels.docs}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <Row key={row.id} row={row} lng={lng} labels={labels} />
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="cb-none">{labels.none}</p>}
      {pages > 1 && (
        <nav className="cb-pages" aria-label={labels.pages}>
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {labels.previous}
          </button>
          <span>{fill(labels.page, { page: current + 1, pages })}</span>
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            {labels.next}
          </button>
        </nav>
      )}
    </div>
  );
}

import { NAMESPACE, resources, type Category } from '@exchange-errors/binance-options';
import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import { CATALOG_CATEGORIES, CATALOG_ROWS, filterRows, type CatalogRow } from './catalogRows';

interface Labels {
  readonly caption: string;
  readonly search: string;
  readonly category: string;
  readonly all: string;
  readonly shown: string;
  readonly code: string;
  readonly english: string;
  readonly chinese: string;
  readonly classification: string;
  readonly retryYes: string;
  readonly retryNo: string;
  readonly docs: string;
  readonly docsLabel: string;
  readonly values: string;
}

export const LABELS: Readonly<Record<'en' | 'zh', Labels>> = {
  en: {
    caption: 'Binance Options error codes: every message variant in English and Chinese',
    search: 'Search by code, name or text',
    category: 'Category',
    all: 'All categories',
    shown: '{{shown}} of {{total}} messages',
    code: 'Code',
    english: 'English',
    chinese: 'Chinese',
    classification: 'Category · retry',
    retryYes: 'retrying may help',
    retryNo: 'retrying alone will not help',
    docs: 'Docs',
    docsLabel: ': Binance docs for {{code}} (opens in a new tab)',
    values: 'values',
  },
  zh: {
    caption: '币安期权错误代码：每个消息变体的英文与中文',
    search: '按代码、名称或文字搜索',
    category: '类别',
    all: '全部类别',
    shown: '显示 {{shown}} / {{total}} 条消息',
    code: '代码',
    english: '英文',
    chinese: '中文',
    classification: '类别 · 重试',
    retryYes: '重试可能有效',
    retryNo: '单独重试无效',
    docs: '文档',
    docsLabel: '：{{code}} 的币安文档（在新标签页中打开）',
    values: '参数',
  },
};
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(values[k] ?? ''));

function categoryLabel(lng: 'en' | 'zh', category: Category): string {
  return resources[lng][NAMESPACE].categories[category];
}

const Row = memo(function Row({ row, lng, labels }: { row: CatalogRow; lng: 'en' | 'zh'; labels: Labels }) {
  return (
    <tr>
      <th scope="row">
        <code>{row.code}</code>
        <div className="cb-name">{row.name}</div>
        <div className="cb-variant">
          {row.variant}
          {row.params.length > 0 && ` · ${labels.values}: ${row.params.join(', ')}`}
        </div>
      </th>
      {(['en', 'zh'] as const).map((language) => (
        <td key={language} lang={language === 'zh' ? 'zh-CN' : 'en'}>
          <div className="cb-title">{row[language].title}</div>
          <div>{row[language].message}</div>
          <div className="cb-hint">{row[language].hint}</div>
        </td>
      ))}
      <td className="cb-class">
        {categoryLabel(lng, row.category)}
        <div className="cb-hint">{row.retryable ? labels.retryYes : labels.retryNo}</div>
      </td>
      <td className="cb-docs">
        {(['en', 'zh'] as const).map((language) => (
          <a key={language} href={row[language].docs} target="_blank" rel="noopener noreferrer">
            {language}
            <span className="ee-visually-hidden">{fill(labels.docsLabel, { code: row.code })}</span>
          </a>
        ))}
      </td>
    </tr>
  );
});

/** All 122 codes and 138 variants, searchable; typing stays responsive (deferred filtering, memoized rows). */
export function CatalogBrowser({ lng = 'en' }: { readonly lng?: 'en' | 'zh' }) {
  const labels = LABELS[lng];
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<Category | 'all'>('all');
  const deferredQuery = useDeferredValue(query);
  const rows = useMemo(() => filterRows(CATALOG_ROWS, deferredQuery, category), [deferredQuery, category]);
  const searchId = useId();
  const categoryId = useId();

  return (
    <div className="cb" lang={lng === 'zh' ? 'zh-CN' : 'en'}>
      <div className="cb-controls">
        <label htmlFor={searchId}>{labels.search}</label>
        <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
        <label htmlFor={categoryId}>{labels.category}</label>
        <select id={categoryId} value={category} onChange={(e) => setCategory(e.target.value as Category | 'all')}>
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
            <th scope="col">{labels.code}</th>
            <th scope="col">{labels.english}</th>
            <th scope="col">{labels.chinese}</th>
            <th scope="col" className="cb-class">
              {labels.classification}
            </th>
            <th scope="col">{labels.docs}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Row key={row.id} row={row} lng={lng} labels={labels} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

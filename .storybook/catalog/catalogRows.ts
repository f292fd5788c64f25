/** One row per message variant of every code, with both languages and a precomputed search text. */
import { CATEGORIES, ERROR_CODES, NAMESPACE, resources, type Category } from '@exchange-errors/binance-options';

export interface CatalogRow {
  readonly id: string;
  readonly code: number;
  readonly name: string;
  readonly variant: string;
  readonly params: readonly string[];
  readonly category: Category;
  readonly retryable: boolean;
  readonly en: { readonly title: string; readonly message: string; readonly hint: string; readonly docs: string };
  readonly zh: { readonly title: string; readonly message: string; readonly hint: string; readonly docs: string };
  /** Lower-cased code, name and every text, searched with one `includes`. */
  readonly haystack: string;
}

interface CodeTexts {
  readonly title: string;
  readonly hint: string;
  readonly messages: Readonly<Record<string, string>>;
}

const textsOf = (lng: 'en' | 'zh', code: number): CodeTexts =>
  (resources[lng][NAMESPACE].codes as unknown as Record<string, CodeTexts>)[String(code)] ?? { title: '', hint: '', messages: {} };

export const CATALOG_ROWS: readonly CatalogRow[] = ERROR_CODES.flatMap((info) =>
  info.variants.map((variant): CatalogRow => {
    const en = textsOf('en', info.code);
    const zh = textsOf('zh', info.code);
    const row = {
      id: `${info.code}.${variant.key}`,
      code: info.code,
      name: info.name,
      variant: variant.key,
      params: variant.params,
      category: info.category,
      retryable: info.retryable,
      en: { title: en.title, message: en.messages[variant.key] ?? '', hint: en.hint, docs: info.docsUrl.en },
      zh: { title: zh.title, message: zh.messages[variant.key] ?? '', hint: zh.hint, docs: info.docsUrl.zh },
    };
    const haystack = [row.code, row.name, row.variant, row.en.title, row.en.message, row.en.hint, row.zh.title, row.zh.message, row.zh.hint]
      .join('\n')
      .toLowerCase();
    return { ...row, haystack };
  }),
);

export const CATALOG_CATEGORIES = CATEGORIES.filter((c) => c !== 'unknown');

/** Every whitespace-separated term must appear (code, name or any text, either language). */
export function filterRows(rows: readonly CatalogRow[], query: string, category: Category | 'all'): readonly CatalogRow[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => (category === 'all' || row.category === category) && terms.every((term) => row.haystack.includes(term)));
}

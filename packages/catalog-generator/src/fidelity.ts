/**
 * Per product: how many codes, variants and table messages, and how many of their zh texts are
 * Binance's Chinese, English left in place, missing or broken. The numbers the closing note asks
 * for, computed from the pairing so they cannot drift from it.
 */
import type { PairedVariant, ProductPairing, ZhKind } from './pair.js';

export const ZH_KINDS: readonly ZhKind[] = ['binance', 'english', 'missing', 'broken'];

export type KindCounts = Record<ZhKind, number>;

export interface Fidelity {
  readonly product: ProductPairing['product'];
  readonly codes: { readonly en: number; readonly zh: number };
  /** Messages under the codes (one per list item of the en page). */
  readonly variants: number;
  /** Messages in Spot's tables (matching engine, filter failures); 0 elsewhere. */
  readonly tableMessages: number;
  readonly messages: number;
  /** Over every message, variants and table messages together. */
  readonly zh: KindCounts;
  readonly variantsZh: KindCounts;
  readonly tablesZh: KindCounts;
  /** zh headings whose name is Chinese (Spot) or machine-garbled (`TOO_MANY_参数`); names come from en. */
  readonly zhNames: { readonly chinese: number; readonly garbled: number; readonly differs: number };
}

function countKinds(variants: readonly PairedVariant[]): KindCounts {
  const counts: KindCounts = { binance: 0, english: 0, missing: 0, broken: 0 };
  for (const variant of variants) counts[variant.zh.kind]++;
  return counts;
}

export function fidelityOf(pairing: ProductPairing): Fidelity {
  const variants = pairing.codes.flatMap((code) => code.variants);
  const tableVariants = pairing.tables.flatMap((table) => table.variants);
  const variantsZh = countKinds(variants);
  const tablesZh = countKinds(tableVariants);
  const zh = countKinds([...variants, ...tableVariants]);
  const rules = pairing.detections.map((d) => d.rule);
  const count = (rule: string): number => rules.filter((r) => r === rule).length;
  return {
    product: pairing.product,
    codes: { en: pairing.source.en.codes, zh: pairing.source.zh.codes },
    variants: variants.length,
    tableMessages: tableVariants.length,
    messages: variants.length + tableVariants.length,
    zh,
    variantsZh,
    tablesZh,
    zhNames: {
      chinese: count('zh-name-chinese'),
      garbled: count('zh-name-garbled'),
      differs: count('zh-name-differs'),
    },
  };
}

export const PRODUCT_LABELS: Readonly<Record<ProductPairing['product'], string>> = {
  options: 'Options (`/eapi/`)',
  spot: 'Spot (`/api/`)',
  usdm: 'USDⓈ-M (`/fapi/`)',
  coinm: 'COIN-M (`/dapi/`)',
  pm: 'Portfolio Margin (`/papi/`)',
  bybit: 'Bybit v5 (`/v5/`)',
};

/** The per-product table, Markdown. */
export function renderFidelityTable(rows: readonly Fidelity[]): string {
  const lines = [
    "| product | codes en / zh | variants | table messages | messages | Binance's zh | English kept | missing | broken |",
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const total = { en: 0, zh: 0, variants: 0, table: 0, messages: 0, binance: 0, english: 0, missing: 0, broken: 0 };
  for (const row of rows) {
    lines.push(
      `| ${PRODUCT_LABELS[row.product]} | ${row.codes.en} / ${row.codes.zh} | ${row.variants} | ${row.tableMessages} | ${row.messages} | ` +
        `${row.zh.binance} | ${row.zh.english} | ${row.zh.missing} | ${row.zh.broken} |`,
    );
    total.en += row.codes.en;
    total.zh += row.codes.zh;
    total.variants += row.variants;
    total.table += row.tableMessages;
    total.messages += row.messages;
    for (const kind of ZH_KINDS) total[kind] += row.zh[kind];
  }
  lines.push(
    `| **all** | ${total.en} / ${total.zh} | ${total.variants} | ${total.table} | ${total.messages} | ` +
      `${total.binance} | ${total.english} | ${total.missing} | ${total.broken} |`,
  );
  return lines.join('\n');
}

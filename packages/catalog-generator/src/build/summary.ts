/**
 * The figures of a generated catalog: how many codes, variants and document messages; whose Chinese
 * each message is (Binance's verbatim, Binance's fixed by the override table, ours); and what each
 * locale weighs, minified and gzipped, as an app's bundle carries it. Written into REPORT.md and each
 * product's README between markers, both checked by `generate --check`.
 */
import { gzipSync } from 'node:zlib';
import { LANGUAGES, type Language, type Product } from '../model.js';
import { PRODUCT_LABELS } from '../fidelity.js';
import { resourcesOf } from './emit.js';
import type { Catalog, HansOrigin, ZhOrigin } from './model.js';
import { inputsOf } from './registry.js';
import { sectionedResources } from './sectioned-emit.js';

export type OriginCounts = Record<ZhOrigin, number>;

export interface CatalogSummary {
  readonly product: Product;
  readonly codes: number;
  readonly variants: number;
  /** Variants that come from a table (a table message counts once per code it comes with). */
  readonly tableVariants: number;
  /** The documents' messages the catalog keeps (list items and table messages), each once. */
  readonly messages: number;
  readonly tableMessages: number;
  /** Over `messages`. */
  readonly zh: OriginCounts;
  /** Bytes of the namespace per language: minified JSON, and that gzipped (level 9). */
  readonly size: Readonly<Record<Language, Size>>;
  /**
   * A sectioned catalog (Bybit): its meanings (a code in other sections with another meaning counts
   * once per meaning), whose its Simplified messages are (converted, or ours), and the Traditional
   * namespace's size (`size.zh` is then the Simplified one).
   */
  readonly sectioned?: {
    readonly meanings: number;
    readonly hans: Readonly<Record<HansOrigin, number>>;
    readonly zhHant: Size;
  };
}

export interface Size {
  readonly min: number;
  readonly gzip: number;
}

function sizeOf(resource: unknown): Size {
  const min = Buffer.from(JSON.stringify(resource), 'utf8');
  return { min: min.length, gzip: gzipSync(min, { level: 9 }).length };
}

function count(origins: readonly ZhOrigin[]): OriginCounts {
  const counts: OriginCounts = { binance: 0, fixed: 0, ours: 0 };
  for (const origin of origins) counts[origin]++;
  return counts;
}

export function summarize(catalog: Catalog): CatalogSummary {
  const variants = catalog.codes.flatMap((c) => c.variants);
  const base = {
    product: catalog.product,
    codes: catalog.codes.length,
    variants: variants.length,
    tableVariants: variants.filter((v) => v.table !== null).length,
    messages: catalog.messages.length,
    tableMessages: catalog.messages.filter((m) => m.table !== null).length,
    zh: count(catalog.messages.map((m) => m.zhOrigin)),
  };
  if (catalog.codes.some((c) => c.meanings !== undefined)) {
    const resources = sectionedResources(catalog, inputsOf(catalog.product));
    const hans: Record<HansOrigin, number> = { converted: 0, ours: 0 };
    for (const message of catalog.messages) hans[message.hansOrigin ?? 'converted']++;
    return {
      ...base,
      size: { en: sizeOf(resources.en), zh: sizeOf(resources.zh) },
      sectioned: {
        meanings: catalog.codes.reduce((n, c) => n + (c.meanings?.length ?? 1), 0),
        hans,
        zhHant: sizeOf(resources['zh-Hant']),
      },
    };
  }
  const resources = resourcesOf(catalog, inputsOf(catalog.product));
  const size = Object.fromEntries(LANGUAGES.map((lng) => [lng, sizeOf(resources[lng])])) as CatalogSummary['size'];
  return { ...base, size };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** The per-product table of the generated catalogs, Markdown (Binance's products; a sectioned one has its own table). */
export function renderSummaryTable(all: readonly CatalogSummary[]): string {
  const rows = all.filter((row) => row.sectioned === undefined);
  const lines = [
    "| product | codes | variants | messages | Binance's zh | Binance's zh, fixed | ours | en (min / gzip) | zh (min / gzip) |",
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    lines.push(
      `| ${PRODUCT_LABELS[row.product]} | ${row.codes} | ${row.variants} | ${row.messages} | ${row.zh.binance} | ${row.zh.fixed} | ${row.zh.ours} | ` +
        `${kb(row.size.en.min)} / ${kb(row.size.en.gzip)} | ${kb(row.size.zh.min)} / ${kb(row.size.zh.gzip)} |`,
    );
  }
  return lines.join('\n');
}

/** The table of sectioned catalogs (Bybit): three languages, meanings, the Simplified's origin. */
export function renderSectionedTable(all: readonly CatalogSummary[]): string {
  const lines = [
    "| product | codes | meanings | variants | messages | Bybit's zh-Hant | Bybit's zh-Hant, fixed | ours (zh-Hant) | zh converted | zh, ours | en (min / gzip) | zh-Hant (min / gzip) | zh (min / gzip) |",
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of all) {
    const s = row.sectioned;
    if (!s) continue;
    lines.push(
      `| ${PRODUCT_LABELS[row.product]} | ${row.codes} | ${s.meanings} | ${row.variants} | ${row.messages} | ${row.zh.binance} | ${row.zh.fixed} | ${row.zh.ours} | ` +
        `${s.hans.converted} | ${s.hans.ours} | ${kb(row.size.en.min)} / ${kb(row.size.en.gzip)} | ` +
        `${kb(s.zhHant.min)} / ${kb(s.zhHant.gzip)} | ${kb(row.size.zh.min)} / ${kb(row.size.zh.gzip)} |`,
    );
  }
  return lines.join('\n');
}

/** The block a product README carries between its `catalog-summary` markers. */
export function renderReadmeSummary(row: CatalogSummary): string {
  if (row.sectioned) return renderSectionedReadmeSummary(row);
  const tables =
    row.tableMessages > 0
      ? ` (${row.messages - row.tableMessages} list items and ${row.tableMessages} table messages; a table message is a variant of every code its table belongs to, hence ${row.tableVariants} of the variants)`
      : '';
  return [
    '<!-- catalog-summary:start (generated by `pnpm generate` from the catalog; do not edit) -->',
    '',
    renderSummaryTable([row]),
    '',
    `${row.codes} codes, ${row.variants} variants; ${row.messages} messages of Binance's documents${tables}.`,
    `Chinese: ${row.zh.binance} messages are Binance's own Chinese as the zh page has it (placeholders named), ` +
      `${row.zh.fixed} are Binance's Chinese with a fix from the override table, and ${row.zh.ours} are our own ` +
      'translation, each marked `ours` with its reason in `scripts/overrides.ts` and `zhOrigin` (in `data.json`). ' +
      'Titles and hints are ours in both languages. Sizes: the namespace as minified JSON, and gzipped (level 9).',
    '',
    '<!-- catalog-summary:end -->',
  ].join('\n');
}

function renderSectionedReadmeSummary(row: CatalogSummary): string {
  const s = row.sectioned;
  if (!s) throw new Error('not a sectioned catalog');
  return [
    '<!-- catalog-summary:start (generated by `pnpm generate` from the catalog; do not edit) -->',
    '',
    renderSectionedTable([row]),
    '',
    `${row.codes} codes with ${s.meanings} meanings (a code that another section lists with another meaning counts once per meaning), ` +
      `${row.variants} variants, each a message of Bybit's English page.`,
    `Traditional Chinese (zh-Hant): ${row.zh.binance} messages are Bybit's own Chinese as its zh-TW page has it (placeholders named), ` +
      `${row.zh.fixed} are Bybit's Chinese with a fix from the override table, and ${row.zh.ours} are our own translation, ` +
      'each marked `ours` with its reason in `scripts/overrides.ts` and `zhOrigin` (in `data.json`). ' +
      `Simplified Chinese (zh): ${s.hans.converted} messages are OpenCC's conversion of the Traditional (with the reviewed phrase fixes), ` +
      `${s.hans.ours} are ours where the conversion needed a fix of its own (\`zhHansOrigin\`, in \`data.json\`). ` +
      'Titles and hints are ours in all three languages. Sizes: the namespace as minified JSON, and gzipped (level 9).',
    '',
    '<!-- catalog-summary:end -->',
  ].join('\n');
}

const START = /<!-- catalog-summary:start[^>]*-->/;
const END = '<!-- catalog-summary:end -->';

/** The README with its summary block replaced, or null when it has no markers. */
export function withReadmeSummary(readme: string, row: CatalogSummary): string | null {
  const start = START.exec(readme);
  const end = readme.indexOf(END);
  if (!start || end < start.index) return null;
  return readme.slice(0, start.index) + renderReadmeSummary(row) + readme.slice(end + END.length);
}

/**
 * The fidelity report as Markdown: the per-product table, where each document came from, and every
 * detection grouped by rule. Deterministic (document order, no dates of its own), so `--check` can
 * compare it byte for byte.
 */
import { fidelityOf, PRODUCT_LABELS, renderFidelityTable, type Fidelity } from './fidelity.js';
import type { Detection, ProductPairing } from './pair.js';
import { renderSectionedTable, renderSummaryTable, type CatalogSummary } from './build/summary.js';

/** Rules whose every entry is worth reading in full; the rest are listed by code or line. */
const IN_FULL = new Set<string>([
  'zh-placeholder-count',
  'zh-placeholder-order',
  'zh-duplicate-of-other-code',
  'zh-translates-other-english',
  'zh-english-line-differs',
  'zh-unmatched-line',
  'zh-stray-character',
  'zh-path-differs',
  'zh-name-garbled',
  'zh-name-differs',
  'zh-only-code',
  'zh-message-missing',
  'en-duplicate-name',
  'en-duplicate-message',
  'en-note-like',
  'en-suspect-placeholder',
  'en-name-not-symbolic',
  'en-foreign-path',
  'quirk:unsigned-code',
  'quirk:indented-heading',
  'quirk:run-together-items',
  'quirk:unterminated-quote',
  'quirk:text-outside-quotes',
  'quirk:table-cell',
  'quirk:out-of-order-code',
  'quirk:duplicate-title',
  'quirk:non-code-heading',
  'quirk:undecodable-anchor',
  'quirk:foreign-anchor',
  'quirk:unterminated-fence',
]);

/** Normalizations every reader expects (permalinks, escapes, links): counted, with their first lines. */
const BENIGN = new Set<string>([
  'quirk:heading-link',
  'quirk:escaped-markdown',
  'quirk:html-anchor',
  'quirk:markdown-link',
  'quirk:markdown-emphasis',
]);
const BENIGN_SHOWN = 5;

/** What each rule means, for the reader of the report. */
const RULE_TEXT: Readonly<Record<string, string>> = {
  'zh-code-missing': 'the zh page lacks the code: its messages are `missing`',
  'zh-message-missing': 'the zh page has the code but not this message: `missing`',
  'zh-kept-english': 'the zh page gives the message in English only: `english`',
  'zh-placeholder-count': 'the zh text has another number of placeholders than en: `broken`',
  'zh-placeholder-order': 'same placeholder types in another order: `broken` until an override names the order',
  'zh-duplicate-of-other-code': "the zh text is an earlier code's, whose English differs: `broken`",
  'zh-translates-other-english':
    "the zh page's English line is another text than en (not a typo): its translation is `broken`",
  'zh-english-line-differs':
    "the zh page's English line is en plus or minus a sentence, or misspelt: translation kept, noted",
  'zh-english-line-garbled':
    "the zh page's English line has Chinese words in it (`Too many 参数 sent`): matched, translation kept",
  'zh-unmatched-line': 'a zh item that matches no en message of its code',
  'zh-stray-character': 'a lone Latin letter after the Chinese text (``%s`f`): `broken`',
  'zh-path-differs': 'the zh text names another endpoint than en: `broken`',
  'zh-name-chinese': 'the zh heading carries a Chinese name; the name comes from en',
  'zh-name-garbled': 'the zh heading name is en with words machine-translated; the name comes from en',
  'zh-name-differs': 'the zh heading has another symbolic name than en',
  'zh-only-code': 'a code on the zh page only',
  'en-duplicate-name': 'two codes with one name on the en page',
  'en-duplicate-message': 'a message repeated under another code on the en page',
  'en-note-like':
    'an en list item that reads as documentation (a link, "If …", "This indicates …") rather than a server text',
  'en-suspect-placeholder': "a quoted single letter (`'x'`) where the server likely puts a value",
  'en-name-not-symbolic': 'a name that is not UPPER_SNAKE (kept as written)',
  'en-foreign-path': "an en message naming another product's endpoint",
};

function describe(detection: Detection): string {
  const where = [
    detection.code === null ? '' : String(detection.code),
    detection.language === null ? '' : detection.language,
    detection.line === null ? '' : `line ${detection.line}`,
  ]
    .filter((part) => part !== '')
    .join(' ');
  return `${where}: ${detection.detail.replaceAll('\n', ' ')}`;
}

function renderDetections(pairing: ProductPairing): string[] {
  const byRule = new Map<string, Detection[]>();
  for (const detection of pairing.detections) {
    const list = byRule.get(detection.rule) ?? [];
    list.push(detection);
    byRule.set(detection.rule, list);
  }
  const lines: string[] = [];
  for (const [rule, list] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
    const meaning = RULE_TEXT[rule];
    lines.push('', `#### \`${rule}\` (${list.length})${meaning ? `: ${meaning}` : ''}`, '');
    if (IN_FULL.has(rule)) {
      for (const detection of list) lines.push(`- ${describe(detection)}`);
    } else if (list.every((d) => d.code !== null)) {
      lines.push(`Codes: ${list.map((d) => d.code).join(', ')}`);
    } else {
      const perLanguage = ['en', 'zh'].map((language) => {
        const at = list.filter((d) => d.language === language).map((d) => d.line);
        if (at.length === 0) return '';
        const shown = BENIGN.has(rule) && at.length > BENIGN_SHOWN ? [...at.slice(0, BENIGN_SHOWN), '…'] : at;
        return `${language} lines ${shown.join(', ')}`;
      });
      lines.push(perLanguage.filter((part) => part !== '').join('; '));
    }
  }
  return lines;
}

function renderSources(pairing: ProductPairing): string {
  const { en, zh } = pairing.source;
  return (
    `en: ${en.codes} codes, updated ${en.updatedAt}, ${en.url}  \n` +
    `zh: ${zh.codes} codes, updated ${zh.updatedAt}, ${zh.url} (layout: ${zh.layout})`
  );
}

function renderNames(row: Fidelity): string {
  const { chinese, garbled, differs } = row.zhNames;
  return `zh heading names: ${chinese} Chinese, ${garbled} garbled, ${differs} another symbol (names are taken from en).`;
}

export function renderReport(pairings: readonly ProductPairing[], catalogs: readonly CatalogSummary[] = []): string {
  const rows = pairings.map(fidelityOf);
  const lines = [
    '# Fidelity of the Chinese pages, per product',
    '',
    '<!-- Generated by `pnpm --filter @exchange-errors/catalog-generator generate` (src/report.ts) from the',
    '     vendored documents. Do not edit: `generate:check` fails when it is out of date. -->',
    '',
  ];
  if (catalogs.length > 0) {
    lines.push(
      '## The generated catalogs',
      '',
      "What each product package ships. **messages** are the documents' messages the catalog keeps (list",
      "items, and Spot's table messages once each, although each is a variant of every code its table",
      "belongs to); their Chinese is **Binance's zh** (as the zh page has it, placeholders named),",
      "**Binance's zh, fixed** (a fix from the override table: a lost value, a stray letter, another",
      "endpoint) or **ours** (marked as ours, with its reason, in the product's `scripts/overrides.ts`).",
      'Sizes are the namespace per language as minified JSON, then gzipped (level 9).',
      '',
      renderSummaryTable(catalogs),
      '',
      "Bybit's page lists every product of its v5 API, one section each: a code that two sections list with",
      'other texts has a **meaning** per section (10003 is too many WebSocket sessions in one, an invalid',
      "API key in another). Its Chinese page is Traditional: **Bybit's zh-Hant** is its Chinese as written,",
      '**fixed** corrected in the override table (a typo, Simplified characters on the Traditional page, a',
      'lost value), **ours** our translation. The Simplified (**zh**) is converted from the Traditional with',
      "OpenCC's phrase data and the reviewed phrase fixes (**converted**), or is ours where a message needed",
      'a fix of its own.',
      '',
      renderSectionedTable(catalogs),
      '',
      '## The documents, paired',
      '',
    );
  }
  lines.push(
    "Every message of every product's en page, paired with its zh counterpart (see `src/pair.ts`):",
    "**Binance's zh** is Binance's own Chinese, usable as it stands; **English kept** means the zh page",
    'repeats the English; **missing** means the zh page lacks the code or the message; **broken** means',
    'the zh text is there but wrong (placeholders, another text, a copy). Everything but the first',
    "column needs our own translation, marked as ours, in the product's override table.",
    "Variants are the list items under each code; table messages are Spot's matching-engine and",
    '"Filter failure" texts.',
    '',
    renderFidelityTable(rows),
  );
  for (const pairing of pairings) {
    const row = rows.find((r) => r.product === pairing.product);
    lines.push('', `## ${PRODUCT_LABELS[pairing.product]}`, '', renderSources(pairing));
    if (row) {
      const v = row.variantsZh;
      lines.push(
        '',
        `Variants: ${v.binance} Binance's zh, ${v.english} English kept, ${v.missing} missing, ${v.broken} broken.`,
      );
      if (row.tableMessages > 0) {
        const t = row.tablesZh;
        lines.push(
          `Table messages: ${t.binance} Binance's zh, ${t.english} English kept (their descriptions are in Chinese), ` +
            `${t.missing} missing, ${t.broken} broken.`,
        );
      }
      lines.push(renderNames(row));
    }
    lines.push('', '### Detections', ...renderDetections(pairing));
  }
  return `${lines.join('\n')}\n`;
}

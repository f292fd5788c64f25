/**
 * Joins a product's documents, their pairing and its override table into the catalog the emitters
 * write out. Every disagreement between the documents and the table is an error here: a message whose
 * Chinese is not Binance's needs our translation in the table, an entry that no longer matches the
 * documents must be reviewed, and nothing is guessed.
 */
import type { ParsedDocument, ParsedSection } from '../model.js';
import type { PairedVariant, ProductPairing, ZhText } from '../pair.js';
import {
  isZhOurs,
  type CodeOverride,
  type EnFix,
  type ProductOverrides,
  type ZhFix,
  type ZhOurs,
  type ZhReplaced,
} from '../curate/overrides.js';
import {
  CatalogError,
  type Catalog,
  type CatalogCode,
  type CatalogSection,
  type CatalogVariant,
  type DocumentMessage,
  type ZhOrigin,
} from './model.js';
import { countOf, nameTemplate, PARAM_NAME, placeholdersOf } from './placeholders.js';

export interface CatalogInput {
  readonly en: ParsedDocument;
  readonly zh: ParsedDocument;
  readonly pairing: ProductPairing;
  readonly overrides: ProductOverrides;
  /** The docs pages per language; by default the pages the document's permalinks point at. */
  readonly docsUrl?: { readonly en: string; readonly zh: string };
}

export const KEY = /^[a-z][A-Za-z0-9]*$/;

function sectionIdOf(section: ParsedSection, ids: Readonly<Record<string, string>>): string {
  const { title, anchor } = section;
  const named = [anchor, ...section.aliases].map((id) => ids[id]).find((id) => id !== undefined);
  if (named !== undefined) return named;
  const match = /^(\d+x+)(?:\s*-\s*(\d+x+))?/i.exec(title);
  if (!match?.[1])
    throw new CatalogError(`cannot derive a section id from "${title}": name it in SECTION_IDS under "${anchor}"`);
  return match[2] ? `${match[1]}-${match[2]}` : match[1];
}

function buildSections(
  en: ParsedDocument,
  zh: ParsedDocument,
  ids: Readonly<Record<string, string>>,
): CatalogSection[] {
  if (en.sections.length !== zh.sections.length) {
    throw new CatalogError(`English has ${en.sections.length} sections, Chinese ${zh.sections.length}`);
  }
  const sections = en.sections.map((section, i): CatalogSection => {
    const other = zh.sections[i];
    if (!other) throw new CatalogError(`missing Chinese section ${i}`);
    return {
      id: sectionIdOf(section, ids),
      title: { en: section.title, zh: other.title },
      anchor: { en: section.anchor, zh: other.anchor },
    };
  });
  const seen = new Set<string>();
  for (const { id } of sections) {
    if (seen.has(id)) throw new CatalogError(`two sections have the id ${id}`);
    seen.add(id);
  }
  for (const anchor of Object.keys(ids)) {
    if (!en.sections.some((s) => s.anchor === anchor || s.aliases.includes(anchor))) {
      throw new CatalogError(`SECTION_IDS names "${anchor}", which is no section of the en page`);
    }
  }
  return sections;
}

function describeReplaced(replaced: ZhReplaced): string {
  if (typeof replaced === 'string') return replaced === 'english' ? 'the English text' : 'nothing';
  return 'broken' in replaced ? `a broken text "${replaced.broken}"` : `Binance's Chinese "${replaced.binance}"`;
}

function replacedMatches(replaced: ZhReplaced, zh: ZhText): boolean {
  if (replaced === 'english' || replaced === 'missing') return zh.kind === replaced;
  if ('broken' in replaced) return zh.kind === 'broken' && zh.raw === replaced.broken;
  return zh.kind === 'binance' && zh.raw === replaced.binance;
}

interface Chinese {
  readonly text: string;
  readonly origin: ZhOrigin;
}

function checkNames(where: string, template: string, params: readonly string[]): void {
  const names = placeholdersOf(template);
  if (names.length !== params.length || [...names].sort().join() !== [...params].sort().join()) {
    throw new CatalogError(
      `${where}: Chinese placeholders {${names.join(', ')}} differ from English {${params.join(', ')}}`,
    );
  }
}

function chineseOf(where: string, zh: ZhText, fix: ZhFix | ZhOurs | undefined, params: readonly string[]): Chinese {
  let result: Chinese;
  if (fix && isZhOurs(fix)) {
    if (!fix.reason.trim()) throw new CatalogError(`${where}: our translation needs a reason`);
    if (!replacedMatches(fix.replaces, zh)) {
      const page =
        zh.kind === 'missing'
          ? 'nothing'
          : `${zh.kind === 'english' ? 'the English' : zh.kind === 'binance' ? "Binance's Chinese" : 'a broken text'} "${zh.raw ?? ''}"`;
      throw new CatalogError(
        `${where}: the override replaces ${describeReplaced(fix.replaces)}, but the zh page now has ${page}: review the override`,
      );
    }
    result = { text: fix.template, origin: 'ours' };
  } else if (fix) {
    if (!fix.reason.trim()) throw new CatalogError(`${where}: a zh fix needs a reason`);
    if ((zh.kind !== 'binance' && zh.kind !== 'broken') || zh.raw !== fix.expectedSource || zh.template === null) {
      throw new CatalogError(
        `${where}: Chinese text changed; review the override.\n  expected: ${fix.expectedSource}\n  document: ${zh.raw ?? '(none)'}`,
      );
    }
    if (fix.template !== undefined) {
      result = { text: fix.template, origin: 'fixed' };
    } else if (fix.order) {
      if ([...fix.order].sort().join() !== [...params].sort().join())
        throw new CatalogError(`${where}: zh order must name exactly ${params.join(', ')}`);
      if (countOf(zh.template) !== fix.order.length)
        throw new CatalogError(
          `${where}: zh order names ${fix.order.length} values, the Chinese has ${countOf(zh.template)}`,
        );
      result = { text: nameTemplate(zh.template, fix.order), origin: 'binance' };
    } else {
      throw new CatalogError(`${where}: a zh fix needs a template or an order`);
    }
  } else {
    if (zh.kind !== 'binance' || zh.template === null) {
      const why = zh.reasons.join('; ');
      throw new CatalogError(
        `${where}: the zh page's text is ${zh.kind}${why ? ` (${why})` : ''}: add our translation (or a fix) to scripts/overrides.ts`,
      );
    }
    if (countOf(zh.template) !== params.length) {
      throw new CatalogError(
        `${where}: Chinese has ${countOf(zh.template)} placeholder(s), English ${params.length}: add a zh fix`,
      );
    }
    result = { text: nameTemplate(zh.template, params), origin: 'binance' };
  }
  checkNames(where, result.text, params);
  return result;
}

export interface VariantSource {
  readonly where: string;
  readonly key: string;
  readonly paired: PairedVariant;
  readonly params: readonly string[];
  readonly enFix: EnFix | undefined;
  readonly zhFix: ZhFix | ZhOurs | undefined;
  readonly table: CatalogVariant['table'];
  /** The document itself names a value twice (Bybit's `{{coin}} … {{coin}}`): the same name may repeat. */
  readonly repeatedNames?: boolean;
}

export function buildVariant(source: VariantSource): CatalogVariant {
  const { where, key, paired, params, enFix, zhFix, table } = source;
  let server = paired.en.template;
  if (enFix) {
    if (!enFix.reason.trim()) throw new CatalogError(`${where}: an en fix needs a reason`);
    if (enFix.expectedSource !== paired.en.text) {
      throw new CatalogError(
        `${where}: English text changed; review the override.\n  expected: ${enFix.expectedSource}\n  document: ${paired.en.text}`,
      );
    }
    server = enFix.template;
  }
  if (countOf(server) !== params.length) {
    throw new CatalogError(`${where}: English has ${countOf(server)} placeholder(s), overrides name ${params.length}`);
  }
  for (const name of params)
    if (!PARAM_NAME.test(name)) throw new CatalogError(`${where}: bad placeholder name "${name}"`);
  if (!source.repeatedNames && new Set(params).size !== params.length)
    throw new CatalogError(`${where}: duplicate placeholder names`);
  const chinese = chineseOf(where, paired.zh, zhFix, params);
  return {
    key,
    params,
    server,
    en: nameTemplate(server, params),
    zh: chinese.text,
    zhOrigin: chinese.origin,
    zhSource: paired.zh.raw,
    enFixed: enFix !== undefined,
    table,
  };
}

function variantKeys(code: number, count: number, override: CodeOverride | undefined): readonly string[] {
  if (override?.variants) {
    if (override.variants.length !== count) {
      throw new CatalogError(`${code}: override names ${override.variants.length} variants, document has ${count}`);
    }
    if (override.variants.includes('default') && override.variants[0] !== 'default')
      throw new CatalogError(`${code}: "default" must be the first variant`);
    return override.variants;
  }
  if (count !== 1) throw new CatalogError(`${code} has ${count} variants: name them in overrides.ts`);
  return ['default'];
}

interface Placed {
  readonly line: number;
  readonly code: CatalogCode;
}

export function buildCatalog(input: CatalogInput): Catalog {
  const { en, zh, pairing, overrides } = input;
  const codeOverrides = overrides.OVERRIDES;
  const tableMessages = overrides.TABLE_MESSAGES ?? {};
  const tableCodes = overrides.TABLE_CODES ?? {};
  const sourceUrl = en.frontMatter['source_url'];
  const updatedAt = en.frontMatter['updated_at'];
  if (!sourceUrl || !updatedAt) throw new CatalogError('front matter needs source_url and updated_at');
  const docsUrl = input.docsUrl ?? pageUrls(en, zh, sourceUrl);
  const sections = buildSections(en, zh, overrides.SECTION_IDS ?? {});

  if (pairing.codes.length !== en.codes.length) throw new CatalogError('the pairing does not cover the en page');
  const messages: DocumentMessage[] = [];
  const usedTableMessages = new Set<string>();

  // Table messages, built once per table (the same text under each code the table belongs to).
  const tableVariants = pairing.tables.map((table, index): CatalogVariant[] => {
    const section = en.tables[index]?.section ?? -1;
    return table.variants.map((paired) => {
      const entry = tableMessages[paired.en.template];
      const where = `table "${paired.en.template}"`;
      if (!entry)
        throw new CatalogError(
          `${where} (${sections[section]?.id ?? table.kind}) has no key: add it to TABLE_MESSAGES`,
        );
      if (usedTableMessages.has(paired.en.template)) throw new CatalogError(`${where} appears twice`);
      usedTableMessages.add(paired.en.template);
      if (!KEY.test(entry.key)) throw new CatalogError(`${where}: bad variant key "${entry.key}"`);
      const variant = buildVariant({
        where,
        key: entry.key,
        paired,
        params: [],
        enFix: undefined,
        zhFix: entry.zh,
        table: table.kind,
      });
      messages.push({ en: variant.server, zhOrigin: variant.zhOrigin, table: table.kind });
      return variant;
    });
  });
  for (const text of Object.keys(tableMessages)) {
    if (!usedTableMessages.has(text))
      throw new CatalogError(`TABLE_MESSAGES has "${text}", which no table of the en page holds`);
  }
  const tablesOf = (code: number): CatalogVariant[] =>
    pairing.tables.flatMap((table, index) => (table.codes.includes(code) ? (tableVariants[index] ?? []) : []));

  const placed: Placed[] = [];
  const seen = new Set<number>();
  pairing.codes.forEach((paired, index) => {
    const parsed = en.codes[index];
    if (!parsed || parsed.code !== paired.code)
      throw new CatalogError(`the pairing's code ${paired.code} is not the en page's`);
    if (seen.has(paired.code)) throw new CatalogError(`duplicate code ${paired.code} in the English copy`);
    seen.add(paired.code);
    const override = codeOverrides[paired.code];
    if (override && !override.reason.trim()) throw new CatalogError(`${paired.code}: the override needs a reason`);
    let name = paired.name;
    if (override?.name) {
      if (override.name.expected !== paired.name)
        throw new CatalogError(
          `${paired.code}: the en page now names it ${paired.name}, not ${override.name.expected}: review the name fix`,
        );
      if (!override.name.reason.trim()) throw new CatalogError(`${paired.code}: a name fix needs a reason`);
      name = override.name.name;
    }
    let items = paired.variants;
    for (const drop of override?.drop ?? []) {
      if (!drop.reason.trim()) throw new CatalogError(`${paired.code}: a dropped item needs a reason`);
      const at = items.findIndex((item) => item.en.text === drop.text);
      if (at < 0) throw new CatalogError(`${paired.code}: the item to drop is no longer on the en page: ${drop.text}`);
      items = items.filter((_, i) => i !== at);
    }
    const keys = variantKeys(paired.code, items.length, override);
    for (const key of Object.keys(override?.byVariant ?? {})) {
      if (!keys.includes(key)) throw new CatalogError(`${paired.code}: override for unknown variant "${key}"`);
    }
    const own = items.map((item, i) => {
      const key = keys[i] ?? '';
      const variantOverride = override?.byVariant?.[key];
      const params = variantOverride?.params ?? [];
      if (key === 'default' && params.length > 0 && keys.length > 1) {
        throw new CatalogError(
          `${paired.code}.${key}: the default variant of a multi-variant code must carry no values`,
        );
      }
      const variant = buildVariant({
        where: `${paired.code}.${key}`,
        key,
        paired: item,
        params,
        enFix: variantOverride?.en,
        zhFix: variantOverride?.zh,
        table: null,
      });
      messages.push({ en: variant.server, zhOrigin: variant.zhOrigin, table: null });
      return variant;
    });
    const sectionId = sections[parsed.section]?.id;
    if (sectionId === undefined) throw new CatalogError(`${paired.code}: no section`);
    placed.push({
      line: parsed.line,
      code: {
        code: paired.code,
        name,
        section: sectionId,
        anchor: { en: paired.anchor.en, zh: paired.anchor.zh ?? paired.anchor.en },
        variants: withUniqueKeys(paired.code, [...own, ...tablesOf(paired.code)]),
      },
    });
  });

  for (const [codeText, entry] of Object.entries(tableCodes)) {
    const code = Number(codeText);
    if (seen.has(code)) throw new CatalogError(`TABLE_CODES has ${code}, which the en page lists with its own heading`);
    if (!entry.reason.trim()) throw new CatalogError(`${code}: a table code needs a reason`);
    const index = pairing.tables.findIndex((table) => table.codes.includes(code));
    const table = en.tables[index];
    const section = table ? en.sections[table.section] : undefined;
    if (!table || !section) throw new CatalogError(`TABLE_CODES has ${code}, which no table of the en page belongs to`);
    if (!section.title.includes(`${code} ${entry.name}`)) {
      throw new CatalogError(`${code}: the table's heading no longer names "${code} ${entry.name}": ${section.title}`);
    }
    const catalogSection = sections[table.section];
    if (!catalogSection) throw new CatalogError(`${code}: no section`);
    seen.add(code);
    placed.push({
      line: table.line,
      code: {
        code,
        name: entry.name,
        section: catalogSection.id,
        anchor: catalogSection.anchor,
        variants: withUniqueKeys(code, tablesOf(code)),
      },
    });
  }
  for (const code of pairing.tables.flatMap((table) => table.codes)) {
    if (!seen.has(code))
      throw new CatalogError(`a table of the en page belongs to ${code}, which has no heading: name it in TABLE_CODES`);
  }
  for (const code of Object.keys(codeOverrides).map(Number)) {
    if (!seen.has(code)) throw new CatalogError(`override for ${code}, which the document does not have`);
  }

  const codes = [...placed].sort((a, b) => a.line - b.line).map((p) => p.code);
  return {
    product: en.product,
    sourceUrl,
    updatedAt,
    zhSource: { url: zh.frontMatter['source_url'] ?? '', updatedAt: zh.frontMatter['updated_at'] ?? '' },
    docsUrl,
    sections,
    codes,
    messages,
  };
}

export function withUniqueKeys(code: number, variants: CatalogVariant[]): CatalogVariant[] {
  const keys = new Set<string>();
  for (const variant of variants) {
    if (!KEY.test(variant.key)) throw new CatalogError(`${code}: bad variant key "${variant.key}"`);
    if (keys.has(variant.key)) throw new CatalogError(`${code}: duplicate variant key "${variant.key}"`);
    keys.add(variant.key);
  }
  return variants;
}

function pageUrls(en: ParsedDocument, zh: ParsedDocument, sourceUrl: string): { en: string; zh: string } {
  if (!en.pagePath || !zh.pagePath)
    throw new CatalogError('the documents name no docs page: give the product its docs URLs');
  const origin = new URL(sourceUrl).origin;
  return { en: origin + en.pagePath, zh: origin + zh.pagePath };
}

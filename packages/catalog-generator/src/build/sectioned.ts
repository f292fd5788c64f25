/**
 * The catalog of a product whose one page lists every product's codes in sections (Bybit's v5 page):
 * a code may appear in several sections with other meanings (10003: too many WebSocket sessions, or an
 * invalid API key), so each code keeps every distinct message as a variant, and its meanings say which
 * sections give which variants; the request's path later tells the section. Its Chinese page is
 * Traditional: the `zh` of every variant is Traditional (Bybit's, fixed, or ours, exactly as for
 * Binance's products), and `hans` the Simplified converted from it (convert.ts), fixed where needed.
 * The override table is the same as Binance's products' (src/curate/overrides.ts), plus `split`
 * (a row that lists several messages), `omit` (a code that is no error), `hans` fixes and the phrase
 * fixes of the conversion.
 */
import { ConversionError, HansConverter } from '../convert.js';
import type { ZhFix, ZhOurs } from '../curate/overrides.js';
import type { ParsedDocument, ParsedSection } from '../model.js';
import type { PairedCode, PairedVariant, ZhText } from '../pair.js';
import { readTemplate } from '../placeholders.js';
import { pairSectionsByCodes } from '../sections.js';
import { buildVariant, withUniqueKeys, type CatalogInput } from './catalog.js';
import {
  CatalogError,
  type Catalog,
  type CatalogCode,
  type CatalogMeaning,
  type CatalogSection,
  type CatalogVariant,
  type DocumentMessage,
  type HansText,
} from './model.js';
import { PARAM_NAME } from './placeholders.js';

/** `Crypto Loan (New)` → `cryptoLoanNew`: a section's id when the override table names none. */
export function camelIdOf(title: string): string {
  const words = title.match(/[A-Za-z0-9]+/g) ?? [];
  const id = words
    .map((word, i) => (i === 0 ? word.toLowerCase() : word[0]?.toUpperCase() + word.slice(1).toLowerCase()))
    .join('');
  return /^[a-z]/.test(id) ? id : `s${id}`;
}

function buildSections(
  en: ParsedDocument,
  zh: ParsedDocument,
  ids: Readonly<Record<string, string>>,
): CatalogSection[] {
  const zhOf = pairSectionsByCodes(en, zh);
  const sections = en.sections.map((section: ParsedSection, i): CatalogSection => {
    const other = zh.sections[zhOf[i] ?? -1];
    const named = [section.anchor, ...section.aliases].map((id) => ids[id]).find((id) => id !== undefined);
    return {
      id: named ?? camelIdOf(section.title),
      title: { en: section.title, zh: other?.title ?? section.title },
      anchor: { en: section.anchor, zh: other?.anchor ?? section.anchor },
    };
  });
  const seen = new Set<string>();
  for (const { id } of sections) {
    if (seen.has(id)) throw new CatalogError(`two sections have the id ${id}: name one in SECTION_IDS`);
    seen.add(id);
  }
  for (const anchor of Object.keys(ids)) {
    if (!en.sections.some((s) => s.anchor === anchor || s.aliases.includes(anchor))) {
      throw new CatalogError(`SECTION_IDS names "${anchor}", which is no section of the en page`);
    }
  }
  return sections;
}

/** A row's messages after the code's drops and splits, each with the section it is in and whether it is struck. */
interface Row {
  readonly section: number;
  readonly paired: PairedVariant;
  readonly struck: boolean;
}

function partZh(whole: ZhText, part: string): ZhText {
  if (whole.kind === 'english' || whole.kind === 'missing') {
    const reading = readTemplate(part);
    return whole.kind === 'english'
      ? { kind: 'english', template: reading.template, raw: part, line: whole.line, reasons: whole.reasons }
      : whole;
  }
  return {
    ...whole,
    kind: 'broken',
    reasons: [...whole.reasons, 'the en row lists several messages; its Chinese is one text'],
  };
}

function rowsOf(
  code: number,
  entries: readonly { paired: PairedCode; section: number; struck: boolean[] }[],
  override: CatalogInput['overrides']['OVERRIDES'][number] | undefined,
): Row[] {
  const drops = [...(override?.drop ?? [])];
  const splits = [...(override?.split ?? [])];
  const usedDrops = new Set<number>();
  const usedSplits = new Set<number>();
  const rows: Row[] = [];
  for (const entry of entries) {
    entry.paired.variants.forEach((paired, index) => {
      const struck = entry.struck[index] ?? false;
      const drop = drops.findIndex((d, i) => !usedDrops.has(i) && d.text === paired.en.text);
      if (drop >= 0) {
        if (!drops[drop]?.reason.trim()) throw new CatalogError(`${code}: a dropped item needs a reason`);
        usedDrops.add(drop);
        return;
      }
      const split = splits.findIndex((s) => s.text === paired.en.text);
      if (split < 0) {
        rows.push({ section: entry.section, paired, struck });
        return;
      }
      const item = splits[split];
      if (!item?.reason.trim() || item.separator === '')
        throw new CatalogError(`${code}: a split needs a separator and a reason`);
      usedSplits.add(split);
      for (const part of paired.en.text.split(item.separator).map((p) => p.trim())) {
        const reading = readTemplate(part);
        rows.push({
          section: entry.section,
          struck,
          paired: {
            en: {
              ...paired.en,
              raw: part,
              text: part,
              template: reading.template,
              placeholderCount: reading.placeholders.length,
            },
            zh: partZh(paired.zh, part),
          },
        });
      }
    });
  }
  drops.forEach((d, i) => {
    if (!usedDrops.has(i)) throw new CatalogError(`${code}: the item to drop is no longer on the en page: ${d.text}`);
  });
  splits.forEach((s, i) => {
    if (!usedSplits.has(i)) throw new CatalogError(`${code}: the row to split is no longer on the en page: ${s.text}`);
  });
  return rows;
}

/** The values a message names itself (`{{coin}}`, `{minSize}`), when it names every one. */
function documentNames(text: string): string[] | null {
  const placeholders = readTemplate(text).placeholders;
  if (placeholders.length === 0) return [];
  if (!placeholders.every((p) => p.type === 'named' && p.name !== undefined && PARAM_NAME.test(p.name))) return null;
  return placeholders.map((p) => p.name ?? '');
}

function hansOf(
  where: string,
  variant: CatalogVariant,
  converter: HansConverter,
  fix: { expected: string; template: string; reason: string } | undefined,
): HansText {
  let conversion;
  try {
    conversion = converter.convert(variant.zh);
  } catch (error) {
    if (error instanceof ConversionError) throw new CatalogError(`${where}: ${error.message}`);
    throw error;
  }
  if (!fix)
    return { text: conversion.text, origin: 'converted', opencc: conversion.opencc, phraseFixes: conversion.fixed };
  if (!fix.reason.trim()) throw new CatalogError(`${where}: a Simplified fix needs a reason`);
  if (fix.expected !== conversion.text) {
    throw new CatalogError(
      `${where}: the conversion changed; review the Simplified fix.\n  expected: ${fix.expected}\n  converted: ${conversion.text}`,
    );
  }
  return { text: fix.template, origin: 'ours', opencc: conversion.opencc, phraseFixes: conversion.fixed };
}

export function buildSectionedCatalog(input: CatalogInput): Catalog {
  const { en, zh, pairing, overrides } = input;
  const sourceUrl = en.frontMatter['source_url'];
  const updatedAt = en.frontMatter['updated_at'];
  if (!sourceUrl || !updatedAt) throw new CatalogError('front matter needs source_url and updated_at');
  if (!input.docsUrl) throw new CatalogError('a sectioned catalog needs its docs pages');
  if (pairing.codes.length !== en.codes.length) throw new CatalogError('the pairing does not cover the en page');
  const sections = buildSections(en, zh, overrides.SECTION_IDS ?? {});
  let converter: HansConverter;
  try {
    converter = new HansConverter(overrides.PHRASE_FIXES ?? []);
  } catch (error) {
    if (error instanceof ConversionError) throw new CatalogError(error.message);
    throw error;
  }

  // The page's entries (a code in one section) grouped by code, in order of first appearance.
  const byCode = new Map<number, { paired: PairedCode; section: number; struck: boolean[] }[]>();
  pairing.codes.forEach((paired, index) => {
    const parsed = en.codes[index];
    if (!parsed || parsed.code !== paired.code)
      throw new CatalogError(`the pairing's code ${paired.code} is not the en page's`);
    const list = byCode.get(paired.code) ?? [];
    list.push({ paired, section: parsed.section, struck: parsed.messages.map((m) => m.struck === true) });
    byCode.set(paired.code, list);
  });

  const messages: DocumentMessage[] = [];
  const codes: CatalogCode[] = [];
  for (const [code, entries] of byCode) {
    const override = overrides.OVERRIDES[code];
    if (override && !override.reason.trim()) throw new CatalogError(`${code}: the override needs a reason`);
    if (override?.omit) continue;
    const rows = rowsOf(code, entries, override);
    // Distinct messages by their en text, in order of first appearance.
    const distinct: Row[][] = [];
    const indexOf = new Map<string, number>();
    for (const row of rows) {
      const at = indexOf.get(row.paired.en.template);
      if (at === undefined) {
        indexOf.set(row.paired.en.template, distinct.length);
        distinct.push([row]);
      } else {
        distinct[at]?.push(row);
      }
    }
    if (distinct.length === 0) throw new CatalogError(`${code}: every message is dropped: omit the code instead`);
    let keys: readonly string[];
    if (override?.variants) {
      if (override.variants.length !== distinct.length)
        throw new CatalogError(
          `${code}: override names ${override.variants.length} variants, the document has ${distinct.length} distinct messages`,
        );
      keys = override.variants;
    } else if (distinct.length === 1) {
      keys = ['default'];
    } else {
      throw new CatalogError(
        `${code} has ${distinct.length} distinct messages (${distinct.map((d) => `"${d[0]?.paired.en.text ?? ''}"`).join(', ')}): name them in overrides.ts`,
      );
    }
    for (const key of Object.keys(override?.byVariant ?? {})) {
      if (!keys.includes(key)) throw new CatalogError(`${code}: override for unknown variant "${key}"`);
    }
    const variants = distinct.map((group, i): CatalogVariant => {
      const key = keys[i] ?? '';
      const where = `${code}.${key}`;
      // Of the rows giving this message, the first whose Chinese is the page's own speaks for it.
      const chosen = group.find((row) => row.paired.zh.kind === 'binance') ?? group[0];
      if (!chosen) throw new CatalogError(`${where}: no row`);
      const variantOverride = override?.byVariant?.[key];
      const own = variantOverride?.en ? [] : documentNames(chosen.paired.en.text);
      const names = variantOverride?.params ?? own ?? [];
      const built = buildVariant({
        where,
        key,
        paired: chosen.paired,
        params: names,
        enFix: variantOverride?.en,
        zhFix: variantOverride?.zh as ZhFix | ZhOurs | undefined,
        table: null,
        repeatedNames: variantOverride?.params === undefined,
      });
      const ids = [...new Set(group.map((row) => sections[row.section]?.id ?? ''))];
      const variant: CatalogVariant = {
        ...built,
        sections: ids,
        hans: hansOf(where, built, converter, variantOverride?.hans),
        ...(group.every((row) => row.struck) ? { deprecated: true as const } : {}),
      };
      messages.push({
        en: variant.server,
        zhOrigin: variant.zhOrigin,
        table: null,
        hansOrigin: variant.hans?.origin ?? 'converted',
      });
      return variant;
    });
    // A meaning per set of sections that give the same variants.
    const meanings: CatalogMeaning[] = [];
    const bySection = new Map<number, string[]>();
    for (const row of rows) {
      const list = bySection.get(row.section) ?? [];
      const key = keys[indexOf.get(row.paired.en.template) ?? -1] ?? '';
      if (!list.includes(key)) list.push(key);
      bySection.set(row.section, list);
    }
    for (const [section, list] of bySection) {
      const id = sections[section]?.id ?? '';
      const same = meanings.find((m) => m.variants.join() === list.join());
      if (same) (same.sections as string[]).push(id);
      else meanings.push({ sections: [id], variants: list });
    }
    const first = entries[0];
    const section = sections[first?.section ?? -1];
    if (!first || !section) throw new CatalogError(`${code}: no section`);
    codes.push({
      code,
      name: '',
      section: section.id,
      anchor: section.anchor,
      variants: withUniqueKeys(code, variants),
      meanings,
    });
  }
  for (const code of Object.keys(overrides.OVERRIDES).map(Number)) {
    if (!byCode.has(code)) throw new CatalogError(`override for ${code}, which the document does not have`);
  }
  return {
    product: en.product,
    sourceUrl,
    updatedAt,
    zhSource: { url: zh.frontMatter['source_url'] ?? '', updatedAt: zh.frontMatter['updated_at'] ?? '' },
    docsUrl: input.docsUrl,
    sections,
    codes,
    messages,
  };
}

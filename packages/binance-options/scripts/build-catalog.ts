/**
 * Joins the parsed document with the override table into the catalog the emitters write out.
 * Every inconsistency between the English and Chinese copies, or between the document and the
 * override table, is an error here: the generator must never guess.
 */
import { OVERRIDES, type CodeOverride } from './overrides.js';
import type { SourceCode, SourceDocument } from './parse-source.js';

export interface CatalogVariant {
  readonly key: string;
  readonly params: readonly string[];
  /** The English document's text, `%s` and all: what the server sends, before filling. */
  readonly server: string;
  readonly en: string;
  readonly zh: string;
  /** The Chinese document's text, before naming placeholders. */
  readonly zhSource: string;
  /** The Chinese text was replaced or reordered by the override table. */
  readonly zhFix: 'template' | 'order' | null;
}

export interface CatalogSection {
  readonly id: string;
  readonly title: { readonly en: string; readonly zh: string };
  readonly anchor: { readonly en: string; readonly zh: string };
}

export interface CatalogCode {
  readonly code: number;
  readonly name: string;
  readonly section: string;
  readonly anchor: { readonly en: string; readonly zh: string };
  readonly variants: readonly CatalogVariant[];
}

export interface Catalog {
  readonly sourceUrl: string;
  readonly updatedAt: string;
  readonly docsUrl: { readonly en: string; readonly zh: string };
  readonly sections: readonly CatalogSection[];
  readonly codes: readonly CatalogCode[];
}

export class CatalogError extends Error {
  override name = 'CatalogError';
}

const EN_PLACEHOLDER = /%s/g;
const ZH_PLACEHOLDER = /[%％]s/g;
const PARAM_NAME = /^[a-z][A-Za-z0-9]*$/;

function sectionId(title: string): string {
  const match = /^(\d+x+)(?:\s*-\s*(\d+x+))?/i.exec(title);
  if (!match?.[1]) throw new CatalogError(`cannot derive a section id from "${title}"`);
  return match[2] ? `${match[1]}-${match[2]}` : match[1];
}

function fill(text: string, pattern: RegExp, names: readonly string[]): string {
  let index = 0;
  return text.replace(pattern, () => `{{${names[index++] ?? ''}}}`);
}

function countOf(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Placeholder names a named template uses, in order of appearance. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((m) => m[1] ?? '');
}

function variantKeys(en: SourceCode, override: CodeOverride | undefined): readonly string[] {
  if (override?.variants) {
    if (override.variants.length !== en.messages.length) {
      throw new CatalogError(
        `${en.code}: override names ${override.variants.length} variants, document has ${en.messages.length}`,
      );
    }
    if (override.variants[0] !== 'default') throw new CatalogError(`${en.code}: first variant must be "default"`);
    if (new Set(override.variants).size !== override.variants.length) {
      throw new CatalogError(`${en.code}: duplicate variant keys`);
    }
    return override.variants;
  }
  if (en.messages.length !== 1) {
    throw new CatalogError(`${en.code} has ${en.messages.length} variants: name them in overrides.ts`);
  }
  return ['default'];
}

function buildVariant(en: SourceCode, key: string, server: string, zhSource: string, override?: CodeOverride): CatalogVariant {
  const variantOverride = override?.byVariant?.[key];
  const params = variantOverride?.params ?? [];
  const where = `${en.code}.${key}`;
  if (countOf(server, EN_PLACEHOLDER) !== params.length) {
    throw new CatalogError(
      `${where}: English has ${countOf(server, EN_PLACEHOLDER)} placeholder(s), overrides name ${params.length}`,
    );
  }
  for (const name of params) {
    if (!PARAM_NAME.test(name)) throw new CatalogError(`${where}: bad placeholder name "${name}"`);
  }
  if (new Set(params).size !== params.length) throw new CatalogError(`${where}: duplicate placeholder names`);
  if (key === 'default' && params.length > 0 && (override?.variants?.length ?? 1) > 1) {
    throw new CatalogError(`${where}: the default variant of a multi-variant code must carry no values`);
  }

  const enTemplate = fill(server, EN_PLACEHOLDER, params);
  const zhFix = variantOverride?.zh;
  let zhTemplate: string;
  let fix: CatalogVariant['zhFix'] = null;
  if (zhFix) {
    if (zhFix.expectedSource !== zhSource) {
      throw new CatalogError(
        `${where}: Chinese text changed; review the override.\n  expected: ${zhFix.expectedSource}\n  document: ${zhSource}`,
      );
    }
    if (zhFix.template !== undefined) {
      zhTemplate = zhFix.template;
      fix = 'template';
    } else if (zhFix.order) {
      if ([...zhFix.order].sort().join() !== [...params].sort().join()) {
        throw new CatalogError(`${where}: zh order must name exactly ${params.join(', ')}`);
      }
      zhTemplate = fill(zhSource, ZH_PLACEHOLDER, zhFix.order);
      fix = 'order';
    } else {
      throw new CatalogError(`${where}: a zh fix needs a template or an order`);
    }
  } else {
    if (countOf(zhSource, ZH_PLACEHOLDER) !== params.length) {
      throw new CatalogError(
        `${where}: Chinese has ${countOf(zhSource, ZH_PLACEHOLDER)} placeholder(s), English ${params.length}: add a zh fix`,
      );
    }
    zhTemplate = fill(zhSource, ZH_PLACEHOLDER, params);
  }
  const zhNames = placeholdersOf(zhTemplate);
  if ([...zhNames].sort().join() !== [...params].sort().join() || zhNames.length !== params.length) {
    throw new CatalogError(`${where}: Chinese placeholders {${zhNames.join(', ')}} differ from English {${params.join(', ')}}`);
  }
  return { key, params, server, en: enTemplate, zh: zhTemplate, zhSource, zhFix: fix };
}

export function buildCatalog(doc: SourceDocument): Catalog {
  const sourceUrl = doc.frontMatter['source_url'];
  const updatedAt = doc.frontMatter['updated_at'];
  if (!sourceUrl || !updatedAt) throw new CatalogError('front matter needs source_url and updated_at');
  const origin = new URL(sourceUrl).origin;

  if (doc.sections.en.length !== doc.sections.zh.length) {
    throw new CatalogError(`English has ${doc.sections.en.length} sections, Chinese ${doc.sections.zh.length}`);
  }
  const sections: CatalogSection[] = doc.sections.en.map((enSection, i) => {
    const zhSection = doc.sections.zh[i];
    if (!zhSection) throw new CatalogError(`missing Chinese section ${i}`);
    return {
      id: sectionId(enSection.title),
      title: { en: enSection.title, zh: zhSection.title },
      anchor: { en: enSection.anchor, zh: zhSection.anchor },
    };
  });

  const zhByCode = new Map(doc.codes.zh.map((code) => [code.code, code]));
  if (zhByCode.size !== doc.codes.zh.length) throw new CatalogError('duplicate code in the Chinese copy');
  const seen = new Set<number>();
  const codes = doc.codes.en.map((en): CatalogCode => {
    if (seen.has(en.code)) throw new CatalogError(`duplicate code ${en.code} in the English copy`);
    seen.add(en.code);
    const zh = zhByCode.get(en.code);
    if (!zh) throw new CatalogError(`${en.code} is missing from the Chinese copy`);
    if (zh.name !== en.name) throw new CatalogError(`${en.code}: name ${en.name} vs Chinese ${zh.name}`);
    if (zh.messages.length !== en.messages.length) {
      throw new CatalogError(`${en.code}: ${en.messages.length} English variants, ${zh.messages.length} Chinese`);
    }
    if (zh.sectionIndex !== en.sectionIndex) throw new CatalogError(`${en.code}: in different sections`);
    const override = OVERRIDES[en.code];
    const keys = variantKeys(en, override);
    for (const key of Object.keys(override?.byVariant ?? {})) {
      if (!keys.includes(key)) throw new CatalogError(`${en.code}: override for unknown variant "${key}"`);
    }
    return {
      code: en.code,
      name: en.name,
      section: sections[en.sectionIndex]?.id ?? '',
      anchor: { en: en.anchor, zh: zh.anchor },
      variants: keys.map((key, i) => buildVariant(en, key, en.messages[i] ?? '', zh.messages[i] ?? '', override)),
    };
  });
  for (const code of Object.keys(OVERRIDES).map(Number)) {
    if (!seen.has(code)) throw new CatalogError(`override for ${code}, which the document does not have`);
  }
  if (seen.size !== zhByCode.size) throw new CatalogError('the Chinese copy has codes the English one lacks');

  return {
    sourceUrl,
    updatedAt,
    docsUrl: { en: origin + doc.pagePath.en, zh: origin + doc.pagePath.zh },
    sections,
    codes,
  };
}

/**
 * The i18next namespace of a product, per language, from its catalog, its curated guidance and the
 * texts outside `codes`. Keys: `codes.<code>.title|hint|messages.<variant>`, and for a variant with its
 * own guidance `codes.<code>.titles.<variant>` / `hints.<variant>` beside them; then each extra group
 * (`categories`, `fallback`, `present`, Options' `explain`).
 */
import type { CodeGuidance, ProductGuidance, VariantGuidance } from '../curate/guidance.js';
import { sharedGuidanceOf } from '../../curated/general.js';
import { CATEGORIES, SEVERITIES } from '../curate/taxonomy.js';
import { LANGUAGES, type Language } from '../model.js';
import { CatalogError, type Catalog, type CatalogCode, type CatalogVariant } from './model.js';
import { placeholdersOf } from './placeholders.js';
import type { ExtraTexts } from './registry.js';

function checkGuidance(where: string, entry: VariantGuidance): void {
  if (!CATEGORIES.includes(entry.category)) throw new CatalogError(`${where}: unknown category ${entry.category}`);
  if (!SEVERITIES.includes(entry.severity)) throw new CatalogError(`${where}: unknown severity ${entry.severity}`);
  if (typeof entry.retryable !== 'boolean') throw new CatalogError(`${where}: retryable must be true or false`);
  for (const lng of LANGUAGES) {
    const text = entry[lng];
    if (!text.title.trim() || !text.hint.trim()) throw new CatalogError(`${where}: empty ${lng} title or hint`);
    if (placeholdersOf(text.title + text.hint).length > 0)
      throw new CatalogError(`${where}: curated ${lng} text must not use placeholders`);
  }
}

/** The guidance of every code and of every variant that has its own, checked against the catalog. */
export class GuidanceIndex {
  private readonly byCode = new Map<number, CodeGuidance>();
  private readonly byVariant = new Map<string, VariantGuidance>();

  /** `shared: false` for a product whose codes are not Binance's (Bybit): no borrowed wording. */
  constructor(catalog: Catalog, guidance: ProductGuidance, { shared = true }: { shared?: boolean } = {}) {
    const known = new Map(catalog.codes.map((c) => [c.code, c]));
    for (const code of Object.keys(guidance.GUIDANCE).map(Number)) {
      if (!known.has(code)) throw new CatalogError(`curated/guidance.ts has ${code}, which the document does not`);
    }
    const tableGuidance = guidance.TABLE_GUIDANCE ?? {};
    const usedTable = new Set<string>();
    for (const code of catalog.codes) {
      // A code without an entry of the product's own takes the shared wording written for its name.
      const entry = guidance.GUIDANCE[code.code] ?? (shared ? sharedGuidanceOf(code.code, code.name) : undefined);
      if (!entry)
        throw new CatalogError(
          `curated/guidance.ts has no entry for ${code.code} ${code.name}, and the shared tables none for that name`,
        );
      if (entry.appliesTo !== undefined && entry.appliesTo !== code.name) {
        throw new CatalogError(
          `${code.code}: the shared guidance was written for ${entry.appliesTo}, the document names it ${code.name}`,
        );
      }
      checkGuidance(String(code.code), entry);
      this.byCode.set(code.code, entry);
      const keys = new Set(code.variants.map((v) => v.key));
      for (const key of Object.keys(entry.variants ?? {})) {
        if (!keys.has(key))
          throw new CatalogError(`curated/guidance.ts: ${code.code} has guidance for unknown variant "${key}"`);
      }
      for (const variant of code.variants) {
        const own = entry.variants?.[variant.key];
        const fromTable = variant.table ? tableGuidance[variant.key] : undefined;
        if (variant.table && !fromTable && !own)
          throw new CatalogError(`curated/guidance.ts: table message "${variant.key}" has no TABLE_GUIDANCE entry`);
        if (fromTable) usedTable.add(variant.key);
        const chosen = own ?? fromTable;
        if (chosen) {
          checkGuidance(`${code.code}.${variant.key}`, chosen);
          this.byVariant.set(`${code.code}.${variant.key}`, chosen);
        }
      }
    }
    for (const key of Object.keys(tableGuidance)) {
      if (!usedTable.has(key))
        throw new CatalogError(
          `curated/guidance.ts: TABLE_GUIDANCE has "${key}", which no table message of the catalog has`,
        );
    }
  }

  code(code: CatalogCode): CodeGuidance {
    const entry = this.byCode.get(code.code);
    if (!entry) throw new CatalogError(`curated/guidance.ts has no entry for ${code.code}`);
    return entry;
  }

  /** The variant's own guidance, or undefined when it uses the code's. */
  variant(code: CatalogCode, variant: CatalogVariant): VariantGuidance | undefined {
    return this.byVariant.get(`${code.code}.${variant.key}`);
  }
}

function leavesOf(node: unknown, prefix: string, out: Map<string, unknown>): Map<string, unknown> {
  if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) leavesOf(value, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, node);
  }
  return out;
}

/**
 * Texts outside `codes`: same keys in every language the group has (en, zh, and zh-Hant where given),
 * same placeholders, nothing empty.
 */
export function checkCurated(name: string, texts: ExtraTexts[string]): void {
  const en = leavesOf(texts.en, '', new Map());
  const others = (['zh', 'zh-Hant'] as const).filter((lng) => lng === 'zh' || texts[lng] !== undefined);
  for (const lng of others) {
    const zh = leavesOf(texts[lng], '', new Map());
    for (const key of new Set([...en.keys(), ...zh.keys()])) {
      const a = en.get(key);
      const b = zh.get(key);
      if (typeof a !== 'string' || typeof b !== 'string' || !a.trim() || !b.trim()) {
        throw new CatalogError(`curated/${name}: ${key} must be a non-empty string in en and ${lng}`);
      }
      if (placeholdersOf(a).sort().join() !== placeholdersOf(b).sort().join()) {
        throw new CatalogError(
          `curated/${name}: ${key} uses {${placeholdersOf(a)}} in en but {${placeholdersOf(b)}} in ${lng}`,
        );
      }
    }
  }
}

export function buildResources(
  catalog: Catalog,
  guidance: GuidanceIndex,
  texts: ExtraTexts,
): Record<Language, Record<string, unknown>> {
  for (const [name, group] of Object.entries(texts)) checkCurated(name, group);
  const out = {} as Record<Language, Record<string, unknown>>;
  for (const lng of LANGUAGES) {
    const codes: Record<string, unknown> = {};
    for (const entry of catalog.codes) {
      const text = guidance.code(entry)[lng];
      const node: Record<string, unknown> = {
        title: text.title,
        hint: text.hint,
        messages: Object.fromEntries(entry.variants.map((v) => [v.key, v[lng]])),
      };
      const guided = entry.variants.flatMap((v) => {
        const own = guidance.variant(entry, v);
        return own ? [[v.key, own[lng]] as const] : [];
      });
      if (guided.length > 0) {
        node['titles'] = Object.fromEntries(guided.map(([key, t]) => [key, t.title]));
        node['hints'] = Object.fromEntries(guided.map(([key, t]) => [key, t.hint]));
      }
      codes[String(entry.code)] = node;
    }
    let resource: Record<string, unknown> = { codes };
    // Each language's docs page has its own heading anchors; where the Chinese page's differ from the
    // English ones (the catalog keeps those), they travel with the Chinese texts, so an English app
    // downloads none of them. Link data, not text: the parity tests leave `docs` aside.
    if (lng !== 'en') {
      const docs = Object.fromEntries(
        catalog.codes
          .filter((entry) => entry.anchor[lng] !== entry.anchor.en)
          .map((entry) => [String(entry.code), entry.anchor[lng]]),
      );
      if (Object.keys(docs).length > 0) resource['docs'] = docs;
    }
    for (const group of Object.values(texts)) {
      const value = group[lng];
      if (typeof value !== 'object' || value === null) throw new CatalogError('extra texts must be objects');
      for (const key of Object.keys(value))
        if (key in resource) throw new CatalogError(`two text groups define "${key}"`);
      resource = { ...resource, ...value };
    }
    out[lng] = resource;
  }
  return out;
}

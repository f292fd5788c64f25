/**
 * The tests every product package runs on its own generated catalog, shared so no product copies them
 * (`describeProduct('spot')` in the package's test file):
 * - current: the generated files are what the generator writes today (`generate --check`);
 * - parity: en and zh hold the same keys with the same placeholders, nothing empty;
 * - fidelity: every en message of the documents is a server template of the catalog, Binance's Chinese
 *   is used verbatim (placeholders named) where the pairing says it is Binance's, our own exactly where
 *   the override table says, and the catalog's ZH_ORIGIN says which is which;
 * - matchable: every template, filled with values, is recognized among all the product's templates
 *   without a code (the engine matches a bare server message), and within its code by one variant only;
 * - Chinese that reads as written by a native speaker: our titles, hints and messages pass the zh scan;
 * - what a trader reads: every message, filled, shows its quoted names as code, never a Markdown backtick.
 */
import { format, loadErrors, resolve, type ErrorCodeInfo, type ProductModule } from '@exchange-errors/core';
import { presentTemplate } from '@exchange-errors/core/internal';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latinWords, spacedPunctuation, strayLatinWords } from '../../../../scripts/zh-text.mjs';
import { catalogOf, generatedFiles, generateProduct } from '../build/generate.js';
import type { CatalogCode, CatalogVariant } from '../build/model.js';
import { placeholdersOf } from '../build/placeholders.js';
import { PRODUCT_CONFIGS } from '../build/products.js';
import { inputsOf } from '../build/registry.js';
import { isZhOurs } from '../curate/overrides.js';
import type { Product } from '../model.js';
import { pairProduct, type PairedVariant } from '../pair.js';
import { loadProduct, REPO_ROOT } from '../sources.js';

type Tree = { readonly [key: string]: Tree | string };

function leaves(node: Tree | string, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof node === 'string') {
    out.set(prefix, node);
    return out;
  }
  for (const [key, value] of Object.entries(node)) leaves(value, prefix ? `${prefix}.${key}` : key, out);
  return out;
}

/** `%s` filled in order with `values`. */
export function fillPercent(template: string, values: readonly string[]): string {
  let index = 0;
  return template.replace(/%s/g, () => values[index++] ?? '');
}

/** `{{name}}` filled from `values`. */
export function fillNamed(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

const sample = (name: string, index: number): string => `<${name}-${index}>`;

/**
 * A server template as a pattern, the way the engine reads one: literal text, each `%s` (with the quotes
 * the document puts around it) any non-empty value, a final period optional.
 */
function templatePattern(server: string): RegExp {
  const body = server.replace(/\.$/, '');
  const parts = body.split(/(['`"]?%s['`"]?)/);
  const source = parts
    .map((part, i) => (i % 2 === 1 ? `['\`"]?(.+?)['\`"]?` : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}\\.?$`, 's');
}

/** Words our Chinese may keep from the English message: code names it carries (ALL CAPS, or in backticks). */
function codeWordsOf(server: string): string[] {
  const inTicks = [...server.matchAll(/`([^`]*)`/g)].flatMap((m) => latinWords(m[1] ?? ''));
  const caps = [...server.matchAll(/\b[A-Z][A-Z0-9_]+\b/g)].flatMap((m) => latinWords(m[0]));
  return [...inTicks, ...caps];
}

export function describeProduct(product: Product): void {
  const config = PRODUCT_CONFIGS[product];
  const dir = join(REPO_ROOT, config.packageDir);
  const read = (path: string): string => readFileSync(join(dir, path), 'utf8');
  const catalog = catalogOf(product);
  const { en: enDoc, zh: zhDoc } = loadProduct(product);
  const pairing = pairProduct(enDoc, zhDoc);
  const { overrides } = inputsOf(product);
  const locales = {
    en: JSON.parse(read(`locales/en/${config.namespace}.json`)) as Tree,
    zh: JSON.parse(read(`locales/zh/${config.namespace}.json`)) as Tree,
  };
  const messageOf = (lng: 'en' | 'zh', code: number, key: string): string => {
    const node = (locales[lng]['codes'] as Tree)[String(code)] as Tree | undefined;
    const text = (node?.['messages'] as Tree | undefined)?.[key];
    return typeof text === 'string' ? text : '';
  };
  const codeOf = (code: number): CatalogCode => {
    const found = catalog.codes.find((c) => c.code === code);
    if (!found) throw new Error(`${code} is not in the catalog`);
    return found;
  };

  describe(`${product}: the generated files`, () => {
    it.each([...generatedFiles(product)])('%s is current (run `pnpm generate` after a change)', (path, contents) => {
      expect(read(path)).toBe(contents);
    });

    it("nothing else, the README's numbers included, is out of date", () => {
      expect(generateProduct(product, { check: true }).changed).toEqual([]);
    });
  });

  describe(`${product}: en and zh parity`, () => {
    const en = leaves(locales.en);
    const zh = leaves(locales.zh);

    // `docs` is link data, not text: the Chinese page's heading anchors where they differ from the
    // English page's (which the catalog keeps), so only the zh namespace has it.
    const zhTexts = new Map([...zh].filter(([key]) => !key.startsWith('docs.')));

    it('have the same keys', () => {
      expect([...zhTexts.keys()].sort()).toEqual([...en.keys()].sort());
    });

    it('carry in zh only docs anchors of known codes that differ from the English page’s, free of white space and #', () => {
      for (const [key, anchor] of zh) {
        if (!key.startsWith('docs.')) continue;
        const entry = catalog.codes.find((c) => `docs.${c.code}` === key);
        expect(entry, key).toBeDefined();
        expect(anchor, key).not.toBe(entry?.anchor.en);
        expect(anchor, key).toMatch(/^[^\s#]+$/);
      }
    });

    it('have the same placeholders in every text', () => {
      const differing = [...en].flatMap(([key, text]) => {
        const a = placeholdersOf(text).sort().join();
        const b = placeholdersOf(zh.get(key) ?? '')
          .sort()
          .join();
        return a === b ? [] : [`${key}: en {${a}} zh {${b}}`];
      });
      expect(differing).toEqual([]);
    });

    it('have no empty text', () => {
      for (const map of [en, zh]) for (const [key, text] of map) expect(text.trim(), key).not.toBe('');
    });

    it('have a title, a hint and a message per variant for every code', () => {
      for (const code of catalog.codes) {
        const node = (locales.en['codes'] as Tree)[String(code.code)] as Tree;
        expect(typeof node['title'], String(code.code)).toBe('string');
        expect(typeof node['hint'], String(code.code)).toBe('string');
        expect(Object.keys(node['messages'] as Tree)).toEqual(code.variants.map((v) => v.key));
      }
    });
  });

  describe(`${product}: fidelity to Binance's documents`, () => {
    const dropped = (code: number, item: PairedVariant): boolean =>
      (overrides.OVERRIDES[code]?.drop ?? []).some((d) => d.text === item.en.text);

    it('every code of the en page is in the catalog, in document order, with every table code', () => {
      const listed = catalog.codes.map((c) => c.code).filter((code) => enDoc.codes.some((c) => c.code === code));
      expect(listed).toEqual(enDoc.codes.map((c) => c.code));
      const tableCodes = new Set(pairing.tables.flatMap((t) => t.codes));
      for (const code of tableCodes)
        expect(
          catalog.codes.some((c) => c.code === code),
          String(code),
        ).toBe(true);
    });

    it('every en message is a template of the catalog, and the en text is its server text with names', () => {
      for (const paired of pairing.codes) {
        const items = paired.variants.filter((item) => !dropped(paired.code, item));
        const own = codeOf(paired.code).variants.filter((v) => v.table === null);
        expect(own.length, String(paired.code)).toBe(items.length);
        items.forEach((item, i) => {
          const variant = own[i] as CatalogVariant;
          const where = `${paired.code}.${variant.key}`;
          const fix = overrides.OVERRIDES[paired.code]?.byVariant?.[variant.key]?.en;
          if (fix) {
            expect(fix.expectedSource, where).toBe(item.en.text);
            expect(variant.server, where).toBe(fix.template);
          } else {
            expect(variant.server, where).toBe(item.en.template);
          }
          const values = variant.params.map(sample);
          const named = Object.fromEntries(variant.params.map((p, j) => [p, sample(p, j)]));
          expect(fillNamed(messageOf('en', paired.code, variant.key), named), where).toBe(
            fillPercent(variant.server, values),
          );
        });
      }
      for (const [index, table] of pairing.tables.entries()) {
        for (const code of table.codes) {
          const variants = codeOf(code).variants.filter((v) => v.table === table.kind);
          expect(
            variants.map((v) => v.server),
            `${code}, table ${index}`,
          ).toEqual(table.variants.map((t) => t.en.template));
          for (const v of variants) expect(messageOf('en', code, v.key)).toBe(v.server);
        }
      }
    });

    it("uses Binance's Chinese verbatim where it is Binance's, ours exactly where the override table says", () => {
      for (const paired of pairing.codes) {
        const items = paired.variants.filter((item) => !dropped(paired.code, item));
        const own = codeOf(paired.code).variants.filter((v) => v.table === null);
        items.forEach((item, i) => {
          const variant = own[i] as CatalogVariant;
          const where = `${paired.code}.${variant.key}`;
          const zh = messageOf('zh', paired.code, variant.key);
          const fix = overrides.OVERRIDES[paired.code]?.byVariant?.[variant.key]?.zh;
          const named = Object.fromEntries(variant.params.map((p, j) => [p, sample(p, j)]));
          if (fix && (isZhOurs(fix) || fix.template !== undefined)) {
            expect(zh, where).toBe(fix.template);
            expect(variant.zhOrigin, where).toBe(isZhOurs(fix) ? 'ours' : 'fixed');
          } else {
            expect(item.zh.kind, where).toBe('binance');
            const order = fix?.order ?? variant.params;
            expect(fillNamed(zh, named), where).toBe(
              fillPercent(
                item.zh.template ?? '',
                order.map((p) => named[p] ?? ''),
              ),
            );
            expect(variant.zhOrigin, where).toBe('binance');
          }
        });
      }
      for (const table of pairing.tables) {
        for (const item of table.variants) {
          const entry = overrides.TABLE_MESSAGES?.[item.en.template];
          expect(entry, item.en.template).toBeDefined();
          for (const code of table.codes) {
            const zh = messageOf('zh', code, entry?.key ?? '');
            if (entry && (isZhOurs(entry.zh) || entry.zh.template !== undefined)) expect(zh).toBe(entry.zh.template);
            else expect(zh).toBe(item.zh.template);
          }
        }
      }
    });

    it('says where each Chinese message comes from (data.json `zhOrigin`), as the catalog built it', () => {
      const data = JSON.parse(readFileSync(join(dir, 'data.json'), 'utf8')) as {
        zhOrigin: Record<string, Record<string, string>>;
      };
      for (const code of catalog.codes) {
        expect(data.zhOrigin[String(code.code)], String(code.code)).toEqual(
          Object.fromEntries(code.variants.map((v) => [v.key, v.zhOrigin])),
        );
      }
    });
  });

  describe(`${product}: every template can be recognized`, () => {
    const all = catalog.codes.flatMap((code) =>
      code.variants.map((variant) => ({ code, variant, pattern: templatePattern(variant.server) })),
    );

    it('no two variants of one code share a server text', () => {
      for (const code of catalog.codes) {
        const texts = code.variants.map((v) => v.server);
        expect(new Set(texts).size, String(code.code)).toBe(texts.length);
      }
    });

    it('a filled message without its code is recognized among every template of the product, and by one variant of its code', () => {
      const unmatched: string[] = [];
      for (const { code, variant } of all) {
        const message = fillPercent(
          variant.server,
          variant.params.map((p) => `v${p.length}x`),
        );
        const hits = all.filter((candidate) => candidate.pattern.test(message));
        if (!hits.some((hit) => hit.code === code && hit.variant === variant))
          unmatched.push(`${code.code}.${variant.key}: ${message}`);
        // Another variant of the code matching too is ambiguous unless it has more values (a literal
        // template wins over one with a value in its place, as "5.0" over "%s").
        const rivals = hits.filter(
          (hit) => hit.code === code && hit.variant !== variant && hit.variant.params.length <= variant.params.length,
        );
        if (rivals.length > 0)
          unmatched.push(
            `${code.code}.${variant.key} is matched by ${rivals.map((h) => h.variant.key).join(', ')} too`,
          );
      }
      expect(unmatched).toEqual([]);
    });
  });

  describe(`${product}: what a trader reads`, () => {
    it('no message shows a Markdown backtick: the names the documents quote are code parts', () => {
      const shown: string[] = [];
      for (const lng of ['en', 'zh'] as const) {
        for (const code of catalog.codes) {
          for (const variant of code.variants) {
            const named = Object.fromEntries(variant.params.map((p, j) => [p, `v${j}`]));
            const { parts } = presentTemplate(messageOf(lng, code.code, variant.key), named, lng, () => null);
            for (const part of parts)
              if (part.type !== 'code' && part.text.includes('`'))
                shown.push(`${lng} ${code.code}.${variant.key}: ${part.text}`);
          }
        }
      }
      expect(shown).toEqual([]);
    });
  });

  describe(`${product}: our Chinese reads as a native speaker writes`, () => {
    const problems: string[] = [];
    const check = (where: string, text: string, alsoAllowed: readonly string[] = []): void => {
      for (const word of strayLatinWords(text, alsoAllowed)) problems.push(`${where}: "${word}" in ${text}`);
      for (const gap of spacedPunctuation(text)) problems.push(`${where}: space "${gap}" in ${text}`);
    };
    const zhCodes = locales.zh['codes'] as Tree;
    for (const code of catalog.codes) {
      const node = zhCodes[String(code.code)] as Tree;
      check(`${code.code} title`, String(node['title']));
      check(`${code.code} hint`, String(node['hint']));
      for (const [key, text] of leaves((node['titles'] ?? {}) as Tree)) check(`${code.code}.${key} title`, text);
      for (const [key, text] of leaves((node['hints'] ?? {}) as Tree)) check(`${code.code}.${key} hint`, text);
      for (const variant of code.variants) {
        // Binance's own Chinese stays as the page has it; ours follows the house style, and a fix of
        // Binance's text may keep the words Binance's text had.
        if (variant.zhOrigin === 'binance') continue;
        const kept = variant.zhOrigin === 'fixed' ? latinWords(variant.zhSource ?? '') : [];
        check(`${code.code}.${variant.key} message`, messageOf('zh', code.code, variant.key), [
          ...codeWordsOf(variant.server),
          ...kept,
        ]);
      }
    }

    // The sentences of the product's order rules (`explain.*`, where it has them) are ours too.
    for (const [key, text] of leaves((locales.zh['explain'] ?? {}) as Tree)) check(`explain.${key}`, text);

    it('has no stray English word and no spaced full-width punctuation in our titles, hints, messages and explanations', () => {
      expect(problems).toEqual([]);
    });
  });
}

/** What a product package exports: its lazy module and its in-memory twin. */
export interface ProductPackage {
  readonly lazy: ProductModule;
  readonly eager: ProductModule;
}

/** The tests every product package runs on its generated binding: the lazy and eager modules agree, and every code reads. */
export function describePackage(product: Product, pkg: ProductPackage): void {
  const { lazy, eager } = pkg;
  const config = PRODUCT_CONFIGS[product];
  const bodyOf = (info: ErrorCodeInfo) => ({
    code: info.code,
    msg: info.variants[0]?.server.replace(/%s/g, 'x') ?? '',
  });

  describe(`the ${product} package`, () => {
    it('has the product in its lazy module', () => {
      expect(lazy).toMatchObject({
        product,
        namespace: config.namespace,
        paths: config.apiPrefixes,
        exchange: { id: config.exchange.id },
      });
      expect(eager).toMatchObject({ product, namespace: config.namespace, paths: config.apiPrefixes });
      // The exchange's adapter knows the product by the same paths.
      expect(lazy.exchange.products?.[product]).toEqual(config.apiPrefixes);
      expect(lazy.catalog).toBeUndefined();
      expect(lazy.texts).toBeUndefined();
      expect(typeof lazy.loadRules).toBe(config.rules ? 'function' : 'undefined');
      expect(eager.rules === undefined).toBe(!config.rules);
    });

    it('loads its catalog and texts on demand, and has them in memory eagerly', async () => {
      const catalog = await lazy.loadCatalog();
      expect(catalog.codes.length).toBeGreaterThan(100);
      // The same codes as the eager catalog; its Chinese docs URLs use the English page's anchors, so
      // that an English app downloads no Chinese (the Chinese page's own come with the zh texts).
      const withoutZh = (codes: readonly ErrorCodeInfo[] | undefined) =>
        codes?.map((c) => ({ ...c, docsUrl: c.docsUrl.en }));
      expect(withoutZh(catalog.codes)).toEqual(withoutZh(eager.catalog?.codes));
      expect(JSON.stringify(catalog)).not.toMatch(/[\u3400-\u9fff]/);
      expect(await lazy.loadTexts('zh')).toBe(eager.texts?.zh);
      expect(await lazy.loadTexts('en')).toBe(eager.texts?.en);
    });

    it('formats an error read with the lazy catalog in Chinese with the Chinese page’s own docs anchor, as the eager one has it', async () => {
      // A copy, so that what loadErrors keeps for it is its own.
      const copy: ProductModule = { ...lazy };
      await loadErrors(null, copy, 'zh');
      await loadErrors(null, copy, 'en');
      for (const info of eager.catalog?.codes ?? []) {
        expect(format(copy, bodyOf(info), { lng: 'zh' }).docsUrl, String(info.code)).toEqual(info.docsUrl);
        expect(format(copy, bodyOf(info), { lng: 'en' }).docsUrl?.en, String(info.code)).toBe(info.docsUrl.en);
      }
    });

    it('reads every code of its catalog in both languages, never throwing', () => {
      for (const info of eager.catalog?.codes ?? []) {
        expect(resolve(eager, bodyOf(info))).toMatchObject({
          code: info.code,
          known: true,
          exchange: config.exchange.id,
          product,
          namespace: config.namespace,
        });
        for (const lng of ['en', 'zh']) {
          const formatted = format(eager, bodyOf(info), { lng });
          expect(formatted.title.trim()).not.toBe('');
          expect(formatted.message.trim()).not.toBe('');
          expect(formatted.title).not.toBe('Error');
        }
      }
    });
  });
}

export { describeSectionedProduct } from './sectioned-suite.js';

/**
 * Every vendored document, parsed: the counts /work/shared/source/README.md states, the layout and
 * language read off each page, and the quirks each is known for, found where they are.
 */
import { describe, expect, it } from 'vitest';
import type { Language, ParsedDocument, Product, QuirkKind } from './model.js';
import { parseDocuments } from './parse.js';
import { loadProduct, readSource, SOURCE_FILES } from './sources.js';

const loaded = new Map<Product, Record<Language, ParsedDocument>>();
function load(product: Product): Record<Language, ParsedDocument> {
  let pair = loaded.get(product);
  if (!pair) {
    pair = loadProduct(product);
    loaded.set(product, pair);
  }
  return pair;
}

function messageCount(doc: ParsedDocument): number {
  return doc.codes.reduce((sum, code) => sum + code.messages.length, 0);
}

function quirkCount(doc: ParsedDocument, kind: QuirkKind): number {
  return doc.quirks.filter((q) => q.kind === kind).length;
}

describe('the code counts of the sources README', () => {
  // [product, en codes, zh codes, en items, zh items]. zh items on an English-then-Chinese page count
  // both lines of each message, which is why they outnumber the en ones.
  it.each([
    ['options', 122, 122, 138, 138],
    // -1015's zh page lacks the `%s` variant: one item fewer.
    ['spot', 104, 104, 145, 144],
    ['usdm', 205, 198, 248, 460],
    ['coinm', 155, 148, 190, 352],
    ['pm', 180, 158, 216, 366],
  ] as const)('%s: %i en / %i zh codes', (product, enCodes, zhCodes, enItems, zhItems) => {
    const { en, zh } = load(product);
    expect([en.codes.length, zh.codes.length]).toEqual([enCodes, zhCodes]);
    expect([messageCount(en), messageCount(zh)]).toEqual([enItems, zhItems]);
    expect([en.product, zh.product, en.language, zh.language]).toEqual([product, product, 'en', 'zh']);
  });

  it('Spot: 41 matching-engine messages in 40 rows (one row holds two) and 18 filter failures, in both languages', () => {
    // The README says "~40": 40 rows, of which "Rest API trading is not enabled." / "WebSocket API trading
    // is not enabled." holds two messages, so 41.
    for (const doc of Object.values(load('spot'))) {
      expect(doc.tables.map((t) => [t.kind, t.rows.length, t.rows.reduce((n, r) => n + r.messages.length, 0)])).toEqual(
        [
          ['engineMessage', 40, 41],
          ['filterFailure', 18, 18],
        ],
      );
      expect(doc.tables[0]?.codes).toEqual([-1010, -2010, -2011, -2038, -1013]);
      expect(doc.tables[1]?.codes).toEqual([-1013]);
      expect(doc.tables[1]?.rows.every((r) => r.messages[0]?.text.startsWith('Filter failure: '))).toBe(true);
    }
  });

  it('the codes every zh page lacks are the ones the README lists', () => {
    const missing = (product: Product): number[] => {
      const { en, zh } = load(product);
      const zhCodes = new Set(zh.codes.map((c) => c.code));
      return en.codes.map((c) => c.code).filter((code) => !zhCodes.has(code));
    };
    expect(missing('usdm')).toEqual([-1010, -1011, -1013, -4105, -4106, -4107, -4189]);
    expect(missing('coinm')).toEqual([-1010, -1011, -1013, -1108, -1109, -1110, -1113]);
    expect(missing('pm')).toHaveLength(22);
    expect(missing('spot')).toEqual([]);
    expect(missing('options')).toEqual([]);
  });
});

describe('layouts and quirks, found where the README says they are', () => {
  it('reads the futures zh pages as English-then-Chinese and the others as one item per message', () => {
    const layouts = (['options', 'spot', 'usdm', 'coinm', 'pm'] as const).map((p) => load(p).zh.layout);
    expect(layouts).toEqual([
      'one-per-message',
      'one-per-message',
      'english-then-chinese',
      'english-then-chinese',
      'english-then-chinese',
    ]);
  });

  it('unescapes the USDⓈ-M and PM scrapes (every heading there is escaped)', () => {
    for (const product of ['usdm', 'pm'] as const) {
      const { en } = load(product);
      expect(en.codes.some((c) => c.name.includes('\\'))).toBe(false);
      expect(en.codes.find((c) => c.code === -1003)?.name).toBe('TOO_MANY_REQUESTS');
      expect(quirkCount(en, 'escaped-markdown')).toBeGreaterThanOrEqual(en.codes.length);
    }
  });

  it("reads PM's ten 51xxx codes as negative, and the zh page's own minus signs as written", () => {
    const { en, zh } = load('pm');
    expect(en.codes.filter((c) => c.code <= -51000).map((c) => c.code)).toEqual([
      -51006, -51007, -51014, -51061, -51068, -51078, -51113, -51122, -51998, -51999,
    ]);
    expect(quirkCount(en, 'unsigned-code')).toBe(10);
    expect(zh.codes.filter((c) => c.code <= -51000).map((c) => c.code)).toEqual([-51078, -51007]);
    expect(quirkCount(zh, 'unsigned-code')).toBe(0);
  });

  it('splits the five run-together lines of each futures zh page', () => {
    for (const product of ['usdm', 'coinm', 'pm'] as const)
      expect(quirkCount(load(product).zh, 'run-together-items')).toBe(5);
  });

  it("reads Spot zh's Chinese heading names, its indented -1152 heading and its <a id> anchors", () => {
    const { en, zh } = load('spot');
    expect(zh.codes.find((c) => c.code === -1000)?.name).toBe('未知错误');
    expect(zh.codes.find((c) => c.code === -1152)?.line).toBe(
      zh.quirks.find((q) => q.kind === 'indented-heading')?.line,
    );
    expect(zh.codes.find((c) => c.code === -1007)?.aliases).toContain('-1007-timeout');
    expect(en.sections.find((s) => s.title.startsWith('Filter failures'))?.aliases).toEqual(['filter_failures']);
  });

  it('finds the same docs-site anchors as the slug rule wherever a page has permalinks', () => {
    // Where the docs site gives an anchor, the slug of the heading text must be that anchor (so pages
    // without permalinks get the anchors the site would give them): no alias means they agreed.
    for (const [product, language] of [
      ['options', 'en'],
      ['options', 'zh'],
      ['usdm', 'zh'],
      ['coinm', 'en'],
      ['coinm', 'zh'],
      ['pm', 'zh'],
    ] as const) {
      const doc = load(product)[language];
      expect(quirkCount(doc, 'heading-link')).toBe(doc.codes.length + doc.sections.length);
      for (const item of [...doc.sections, ...doc.codes])
        expect(item.aliases, `${product} ${language} ${item.anchor}`).toEqual([]);
    }
  });

  it('keeps the names the README calls out as Binance wrote them', () => {
    const name = (product: Product, code: number): string | undefined =>
      load(product).en.codes.find((c) => c.code === code)?.name;
    expect(name('usdm', -1008)).toBe('Request Throttled');
    expect(name('usdm', -2019)).toBe('MARGIN_NOT_SUFFICIEN');
    expect(name('usdm', -4016)).toBe('PRICE_HIGHTER_THAN_MULTIPLIER_UP');
    expect(name('usdm', -4183)).toBe(name('usdm', -4167));
    expect(load('pm').zh.codes.find((c) => c.code === -1101)?.name).toBe('TOO_MANY_参数');
  });

  it('reads every placeholder form the README lists somewhere in the documents', () => {
    const raws = new Set<string>();
    for (const product of ['options', 'spot', 'usdm', 'coinm', 'pm'] as const) {
      for (const doc of Object.values(load(product))) {
        for (const code of doc.codes) for (const m of code.messages) for (const p of m.placeholders) raws.add(p.raw);
      }
    }
    for (const form of ['%s', "'%s'", '`%s`', '％s', '`％s`', "'{param}'", "'%d'", '%d', "'%b'"])
      expect(raws).toContain(form);
  });
});

describe('the source list', () => {
  it('names every vendored file once, each holding the product and languages it is listed with', () => {
    for (const file of SOURCE_FILES) {
      const docs = parseDocuments(readSource(file));
      expect(docs.map((d) => d.language)).toEqual(file.languages);
      expect(new Set(docs.map((d) => d.product))).toEqual(new Set([file.product]));
    }
  });
});

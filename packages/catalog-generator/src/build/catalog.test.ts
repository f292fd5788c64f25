/**
 * The generator refuses what it would otherwise have to guess: a document that changed under an
 * override, a new variant nobody named, a Chinese text that lost a value. (Moved here, generalized, from
 * the Options package's own generator tests.)
 */
import { describe, expect, it } from 'vitest';
import { catalogFromTexts, edit, sourceTexts } from '../test-support/documents.js';
import { CatalogError } from './model.js';
import { GENERATED_PRODUCTS, inputsOf } from './registry.js';

const [options = ''] = sourceTexts('options');

describe('the override tables', () => {
  it.each(GENERATED_PRODUCTS)('%s: every entry has a reason', (product) => {
    const { OVERRIDES, TABLE_CODES = {} } = inputsOf(product).overrides;
    for (const [code, entry] of Object.entries(OVERRIDES)) {
      expect(entry.reason.trim(), code).not.toBe('');
      for (const drop of entry.drop ?? []) expect(drop.reason.trim(), code).not.toBe('');
      if (entry.name) expect(entry.name.reason.trim(), code).not.toBe('');
      for (const variant of Object.values(entry.byVariant ?? {})) {
        if (variant.zh) expect(variant.zh.reason.trim(), code).not.toBe('');
        if (variant.en) expect(variant.en.reason.trim(), code).not.toBe('');
      }
    }
    for (const [code, entry] of Object.entries(TABLE_CODES)) expect(entry.reason.trim(), code).not.toBe('');
  });
});

describe('Options: the generator refuses', () => {
  it('a zh fix once the Chinese text it was written against changes', () => {
    const changed = edit(
      options,
      '新订单太多； 当前限制为每％s ％s个订单。',
      '新订单太多；当前限制为每％s ％s个订单。',
    );
    expect(() => catalogFromTexts('options', [changed])).toThrow(/-1015\.limit: Chinese text changed/);
  });

  it('a document whose placeholder count no longer matches the names', () => {
    const changed = edit(options, '  * Invalid symbol.\n', '  * Invalid symbol %s.\n');
    expect(() => catalogFromTexts('options', [changed])).toThrow(CatalogError);
  });

  it('a new variant the table does not name', () => {
    const changed = edit(
      edit(options, '  * Invalid symbol.\n', '  * Invalid symbol.\n  * Symbol is delisted.\n'),
      '  * 无效的交易对。\n',
      '  * 无效的交易对。\n  * 交易对已下架。\n',
    );
    expect(() => catalogFromTexts('options', [changed])).toThrow(/-1121 has 2 variants: name them/);
  });

  it('a Chinese copy that lost a value, without an override', () => {
    const changed = edit(options, '参数`％s`为空。', '参数为空。');
    expect(() => catalogFromTexts('options', [changed])).toThrow(
      /-1105\.param: the zh page's text is broken \(placeholders: en has 1, zh has 0/,
    );
  });

  it('an override for a code the document no longer has', () => {
    const { OVERRIDES } = inputsOf('options').overrides;
    const stale = { OVERRIDES: { ...OVERRIDES, [-6999]: { reason: 'A code Binance removed.' } } };
    expect(() => catalogFromTexts('options', [options], stale)).toThrow(
      /override for -6999, which the document does not have/,
    );
  });

  it('but builds the vendored document', () => {
    expect(catalogFromTexts('options', [options]).codes).toHaveLength(122);
  });
});

describe('Spot: the generator refuses', () => {
  const [spotEn = '', spotZh = ''] = sourceTexts('spot');

  it('our translation once the zh page has Binance’s own Chinese for the message', () => {
    const zh = edit(spotZh, ' * Invalid symbol.\n', ' * 无效的交易对。\n');
    expect(() => catalogFromTexts('spot', [spotEn, zh])).toThrow(
      /-1121\.default: the override replaces the English text, but the zh page now has Binance's Chinese "无效的交易对。"/,
    );
  });

  it('our translation of a broken text once the page fixes it', () => {
    const zh = edit(
      spotZh,
      'Too many connection attempts from IP; current limit is %s\n',
      "Too many connection attempts from IP; current limit is %s per '%s'.\n",
    );
    expect(() => catalogFromTexts('spot', [spotEn, zh])).toThrow(
      /-1034\.ipAttempts: the override replaces a broken text/,
    );
  });

  it('a dropped list item that is no longer on the en page', () => {
    const en = edit(
      spotEn,
      '* If the order type provided in the `aboveType` and/or `belowType` is not supported.\n',
      '',
    );
    expect(() => catalogFromTexts('spot', [en, spotZh])).toThrow(/-1158: the item to drop is no longer on the en page/);
  });

  it('an en fix once the en text it was written against changes', () => {
    const en = edit(spotEn, "SBE schema 'x'. Please use schema 'y'", "SBE schema '%s'. Please use schema '%s'");
    expect(() => catalogFromTexts('spot', [en, spotZh])).toThrow(/-1161\.default: English text changed/);
  });

  it('a name fix once the en page names the code otherwise', () => {
    const en = edit(spotEn, '### -2022 Order cancel-replace failed.', '### -2022 ORDER_CANCEL_REPLACE_FAILED');
    expect(() => catalogFromTexts('spot', [en, spotZh])).toThrow(
      /-2022: the en page now names it ORDER_CANCEL_REPLACE_FAILED/,
    );
  });

  it('a table message nobody gave a key', () => {
    const en = edit(
      spotEn,
      '| The symbol is not trading.\n',
      '| The symbol is not trading.\n"Market is halted." | New.\n',
    );
    expect(() => catalogFromTexts('spot', [en, spotZh])).toThrow(
      /table "Market is halted\." \(matchingEngine\) has no key/,
    );
  });

  it('a table code whose heading no longer names it', () => {
    const en = edit(spotEn, '-2038 ORDER_AMEND_REJECTED', '-2038 AMEND_REJECTED');
    expect(() => catalogFromTexts('spot', [en, spotZh])).toThrow(
      /-2038: the table's heading no longer names "-2038 ORDER_AMEND_REJECTED"/,
    );
  });

  it('but builds the vendored documents, with the table messages under every code of their table', () => {
    const catalog = catalogFromTexts('spot', [spotEn, spotZh]);
    const keysOf = (code: number) => catalog.codes.find((c) => c.code === code)?.variants.map((v) => v.key) ?? [];
    for (const code of [-1010, -1013, -2010, -2011, -2038]) expect(keysOf(code)).toContain('insufficientBalance');
    expect(keysOf(-1013)).toContain('filterPriceFilter');
    expect(keysOf(-2010)).not.toContain('filterPriceFilter');
  });
});

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
    const changed = edit(options, '新订单太多； 当前限制为每％s ％s个订单。', '新订单太多；当前限制为每％s ％s个订单。');
    expect(() => catalogFromTexts('options', [changed])).toThrow(/-1015\.limit: Chinese text changed/);
  });

  it('a document whose placeholder count no longer matches the names', () => {
    const changed = edit(options, '  * Invalid symbol.\n', '  * Invalid symbol %s.\n');
    expect(() => catalogFromTexts('options', [changed])).toThrow(CatalogError);
  });

  it('a new variant the table does not name', () => {
    const changed = edit(edit(options, '  * Invalid symbol.\n', '  * Invalid symbol.\n  * Symbol is delisted.\n'), '  * 无效的交易对。\n', '  * 无效的交易对。\n  * 交易对已下架。\n');
    expect(() => catalogFromTexts('options', [changed])).toThrow(/-1121 has 2 variants: name them/);
  });

  it('a Chinese copy that lost a value, without an override', () => {
    const changed = edit(options, '参数`％s`为空。', '参数为空。');
    expect(() => catalogFromTexts('options', [changed])).toThrow(/-1105\.param: the zh page's text is broken \(placeholders: en has 1, zh has 0/);
  });

  it('an override for a code the document no longer has', () => {
    const { OVERRIDES } = inputsOf('options').overrides;
    const stale = { OVERRIDES: { ...OVERRIDES, [-6999]: { reason: 'A code Binance removed.' } } };
    expect(() => catalogFromTexts('options', [options], stale)).toThrow(/override for -6999, which the document does not have/);
  });

  it('but builds the vendored document', () => {
    expect(catalogFromTexts('options', [options]).codes).toHaveLength(122);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalog, CatalogError } from './build-catalog.js';
import { generatedFiles, SOURCE_PATH } from './generate.js';
import { OVERRIDES } from './overrides.js';
import { parseSource } from './parse-source.js';

const markdown = readFileSync(SOURCE_PATH, 'utf8');

describe('override table', () => {
  it('gives every entry a reason', () => {
    for (const [code, entry] of Object.entries(OVERRIDES)) {
      expect(entry.reason.trim(), code).not.toBe('');
      for (const variant of Object.values(entry.byVariant ?? {})) {
        if (variant.zh) expect(variant.zh.reason.trim(), code).not.toBe('');
      }
    }
  });

  it('refuses a zh fix once the Chinese text it was written against changes', () => {
    const changed = markdown.replace('新订单太多； 当前限制为每％s ％s个订单。', '新订单太多；当前限制为每％s ％s个订单。');
    expect(() => buildCatalog(parseSource(changed))).toThrow(/-1015\.limit: Chinese text changed/);
  });

  it('refuses a document whose placeholder count no longer matches the names', () => {
    const changed = markdown.replace('  * Invalid symbol.\n', '  * Invalid symbol %s.\n');
    expect(() => buildCatalog(parseSource(changed))).toThrow(CatalogError);
  });

  it('refuses a new variant the table does not name', () => {
    const changed = markdown
      .replace('  * Invalid symbol.\n', '  * Invalid symbol.\n  * Symbol is delisted.\n')
      .replace('  * 无效的交易对。\n', '  * 无效的交易对。\n  * 交易对已下架。\n');
    expect(() => buildCatalog(parseSource(changed))).toThrow(/-1121 has 2 variants: name them/);
  });

  it('refuses a Chinese copy that lost a value without an override', () => {
    const changed = markdown.replace('参数`％s`为空。', '参数为空。');
    expect(() => buildCatalog(parseSource(changed))).toThrow(/-1105\.param: Chinese has 0 placeholder/);
  });
});

describe('generated files', () => {
  it('are current (what `generate --check` verifies in CI)', () => {
    for (const [path, contents] of generatedFiles()) {
      expect(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'), path).toBe(contents);
    }
  });
});

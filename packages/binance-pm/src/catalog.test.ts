/** The tests every product runs on its generated catalog (see @exchange-errors/catalog-generator's src/testing). */
import { describeProduct } from '@exchange-errors/catalog-generator/testing';

describeProduct('pm');

import { bindProduct, type ErrorCodeInfo } from '@exchange-errors/binance-core';
import { describe, expect, it } from 'vitest';
import { PRODUCT as GENERATED } from './generated/catalog.js';
import { binancePmEager, formatBinancePmError, resolveBinancePmError } from './index.js';
import { binancePm } from './module.js';
import { PRODUCT } from './product.js';

describe('the pm package', () => {
  it('has the generated product in its lazy module', () => {
    expect(PRODUCT).toEqual(GENERATED);
    expect(binancePm).toMatchObject({ product: GENERATED.id, namespace: GENERATED.namespace, prefixes: GENERATED.apiPrefixes });
  });

  it('loads its catalog and texts on demand, and has them in memory eagerly', async () => {
    const catalog = await binancePm.loadCatalog();
    expect(catalog.codes.length).toBeGreaterThan(100);
    // The same codes as the eager catalog; its Chinese docs URLs use the English page's anchors, so
    // that an English app downloads no Chinese (the Chinese page's own come with the zh texts).
    const withoutZh = (codes: readonly ErrorCodeInfo[] | undefined) => codes?.map((c) => ({ ...c, docsUrl: c.docsUrl.en }));
    expect(withoutZh(catalog.codes)).toEqual(withoutZh(binancePmEager.catalog?.codes));
    expect(JSON.stringify(catalog)).not.toMatch(/[\u3400-\u9fff]/);
    const zh = await binancePm.loadTexts('zh');
    expect(zh).toBe(binancePmEager.texts?.zh);
  });

  it('formats an error read with the lazy catalog in Chinese with the Chinese page’s own docs anchor, as the eager one has it', async () => {
    const lazy = bindProduct(await binancePm.loadCatalog(), binancePm, { en: await binancePm.loadTexts('en'), zh: await binancePm.loadTexts('zh') });
    for (const info of binancePmEager.catalog?.codes ?? []) {
      const body = { code: info.code, msg: info.variants[0]?.server.replace(/%s/g, 'x') ?? '' };
      expect(lazy.format(body, { lng: 'zh' }).docsUrl, String(info.code)).toEqual(info.docsUrl);
      expect(lazy.format(body, { lng: 'en' }).docsUrl?.en, String(info.code)).toBe(info.docsUrl.en);
    }
  });

  it('reads every code of its catalog in both languages, never throwing', () => {
    for (const info of binancePmEager.catalog?.codes ?? []) {
      const variant = info.variants[0];
      const msg = variant ? variant.server.replace(/%s/g, 'x') : '';
      const resolved = resolveBinancePmError({ code: info.code, msg });
      expect(resolved).toMatchObject({ code: info.code, known: true, product: GENERATED.id, namespace: GENERATED.namespace });
      for (const lng of ['en', 'zh']) {
        const formatted = formatBinancePmError({ code: info.code, msg }, { lng });
        expect(formatted.title.trim()).not.toBe('');
        expect(formatted.message.trim()).not.toBe('');
        expect(formatted.title).not.toBe('Error');
      }
    }
  });
});

/** The tests every product runs on its generated catalog (see @exchange-errors/catalog-generator's src/testing). */
import { describeProduct } from '@exchange-errors/catalog-generator/testing';

describeProduct('pm');

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
    expect(catalog).toBe(binancePmEager.catalog);
    const zh = await binancePm.loadTexts('zh');
    expect(zh).toBe(binancePmEager.texts?.zh);
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

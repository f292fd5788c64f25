/** The tests every product runs on its generated catalog (see @exchange-errors/catalog-generator's src/testing). */
import { describeProduct } from '@exchange-errors/catalog-generator/testing';

describeProduct('coinm');

import { describe, expect, it } from 'vitest';
import { PRODUCT as GENERATED } from './generated/catalog.js';
import { binanceCoinmEager, formatBinanceCoinmError, resolveBinanceCoinmError } from './index.js';
import { binanceCoinm } from './module.js';
import { PRODUCT } from './product.js';

describe('the coinm package', () => {
  it('has the generated product in its lazy module', () => {
    expect(PRODUCT).toEqual(GENERATED);
    expect(binanceCoinm).toMatchObject({ product: GENERATED.id, namespace: GENERATED.namespace, prefixes: GENERATED.apiPrefixes });
  });

  it('loads its catalog and texts on demand, and has them in memory eagerly', async () => {
    const catalog = await binanceCoinm.loadCatalog();
    expect(catalog.codes.length).toBeGreaterThan(100);
    expect(catalog).toBe(binanceCoinmEager.catalog);
    const zh = await binanceCoinm.loadTexts('zh');
    expect(zh).toBe(binanceCoinmEager.texts?.zh);
  });

  it('reads every code of its catalog in both languages, never throwing', () => {
    for (const info of binanceCoinmEager.catalog?.codes ?? []) {
      const variant = info.variants[0];
      const msg = variant ? variant.server.replace(/%s/g, 'x') : '';
      const resolved = resolveBinanceCoinmError({ code: info.code, msg });
      expect(resolved).toMatchObject({ code: info.code, known: true, product: GENERATED.id, namespace: GENERATED.namespace });
      for (const lng of ['en', 'zh']) {
        const formatted = formatBinanceCoinmError({ code: info.code, msg }, { lng });
        expect(formatted.title.trim()).not.toBe('');
        expect(formatted.message.trim()).not.toBe('');
        expect(formatted.title).not.toBe('Error');
      }
    }
  });
});

/** The tests every product runs on its generated catalog (see @exchange-errors/catalog-generator's src/testing). */
import { describeProduct } from '@exchange-errors/catalog-generator/testing';

describeProduct('usdm');

import { describe, expect, it } from 'vitest';
import { PRODUCT as GENERATED } from './generated/catalog.js';
import { binanceUsdmEager, formatBinanceUsdmError, resolveBinanceUsdmError } from './index.js';
import { binanceUsdm } from './module.js';
import { PRODUCT } from './product.js';

describe('the usdm package', () => {
  it('has the generated product in its lazy module', () => {
    expect(PRODUCT).toEqual(GENERATED);
    expect(binanceUsdm).toMatchObject({ product: GENERATED.id, namespace: GENERATED.namespace, prefixes: GENERATED.apiPrefixes });
  });

  it('loads its catalog and texts on demand, and has them in memory eagerly', async () => {
    const catalog = await binanceUsdm.loadCatalog();
    expect(catalog.codes.length).toBeGreaterThan(100);
    expect(catalog).toBe(binanceUsdmEager.catalog);
    const zh = await binanceUsdm.loadTexts('zh');
    expect(zh).toBe(binanceUsdmEager.texts?.zh);
  });

  it('reads every code of its catalog in both languages, never throwing', () => {
    for (const info of binanceUsdmEager.catalog?.codes ?? []) {
      const variant = info.variants[0];
      const msg = variant ? variant.server.replace(/%s/g, 'x') : '';
      const resolved = resolveBinanceUsdmError({ code: info.code, msg });
      expect(resolved).toMatchObject({ code: info.code, known: true, product: GENERATED.id, namespace: GENERATED.namespace });
      for (const lng of ['en', 'zh']) {
        const formatted = formatBinanceUsdmError({ code: info.code, msg }, { lng });
        expect(formatted.title.trim()).not.toBe('');
        expect(formatted.message.trim()).not.toBe('');
        expect(formatted.title).not.toBe('Error');
      }
    }
  });
});

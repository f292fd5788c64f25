/** The tests every product runs on its generated catalog (see @exchange-errors/catalog-generator's src/testing). */
import { describeProduct } from '@exchange-errors/catalog-generator/testing';

describeProduct('spot');

import { describe, expect, it } from 'vitest';
import { PRODUCT as GENERATED } from './generated/catalog.js';
import { binanceSpotEager, formatBinanceSpotError, resolveBinanceSpotError } from './index.js';
import { binanceSpot } from './module.js';
import { PRODUCT } from './product.js';

describe('the spot package', () => {
  it('has the generated product in its lazy module', () => {
    expect(PRODUCT).toEqual(GENERATED);
    expect(binanceSpot).toMatchObject({ product: GENERATED.id, namespace: GENERATED.namespace, prefixes: GENERATED.apiPrefixes });
  });

  it('loads its catalog and texts on demand, and has them in memory eagerly', async () => {
    const catalog = await binanceSpot.loadCatalog();
    expect(catalog.codes.length).toBeGreaterThan(100);
    expect(catalog).toBe(binanceSpotEager.catalog);
    const zh = await binanceSpot.loadTexts('zh');
    expect(zh).toBe(binanceSpotEager.texts?.zh);
  });

  it('reads every code of its catalog in both languages, never throwing', () => {
    for (const info of binanceSpotEager.catalog?.codes ?? []) {
      const variant = info.variants[0];
      const msg = variant ? variant.server.replace(/%s/g, 'x') : '';
      const resolved = resolveBinanceSpotError({ code: info.code, msg });
      expect(resolved).toMatchObject({ code: info.code, known: true, product: GENERATED.id, namespace: GENERATED.namespace });
      for (const lng of ['en', 'zh']) {
        const formatted = formatBinanceSpotError({ code: info.code, msg }, { lng });
        expect(formatted.title.trim()).not.toBe('');
        expect(formatted.message.trim()).not.toBe('');
        expect(formatted.title).not.toBe('Error');
      }
    }
  });
});

/**
 * The generated parts (`binanceOptions.loadCatalogPart`, `loadTextsPart`) hold exactly the whole
 * catalog's and texts' entries for their codes, every code in one part, in every language.
 */
import type { CatalogTexts } from '@exchange-errors/core';
import { codePart } from '@exchange-errors/core/internal';
import { describe, expect, it } from 'vitest';
import { binanceOptionsEager } from './generated/eager.js';
import { binanceOptions } from './generated/index.js';

const PARTS = binanceOptions.parts ?? 0;

describe('the catalog and texts in parts', () => {
  it('every code is in the part codePart names, with the whole catalog’s entry', async () => {
    expect(PARTS).toBeGreaterThan(1);
    const whole = await binanceOptions.loadCatalog();
    const seen: number[] = [];
    for (let part = 0; part < PARTS; part++) {
      const catalog = await binanceOptions.loadCatalogPart!(part);
      expect(catalog).toMatchObject({ exchange: whole.exchange, product: whole.product, namespace: whole.namespace });
      for (const entry of catalog.codes) {
        expect(codePart(entry.code, PARTS)).toBe(part);
        expect(entry).toEqual(whole.codes.find((c) => c.code === entry.code));
        seen.push(entry.code);
      }
    }
    expect(seen.sort()).toEqual(whole.codes.map((c) => c.code).sort());
  });

  it('each part’s texts are the whole texts’ for its codes, with every key that is not a code’s but the explanations’', async () => {
    for (const language of binanceOptions.languages) {
      const whole = binanceOptionsEager.texts?.[language] as CatalogTexts;
      const codes: Record<string, unknown> = {};
      for (let part = 0; part < PARTS; part++) {
        const texts = await binanceOptions.loadTextsPart!(language, part);
        const { codes: own, ...rest } = texts as { codes: Record<string, unknown> };
        const { codes: _, explain, ...wholeRest } = whole as { codes: Record<string, unknown>; explain: unknown };
        expect(explain).toBeDefined();
        expect(rest).toEqual(wholeRest);
        for (const code of Object.keys(own)) expect(codePart(Number(code), PARTS)).toBe(part);
        Object.assign(codes, own);
      }
      expect(codes).toEqual((whole as { codes: unknown }).codes);
    }
  });
});

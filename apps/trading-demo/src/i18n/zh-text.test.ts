/**
 * The Chinese a trader reads around the kit's messages: the components' strings (@exchange-errors/react)
 * and the demo's own table, scanned for stray English words and for spaces beside full-width
 * punctuation (scripts/zh-text.mjs; the kit's own catalogs are scanned in binance-options).
 */
import { uiStrings } from '@exchange-errors/react';
import { describe, expect, it } from 'vitest';
import { spacedPunctuation, strayLatinWords } from '../../../../scripts/zh-text.mjs';
import { zh } from './zh.js';
import { zhTW } from './zhTW.js';

function leaves(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  return Object.entries(node as object).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

describe.each([
  ['the components’ strings', uiStrings.zh],
  ['the demo’s texts', zh],
  ['the demo’s Traditional texts', zhTW],
])('%s in Chinese', (_name, table) => {
  it('have no stray English word', () => {
    const found = leaves(table).flatMap(([key, text]) =>
      strayLatinWords(text).map((word) => `${key}: "${word}" in ${text}`),
    );
    expect(found).toEqual([]);
  });

  it('have no space beside full-width punctuation', () => {
    const found = leaves(table).flatMap(([key, text]) =>
      spacedPunctuation(text).map((gap) => `${key}: "${gap}" in ${text}`),
    );
    expect(found).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { formatDateTime, safeLanguageTag } from './locale.js';

describe('safeLanguageTag', () => {
  it.each([
    ['en_US', 'en-US'],
    ['zh_TW', 'zh-TW'],
    ['zh-Hant-TW', 'zh-Hant-TW'],
    ['EN-us', 'en-US'],
    ['', 'en'],
    ['   ', 'en'],
    ['x-klingon', 'en'],
    ['i-klingon', 'en'],
    ['cimode', 'en'],
    ['123', 'en'],
    ['a'.repeat(100), 'en'],
  ])('%j reads %j', (input, expected) => {
    expect(safeLanguageTag(input)).toBe(expected);
  });

  it('reads anything that is not a string as en', () => {
    for (const input of [undefined, null, 42, {}, Symbol('s')]) expect(safeLanguageTag(input)).toBe('en');
  });
});

describe('formatDateTime', () => {
  it('formats with a normalized tag and never throws', () => {
    const date = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
    for (const lng of ['en_US', 'zh_TW', '', 'x-klingon', '\u0000']) expect(formatDateTime(date, lng)).toMatch(/2026/);
    expect(formatDateTime(new Date(Number.NaN), 'en')).toBe('');
  });
});

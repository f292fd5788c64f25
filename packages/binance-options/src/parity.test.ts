/** Parity: both languages hold the same keys with the same placeholders, and nothing is empty. */
import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '@exchange-errors/catalog-generator';
import en from './generated/locales/en.js';
import zh from './generated/locales/zh.js';

function leaves(node: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      for (const [k, v] of leaves(value, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  } else {
    out.set(prefix, node);
  }
  return out;
}

const enLeaves = leaves(en);
const zhLeaves = leaves(zh);

describe('en and zh parity', () => {
  it('have the same keys', () => {
    expect([...zhLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  it('have the same placeholders in every message', () => {
    const differing: string[] = [];
    for (const [key, value] of enLeaves) {
      const a = placeholdersOf(String(value)).sort().join();
      const b = placeholdersOf(String(zhLeaves.get(key)))
        .sort()
        .join();
      if (a !== b) differing.push(`${key}: en {${a}} zh {${b}}`);
    }
    expect(differing).toEqual([]);
  });

  it.each([
    ['en', enLeaves],
    ['zh', zhLeaves],
  ])('has no empty or non-string message in %s', (_lng, map) => {
    for (const [key, value] of map) {
      expect(typeof value, key).toBe('string');
      expect(String(value).trim(), key).not.toBe('');
    }
  });

  it('catches a placeholder that differs (the check itself can fail)', () => {
    expect(placeholdersOf('limit {{limit}} per {{interval}}').sort()).not.toEqual(
      placeholdersOf('每 {{limit}}').sort(),
    );
  });
});

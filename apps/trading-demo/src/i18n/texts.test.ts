import { expect, it } from 'vitest';
import { en } from './en.js';
import { zh } from './zh.js';
import { zhTW } from './zhTW.js';

function flatten(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value as object, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

it.each([
  ['Simplified', zh],
  ['Traditional', zhTW],
])('the demo’s %s Chinese texts have every English key, with the same placeholders, and none empty', (_, table) => {
  const english = flatten(en);
  const chinese = flatten(table);
  expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  for (const [key, text] of english) {
    const other = chinese.get(key) ?? '';
    expect(other.trim(), key).not.toBe('');
    expect(placeholders(other), key).toEqual(placeholders(text));
  }
});

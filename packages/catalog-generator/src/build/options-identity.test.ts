/**
 * Moving Options onto the one generator changed no byte: the files it writes are the ones the
 * previous, Options-only generator (packages/binance-options/scripts/{parse-source,build-catalog,emit}.ts,
 * removed when the package switched) wrote from the same inputs. Their SHA-256 were taken from that
 * generator's output, checked equal to the committed files, before it was removed. One change was
 * made on purpose since, and is undone here before comparing (so that nothing else can slip in): a
 * code's anchor is the English page's alone (`"anchor": "…"`, where Options' Chinese page has the
 * same), and the Chinese module's type allows the Chinese page's own anchors (`docs`).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../sources.js';
import { generatedFiles } from './generate.js';
import { PRODUCT_CONFIGS } from './products.js';

const PREVIOUS_GENERATOR: Readonly<Record<string, string>> = {
  'locales/en/binanceOptions.json': '01421b35544d0594d77c697545239c5c588227c6a340328efe070243205b4f74',
  'locales/zh/binanceOptions.json': '414faeb841c189af7662838178fb1c89a4ac7e757fc90c60f63ff117902625c8',
  'src/generated/locales/en.ts': 'f922c05bbff49a1dd1764105fcaf83bb9ed99a56e3787d6eb741a250695a3bf0',
  'src/generated/locales/zh.ts': '639a3d18f7171308fb2b1cfa5199e3eb51b9d054ca675ff3d61d0ff1e199e46b',
  'src/generated/catalog.ts': '543cae4f32b997be6e9b06aca70d5c1d183d431e4110cef4734c7a90aaa38a6c',
};

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The file as the previous generator wrote it: the deliberate change above undone. */
function asBefore(path: string, text: string): string {
  if (path === 'src/generated/catalog.ts') {
    return text.replace(
      /^( *)"anchor": ("[^"\n]*"),$/gm,
      (_line, indent: string, anchor: string) =>
        `${indent}"anchor": {\n${indent}  "en": ${anchor},\n${indent}  "zh": ${anchor}\n${indent}},`,
    );
  }
  if (path === 'src/generated/locales/zh.ts')
    return text.replace(
      'const zh: typeof en & { readonly docs?: Readonly<Record<string, string>> } = {',
      'const zh: typeof en = {',
    );
  return text;
}

describe('Options through the one generator', () => {
  const files = generatedFiles('options');

  it('writes exactly the files the previous generator wrote', () => {
    expect([...files.keys()].sort()).toEqual(Object.keys(PREVIOUS_GENERATOR).sort());
  });

  it.each(Object.entries(PREVIOUS_GENERATOR))('%s is byte-identical to the previous generator’s', (path, hash) => {
    expect(sha256(asBefore(path, files.get(path) ?? ''))).toBe(hash);
  });

  it.each(Object.keys(PREVIOUS_GENERATOR))('%s is what the package ships', (path) => {
    expect(readFileSync(join(REPO_ROOT, PRODUCT_CONFIGS.options.packageDir, path), 'utf8')).toBe(files.get(path));
  });
});

// What the consumer checks expect, read from the workspace, never copied here: the products' texts
// as their packages ship them and the React kit's UI strings as it is built.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const workspace = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages');

/** A product's namespace as its package ships it (`locales/<lng>/<namespace>.json`). */
export const locale = (dir, namespace, lng) =>
  JSON.parse(readFileSync(join(workspace, dir, 'locales', lng, `${namespace}.json`), 'utf8'));
export const EN = locale('binance-options', 'binanceOptions', 'en');
export const ZH = locale('binance-options', 'binanceOptions', 'zh');

/** The kit's own UI strings (en and zh), from the React package's build: the labels the checks click and read. */
export async function uiStrings() {
  const [{ detailsStrings }, { toastStrings }] = await Promise.all([
    import('../packages/react/dist/ErrorDetails/strings.js'),
    import('../packages/react/dist/i18n/strings.js'),
  ]);
  return { en: { ...toastStrings.en, ...detailsStrings.en }, zh: { ...toastStrings.zh, ...detailsStrings.zh } };
}

/** The toaster's region label as the server renders it (`aria-label`), per language, from the built kit. */
export async function regionLabels() {
  const { regionStrings } = await import('../packages/react/dist/i18n/regionStrings.js');
  const label = (lng) => regionStrings[lng].regionWithHotkey.replace('{{hotkey}}', 'F8');
  return { en: label('en'), zh: label('zh') };
}

// The one minimal app every size and latency figure is measured on: React + react-dom + i18next +
// react-i18next (what every variant has), one button, built by Vite for production. Variants differ
// only in `toasts.jsx`: no toast library, the kit with the README's recommended setup, the kit with
// both languages added up front, sonner, react-hot-toast, react-toastify. Each shows the same raw
// Binance body the way its library is meant to be used (the peers show the server's `msg`).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const pkg = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const work = join(pkg, '.size');
// Read from node_modules directly: not every library lists ./package.json in its exports map.
const version = (name) => JSON.parse(readFileSync(join(pkg, 'node_modules', name, 'package.json'), 'utf8')).version;

export const BODY = '{"code":-1121,"msg":"Invalid symbol."}';
const catalogEn = JSON.parse(readFileSync(join(pkg, '../binance-options/locales/en/binanceOptions.json'), 'utf8'));

/** Raw bodies for repeated shows (distinct codes, so that nothing coalesces) and the text each toast ends with. */
export const WARM_CODES = [
  '-1121',
  '-1100',
  '-1111',
  '-1115',
  '-1116',
  '-1117',
  '-1118',
  '-1120',
  '-2010',
  '-2011',
].filter((code) => catalogEn.codes[code]);

/**
 * @typedef {object} Variant
 * @property {string} name
 * @property {string} label
 * @property {string} toasts  source of toasts.jsx: exports `Toasts`, `notify(body)`, `dismissAll()`,
 *   and `setup(i18n)` when the library wants the app's instance once it is initialised
 * @property {(code: string) => string} expected  the text that is on screen once the toast for `code` is complete
 * @property {string} [toastSelector]  an element of the library's toast: its first appearance, whatever it says
 * @property {Record<string, string>} [files]  more source files beside toasts.jsx, by name
 */

/** The kit's toasts dismissed as a trader would, with their own Dismiss buttons (the harness must not pull the store in up front). */
const KIT_DISMISS_ALL = `export const dismissAll = () =>
  document.querySelectorAll('[data-ee-toaster] button[aria-label="Dismiss"]').forEach((b) => b.click());
`;

/** @type {Variant[]} */
export const VARIANTS = [
  {
    name: 'none',
    label: 'the app without a toast library',
    toasts: `export const Toasts = () => null;
export function notify() {}
export function dismissAll() {}
`,
    expected: () => '',
  },
  {
    name: 'kit',
    label: `@exchange-errors/react ${JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version} (README setup)`,
    toasts: `import { binanceOptions } from '@exchange-errors/binance-options';
import { ErrorToaster, registerCatalogs, showError } from '@exchange-errors/react';
registerCatalogs(binanceOptions);
export const Toasts = () => <ErrorToaster />;
export const notify = (body) => showError(body);
${KIT_DISMISS_ALL}`,
    // The localized title comes from the catalog: before it arrives the toast shows what is in hand.
    expected: (code) => catalogEn.codes[code].title,
    toastSelector: '[data-ee-toast]',
  },
  {
    name: 'kit-both',
    label: '  with binanceOptionsEager + loadErrors (en + zh)',
    toasts: `import { loadErrors } from '@exchange-errors/core';
import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import { ErrorToaster, registerCatalogs, showError } from '@exchange-errors/react';
import '@exchange-errors/react/styles.css';
registerCatalogs(binanceOptionsEager);
export const setup = (i18n) => Promise.all(['en', 'zh'].map((lng) => loadErrors(i18n, [binanceOptionsEager], lng)));
export const Toasts = () => <ErrorToaster />;
export const notify = (body) => showError(body);
${KIT_DISMISS_ALL}`,
    expected: (code) => catalogEn.codes[code].title,
    toastSelector: '[data-ee-toast]',
  },
  {
    name: 'sonner',
    label: `sonner ${version('sonner')}`,
    toasts: `import { Toaster, toast } from 'sonner';
export const Toasts = () => <Toaster />;
export const notify = (body) => toast.error(JSON.parse(body).msg);
export const dismissAll = () => toast.dismiss();
`,
    expected: (code) => serverMessage(code),
    toastSelector: '[data-sonner-toast]',
  },
  {
    name: 'hot',
    label: `react-hot-toast ${version('react-hot-toast')}`,
    toasts: `import toast, { Toaster } from 'react-hot-toast';
export const Toasts = () => <Toaster />;
export const notify = (body) => toast.error(JSON.parse(body).msg);
export const dismissAll = () => toast.remove();
`,
    expected: (code) => serverMessage(code),
    toastSelector: '[role="status"]',
  },
  {
    name: 'toastify',
    label: `react-toastify ${version('react-toastify')}`,
    toasts: `import { ToastContainer, toast } from 'react-toastify';
export const Toasts = () => <ToastContainer />;
export const notify = (body) => toast.error(JSON.parse(body).msg);
export const dismissAll = () => toast.dismiss();
`,
    expected: (code) => serverMessage(code),
    toastSelector: '.Toastify__toast',
  },
];

/** A lazy chunk of one function that writes the text: the least a lazy first toast runs. */
const FLOOR_MODULE = `export function show(text) {
  const node = document.createElement('div');
  node.dataset.floor = '';
  node.textContent = text;
  document.body.append(node);
}
`;

/**
 * A reference that fetches floor.js, and `parts` more one-line chunks beside it, on the call.
 * @param {Pick<Variant, 'name' | 'label'>} variant
 * @param {readonly string[]} parts
 * @returns {Variant}
 */
function floorReference({ name, label }, parts) {
  const imports = ["import('./floor.js')", ...parts.map((part) => `import('./${part}.js')`)];
  const loaded =
    parts.length === 0 ? `${imports[0]}.then((m) =>` : `Promise.all([${imports.join(', ')}]).then(([m]) =>`;
  return {
    name,
    label,
    toasts: `export const Toasts = () => null;
export const notify = (body) => {
  void ${loaded} m.show(JSON.parse(body).msg));
};
export const dismissAll = () => document.querySelectorAll('[data-floor]').forEach((n) => n.remove());
`,
    files: {
      'floor.js': FLOOR_MODULE,
      ...Object.fromEntries(parts.map((part) => [`${part}.js`, `export const part = '${part}';\n`])),
    },
    expected: (code) => serverMessage(code),
  };
}

/**
 * Not libraries: bounds the latency bench prints beside them, to tell what a design costs from what
 * the kit's own code costs. Built and timed like the libraries, never in the size budget.
 */
export const REFERENCES = [
  // The least any lazy first toast pays: a chunk of one function, fetched and run on the call.
  floorReference({ name: 'floor', label: 'reference: one lazy module, no library' }, []),
  // What each chunk fetched beside another adds: the kit's first toast fetches three.
  floorReference({ name: 'floor-3', label: 'reference: three lazy modules at once, no library' }, ['part-a', 'part-b']),
  {
    name: 'kit-in-page',
    label: 'reference: the kit with every chunk in the page',
    // Not a supported setup (the controller is internal): the kit's own work with no chunk to fetch.
    // Its chunks are evaluated with the page (the controller's module by the static import, kept by
    // the call, which only hands the store its engine as the chunk's onLoad would); the stylesheet
    // and the texts still go in with the first error, as in the README setup.
    toasts: `import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import { ErrorToaster, registerCatalogs, showError } from '@exchange-errors/react';
import { takeWaitingErrors } from '@exchange-errors/react/controller';
registerCatalogs(binanceOptionsEager);
takeWaitingErrors();
export const Toasts = () => <ErrorToaster />;
export const notify = (body) => showError(body);
${KIT_DISMISS_ALL}`,
    expected: (code) => catalogEn.codes[code].title,
    toastSelector: '[data-ee-toast]',
  },
];

/** The document's default English message of a code: what Binance sends and the peers show. */
export function serverMessage(code) {
  return catalogEn.codes[code].messages.default;
}

/** A raw Binance body for `code`. */
export function bodyFor(code) {
  return JSON.stringify({ code: Number(code), msg: serverMessage(code) });
}

const MAIN = `import i18next from 'i18next';
import { createRoot } from 'react-dom/client';
import { initReactI18next, useTranslation } from 'react-i18next';
import * as toasts from './toasts.jsx';

const { dismissAll, notify, Toasts } = toasts;

i18next.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  defaultNS: 'app',
  resources: { en: { app: { place: 'Place order' } } },
  interpolation: { escapeValue: false },
});
toasts.setup?.(i18next);

const BODY = ${JSON.stringify(BODY)};

function App() {
  const { t } = useTranslation();
  return (
    <main>
      <button type="button" onClick={() => notify(BODY)}>{t('place')}</button>
      <Toasts />
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
// The measurement harness calls these; the latency build keeps dismissAll, the size build drops it.
window.__show = (body) => notify(body ?? BODY);
if (import.meta.env.MODE === 'latency') window.__dismissAll = dismissAll;
`;

const HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>size</title></head>
  <body><div id="root"></div><script type="module" src="./main.jsx"></script></body>
</html>
`;

/**
 * Builds one variant for production into .size/<name>/dist and returns that folder.
 * @param {Variant} variant
 * @param {{ mode?: 'production' | 'latency' }} [options]
 */
export async function buildApp(variant, { mode = 'production' } = {}) {
  const dir = join(work, `${variant.name}-${mode}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), HTML);
  writeFileSync(join(dir, 'main.jsx'), MAIN);
  writeFileSync(join(dir, 'toasts.jsx'), variant.toasts);
  for (const [name, content] of Object.entries(variant.files ?? {})) writeFileSync(join(dir, name), content);
  await build({
    configFile: false,
    root: dir,
    mode,
    logLevel: 'silent',
    // The package under test resolves to its own build, as an installed copy would.
    resolve: {
      alias: [
        { find: /^@exchange-errors\/react\/styles\.css$/, replacement: join(pkg, 'dist/styles.css') },
        // For the in-page reference only: the controller chunk's module, imported statically.
        {
          find: /^@exchange-errors\/react\/controller$/,
          replacement: join(pkg, 'dist/ErrorToaster/ToasterController.js'),
        },
        { find: /^@exchange-errors\/react$/, replacement: join(pkg, 'dist/index.js') },
      ],
    },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: join(dir, 'dist'),
      emptyOutDir: true,
      reportCompressedSize: false,
      manifest: true,
      sourcemap: process.env.EE_SOURCEMAP === '1' /* to attribute bytes to sources */,
    },
  });
  return join(dir, 'dist');
}

/**
 * The files the built page loads through its own HTML: the entry, its static imports and their CSS
 * (read from Vite's manifest). Anything else the page fetches came from a dynamic import.
 * @param {string} dist
 * @returns {Set<string>} paths as the browser requests them (`/assets/…`)
 */
export function staticGraph(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const out = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || out.has(`/${chunk.file}`)) return;
    out.add(`/${chunk.file}`);
    for (const css of chunk.css ?? []) out.add(`/${css}`);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('index.html');
  return out;
}

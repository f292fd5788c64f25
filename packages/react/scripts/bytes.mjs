// What an app downloads for a toast library, measured the way the app pays it: its production build
// loaded in Chromium, every JS and CSS file the page fetches counted at its gzip -9 size. Shared by
// the size budget (size.mjs, CI) and the benchmark (latency.mjs, `npm run bench`), so that both print
// the same figures from the same measurement.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { showAndWait } from './browser.mjs';
import { BODY, staticGraph } from './size-apps.mjs';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const signed = (bytes) => `${bytes >= 0 ? '+' : '−'}${kB(Math.abs(bytes))}`;

/**
 * Loads the built app, shows one toast, and sorts what was fetched: up front (the page's own files),
 * at load (what came after mount, before any error) and first toast (everything until the toast's
 * final text, for the kit the catalog's localized title, is in the DOM).
 * @param {import('playwright-core').Browser} browser
 * @param {import('./size-apps.mjs').Variant} variant
 * @param {string} dist
 */
export async function measureBytes(browser, variant, dist) {
  const server = await serveStatic(dist);
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/\.(m?js|css)$/.test(path)) requests.push({ path, at: Date.now() });
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  try {
    await page.goto(server.url, { waitUntil: 'networkidle' });
    const atLoad = requests.length;
    let shownAt = Date.now();
    if (variant.name !== 'none')
      ({ at: shownAt } = await page.evaluate(showAndWait, [BODY, variant.expected('-1121'), 10_000]));
    if (errors.length > 0) throw new Error(`${variant.name}: the page logged errors: ${errors.join(' | ')}`);
    const graph = staticGraph(dist);
    const sizes = (list) => {
      const out = { js: 0, css: 0, files: [] };
      for (const path of new Set(list.map((r) => r.path))) {
        const content = readFileSync(join(dist, path));
        const bytes = gz(content);
        if (path.endsWith('.css')) out.css += bytes;
        else out.js += bytes;
        out.files.push({ path, bytes, text: content.toString('utf8') });
      }
      return out;
    };
    const loaded = requests.slice(0, atLoad);
    const missing = [...graph].filter((path) => !loaded.some((r) => r.path === path));
    if (missing.length > 0) throw new Error(`${variant.name}: the page did not load ${missing.join(', ')}`);
    return {
      upFront: sizes(loaded.filter((r) => graph.has(r.path))),
      atLoad: sizes(loaded),
      firstToast: sizes(requests.filter((r, i) => i < atLoad || r.at <= shownAt)),
    };
  } finally {
    await context.close();
    await server.close();
  }
}

const total = (part) => part.js + part.css;

/**
 * What each variant adds to the app without a toast library (`none` must be among the results).
 * @param {Map<string, Awaited<ReturnType<typeof measureBytes>>>} results
 */
export function addedBytes(results) {
  const base = results.get('none');
  if (!base) throw new Error('the app without a toast library was not measured');
  const baseTotal = total(base.upFront);
  const out = new Map();
  for (const [name, r] of results) {
    if (name === 'none') continue;
    const upFrontPaths = r.upFront.files.map((f) => f.path);
    out.set(name, {
      upJs: r.upFront.js - base.upFront.js,
      upCss: r.upFront.css - base.upFront.css,
      up: total(r.upFront) - baseTotal,
      load: total(r.atLoad) - baseTotal,
      first: total(r.firstToast) - baseTotal,
      lazy: r.firstToast.files.filter((f) => !upFrontPaths.includes(f.path)),
    });
  }
  return { base: baseTotal, added: out };
}

/** A chunk's file name without Vite's hash: `assets/catalog-D06CG410.js` → `catalog`. */
export const chunkName = (path) => path.replace(/^\/assets\/|-[\w-]{8}\.(js|css)$/g, '');

/**
 * The table of what each library adds, and the kit's chunks by the first toast.
 * @param {ReturnType<typeof addedBytes>} measured
 * @param {readonly import('./size-apps.mjs').Variant[]} variants
 */
export function printBytes({ base, added }, variants) {
  console.log('What an app pays, gzip -9: the same Vite 8 production app, loaded in Chromium; each figure is');
  console.log(`what the library adds to the app without one (React, react-dom, i18next, react-i18next: ${kB(base)}).`);
  console.log('"up front" is the page\'s own JS and CSS (entry, static imports, stylesheets); "at load" adds the');
  console.log(
    'chunks fetched on mount before any error; "first toast" is everything fetched until its final text is in the DOM.\n',
  );
  const header = ['', 'up front JS', 'CSS', 'up front', 'at load', 'first toast'];
  const rows = variants
    .filter((v) => added.has(v.name))
    .map((v) => {
      const a = added.get(v.name);
      return [v.label, signed(a.upJs), signed(a.upCss), signed(a.up), signed(a.load), signed(a.first)];
    });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[0]) : c.padStart(widths[i]))).join('  ')}`;
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  for (const name of ['kit', 'kit-both']) {
    const lazy = added.get(name)?.lazy ?? [];
    if (lazy.length > 0)
      console.log(
        `  ${name}: fetched after the page's own files: ${lazy.map((f) => `${chunkName(f.path)} ${kB(f.bytes)}`).join(', ')}`,
      );
  }
}

/**
 * The issue's byte targets for the kit against the peers, as ratios (#20: up front ≤ react-hot-toast's,
 * first toast ≤ 2× sonner's, the moonshot ≤ sonner's). Returns the lines to print.
 * @param {ReturnType<typeof addedBytes>['added']} added
 */
export function byteTargets(added) {
  const kit = added.get('kit');
  const hot = added.get('hot');
  const sonner = added.get('sonner');
  const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
  const verdict = (ok) => (ok ? 'met' : 'NOT met');
  return [
    `  up front ≤ react-hot-toast's: ${kB(kit.up)} vs ${kB(hot.up)} (${ratio(kit.up, hot.up)}): ${verdict(kit.up <= hot.up)}`,
    `  first toast ≤ 2× sonner's: ${kB(kit.first)} vs ${kB(sonner.first)} (${ratio(kit.first, sonner.first)}): ${verdict(kit.first <= 2 * sonner.first)}`,
    `  moonshot, first toast ≤ sonner's: ${verdict(kit.first <= sonner.first)}`,
  ];
}

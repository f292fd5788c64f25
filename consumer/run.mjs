// The consumer check (`pnpm test:consumer`, part of `npm test`): the kit as a team outside this
// workspace gets it. Packs every package with pnpm, installs the tarballs with npm (no workspace
// links) into apps that are not part of the workspace, in two variants of the peers, and checks:
//
//   - install: the tarballs install, nothing is linked, the pinned peers are what got installed;
//   - types: the apps type-check against the published .d.ts with `skipLibCheck: false`;
//   - the full app (Vite production build, Debian's Chromium), Options and Spot registered: the app's
//     own namespace and its overrides of one kit UI text and one catalog message survive the kit and
//     win; a toast for a raw Binance body in English; ErrorDetails; a Spot error with Spot's wording
//     and its details naming the product; switching to Chinese; no console error;
//   - the toaster-only app (English, Options only, the README's setup): no Chinese catalog is
//     downloaded, nothing of the other products, and no ErrorDetails code until Details is opened;
//   - Node: a log line from the catalog package, ErrorDetails rendered to a string (SSR);
//   - a Node service with the engine, Options, Spot and USDⓈ-M (no i18next, no React) type-checks with
//     skipLibCheck false, and reads one -2022 body as Spot or as USDⓈ-M with `format`.
//
// Each check counts once in `npm test`'s summary: consumer/reports/consumer.json (Jest-style totals).
// `node consumer/run.mjs [--variant react19|react18]` runs it alone (after `pnpm build`). The apps are
// assembled under ~/.cache/exchange-errors-consumer/ (or CONSUMER_WORK_DIR), outside any project.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { auditTarball, packAll } from '../scripts/pack.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { EN, locale, uiStrings, workspace, ZH } from './expected.mjs';
import { FRAMEWORK_PACKAGES, frameworkChecks, writeFrameworks } from './frameworks.mjs';
import {
  appEnv,
  assert,
  assertInstalledFromTarballs,
  check,
  detailsRow,
  exec,
  notRun,
  npmInstall,
  results,
  tail,
  toasts,
  watch,
} from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
// Outside the repository: inside it, Node and TypeScript would climb to the workspace's node_modules
// and find what the app did not install (i18next for the Node service, for one). Not under the temp
// directory either: on a shared machine anyone can leave a /tmp/node_modules there. The user's cache
// folder, one folder per clone, kept between runs so that npm only replaces our two packages.
const cacheHome = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
const work =
  process.env.CONSUMER_WORK_DIR ??
  join(cacheHome, 'exchange-errors-consumer', createHash('sha256').update(here).digest('hex').slice(0, 10));
const reportFile = join(here, 'reports', 'consumer.json');
const SPOT = { en: locale('binance-spot', 'binanceSpot', 'en'), zh: locale('binance-spot', 'binanceSpot', 'zh') };
const USDM = { en: locale('binance-usdm', 'binanceUsdm', 'en'), zh: locale('binance-usdm', 'binanceUsdm', 'zh') };

/** The product packages: their folder and namespace, and what the reports call them. */
const PRODUCTS = [
  { id: 'options', dir: 'binance-options', namespace: 'binanceOptions', label: 'Options' },
  { id: 'spot', dir: 'binance-spot', namespace: 'binanceSpot', label: 'Spot' },
  { id: 'usdm', dir: 'binance-usdm', namespace: 'binanceUsdm', label: 'USDⓈ-M' },
  { id: 'coinm', dir: 'binance-coinm', namespace: 'binanceCoinm', label: 'COIN-M' },
  { id: 'pm', dir: 'binance-pm', namespace: 'binancePm', label: 'Portfolio Margin' },
  // Bybit's one product: installed with the rest, registered by no app here (it must cost them nothing).
  { id: 'v5', dir: 'bybit', namespace: 'bybit', label: 'Bybit' },
];
const KIT = [
  '@exchange-errors/core',
  // Binance's adapter and the order rules its products share: every Binance product depends on it.
  '@exchange-errors/binance',
  ...PRODUCTS.map((p) => `@exchange-errors/${p.dir}`),
  '@exchange-errors/react',
];
/** What the React apps install: every tarball (the products they do not register are there to prove they cost nothing). */
const APP_PACKAGES = KIT;
/** What the Node service installs: the engine, the shared order rules and three products; not the React kit, COIN-M or PM. */
const SERVICE_PACKAGES = [
  '@exchange-errors/core',
  '@exchange-errors/binance',
  '@exchange-errors/binance-options',
  '@exchange-errors/binance-spot',
  '@exchange-errors/binance-usdm',
];

/** `{{name}}` placeholders filled as i18next fills them (no escaping: the kit's texts are plain text). */
const interpolate = (template, values) => template.replace(/\{\{(\w+)\}\}/g, (_, name) => String(values[name]));

/** The generated name of a code in Spot's and USDⓈ-M's catalogs (their `./data`, as built in the workspace). */
async function codeNames(code) {
  const [spot, usdm] = await Promise.all(
    ['binance-spot', 'binance-usdm'].map((dir) => import(`../packages/${dir}/dist/generated/catalog.js`)),
  );
  // The generated catalogs' codes, read from their compact rows.
  const name = (module) => module.codes().find((c) => c.code === code)?.name;
  return { spot: name(spot), usdm: name(usdm) };
}

/** Exact versions, checked on the registry when chosen (`npm view <name> version`). */
const VARIANTS = {
  // The newest majors of every peer.
  react19: {
    react: '19.3.1',
    'react-dom': '19.3.1',
    i18next: '27.1.5',
    'react-i18next': '18.0.2',
    '@types/react': '19.3.0',
    '@types/react-dom': '19.3.0',
  },
  // The oldest the kit supports: React 18.3, i18next 23, react-i18next 14.
  react18: {
    react: '18.3.1',
    'react-dom': '18.3.1',
    i18next: '23.16.8',
    'react-i18next': '14.1.3',
    '@types/react': '18.3.31',
    '@types/react-dom': '18.3.7',
  },
};
const TOOLS = { vite: '8.3.8', typescript: '6.0.3' };
const NODE_SERVICE_TOOLS = { typescript: '6.0.3', '@types/node': '20.19.43' };

// ---------------------------------------------------------------------------------------------
// Setup: tarballs, then one folder per app with a package.json naming them by path.

/** The tarballs of `names`; one that was not packed is a `file:` path that does not exist, so npm fails on it loudly. */
function pick(tarballs, names) {
  return Object.fromEntries(
    names.map((name) => [
      name,
      tarballs[name] ?? `file:${join(work, 'tarballs', 'missing', `${name.replace('/', '-')}.tgz`)}`,
    ]),
  );
}

function writeApp(name, tarballs, peers) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const entry of ['src', 'node', 'full.html', 'toaster.html', 'tsconfig.json', 'vite.config.mjs']) {
    rmSync(join(dir, entry), { recursive: true, force: true });
    cpSync(join(here, 'app', entry), join(dir, entry), { recursive: true });
  }
  const pkg = {
    name: `consumer-${name}`,
    private: true,
    type: 'module',
    dependencies: { ...pick(tarballs, APP_PACKAGES), ...peers },
    devDependencies: { ...TOOLS },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  return dir;
}

function writeNodeService(tarballs) {
  const dir = join(work, 'node-service');
  mkdirSync(dir, { recursive: true });
  for (const entry of ['src', 'tsconfig.json']) {
    rmSync(join(dir, entry), { recursive: true, force: true });
    cpSync(join(here, 'node-service', entry), join(dir, entry), { recursive: true });
  }
  const pkg = {
    name: 'consumer-node-service',
    private: true,
    type: 'module',
    // The engine and the products the service logs errors of: nothing of React, no i18next.
    dependencies: pick(tarballs, SERVICE_PACKAGES),
    devDependencies: { ...NODE_SERVICE_TOOLS },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Browser checks.

/**
 * Every response body the page received, in order of arrival. Reading a body is asynchronous, so
 * `settled()` waits for the reads under way: without it a loaded machine checks before the last
 * chunk's body is in.
 */
function record(page) {
  const bodies = [];
  const reads = new Set();
  page.on('response', (response) => {
    const read = response
      .body()
      .then((body) => bodies.push({ url: response.url(), text: body.toString('utf8') }))
      .catch(() => {
        // A body that is gone (navigation) has nothing to inspect.
      })
      .finally(() => reads.delete(read));
    reads.add(read);
  });
  return {
    async settled() {
      while (reads.size > 0) await Promise.all([...reads]);
      return bodies;
    },
  };
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/g;
// Titles and hints of the Chinese catalog, less those the kit's own zh UI strings say too (its
// generic title for an unknown outcome, 结果未知, is also a code's title): those are no catalog's.
const KIT_CODE = kitCode();
const ZH_CATALOG_TEXTS = Object.values(ZH.codes)
  .flatMap((c) => [c.title, c.hint])
  .filter((t) => t && t.length >= 4 && !KIT_CODE.includes(t));
// A key only ErrorDetails' strings have (class names are in the stylesheet the toaster carries).
const DETAILS_MARKER = 'learnMoreLabel';

/** Every string under a namespace's subtree. */
const stringsOf = (value) =>
  typeof value === 'string'
    ? [value]
    : value !== null && typeof value === 'object'
      ? Object.values(value).flatMap(stringsOf)
      : [];

/** The React kit's built code, every file joined: texts in it are the kit's own, not a catalog's. */
function kitCode() {
  return filesUnder(join(workspace, 'react', 'dist'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\0');
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * Per product, the texts only its catalog has (titles, hints and messages of its codes, en and zh):
 * in no other product's catalog, nor in the React kit's code, so any page that receives one has
 * received that product's catalog. Only texts a bundler copies as they are (no quotes, backslashes,
 * braces or markup, which minifiers may escape), of 16 characters or more.
 */
function productMarkers() {
  const texts = Object.fromEntries(
    PRODUCTS.map((p) => [
      p.id,
      new Set(['en', 'zh'].flatMap((lng) => stringsOf(locale(p.dir, p.namespace, lng).codes))),
    ]),
  );
  return Object.fromEntries(
    PRODUCTS.map((p) => {
      const elsewhere = [...PRODUCTS.filter((o) => o.id !== p.id).flatMap((o) => [...texts[o.id]]), KIT_CODE].join(
        '\0',
      );
      return [
        p.id,
        [...texts[p.id]].filter((t) => t.length >= 16 && !/[\\"'`{}<>&\n]/.test(t) && !elsewhere.includes(t)),
      ];
    }),
  );
}

/** The response bodies that hold one of a product's markers, with the first marker each holds. */
function productBytes(bodies, markers) {
  return bodies.flatMap((b) => {
    const found = markers.find((t) => b.text.includes(t));
    return found ? [`${new URL(b.url).pathname}: "${found}"`] : [];
  });
}

/** The full app's checks, in order (also what is reported as not run when the app does not build). */
const fullAppNames = (variant) =>
  [
    "the app's namespace and its overrides of a UI text and a catalog message survive the kit and win",
    'a raw Binance body shows a toast in English; ErrorDetails renders and names the product its request path says (Options)',
    'a Spot error (-2010 insufficient balance, path /api/v3/order) shows a toast in Spot’s English wording; its Details say Product: Spot; what arrives of Spot holds no Chinese',
    'switching to Chinese re-renders the toast and ErrorDetails in Chinese',
    'the Spot error in Chinese: a toast in Spot’s Chinese wording; its Details say 产品: 现货',
    'downloads nothing of USDⓈ-M, COIN-M, Portfolio Margin or Bybit (installed beside it, not registered)',
    'no console error, no failed request',
  ].map((what) => `${variant}: full app: ${what}`);

/**
 * A Spot error's toast in one language: its title and message are Spot's variant texts, and its
 * Details dialog names the product. Closes the dialog again.
 */
async function spotToastAndDetails(page, lng, ui) {
  const texts = SPOT[lng].codes['-2010'];
  const toast = toasts(page).filter({ hasText: texts.titles.insufficientBalance });
  await toast.getByText(texts.messages.insufficientBalance, { exact: true }).waitFor({ timeout: 10_000 });
  await toast.getByRole('button', { name: ui[lng].details, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('heading', { name: texts.titles.insufficientBalance }).waitFor({ timeout: 10_000 });
  const product = (await detailsRow(dialog, ui[lng].product).innerText({ timeout: 5_000 })).trim();
  assert(
    product === ui[lng].productSpot,
    `the details' ${ui[lng].product} row says "${product}", not "${ui[lng].productSpot}"`,
  );
  const hint = texts.hints.insufficientBalance;
  assert((await dialog.innerText()).includes(hint), `the details lack Spot's hint "${hint}"`);
  // With the mouse, as it was opened: the pointer is still on the toaster (inside the modal while it
  // is open), which must not lay its stack out over the dialog's Close button (it did at 1280x720).
  await dialog.getByRole('button', { name: ui[lng].close, exact: true }).click({ timeout: 5_000 });
  await dialog.waitFor({ state: 'hidden', timeout: 5_000 });
  return `${texts.titles.insufficientBalance} · ${ui[lng].product}: ${product}`;
}

/** Returns how many Spot-only texts the full app received (its catalog, since it registers Spot). */
async function fullAppChecks(browser, variant, url, markers) {
  const names = fullAppNames(variant);
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const problems = watch(page);
  const recorded = record(page);
  let spotSeen = 0;
  try {
    const ui = await uiStrings();
    await page.goto(`${url}/full.html`);
    await page.getByRole('heading', { name: 'Options desk' }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Place order' }).click();
    const toast = toasts(page).filter({ hasText: EN.codes['-1121'].title });
    const ok1 = await check(names[0], async () => {
      await toast.getByText('That contract does not exist.').waitFor({ timeout: 10_000 });
      await toast.getByRole('button', { name: 'Close notice' }).waitFor({ timeout: 2_000 });
      const resources = await page.evaluate(() => {
        const i18n = window.__app;
        return {
          app: i18n.getResource('en', 'app', 'title'),
          ui: i18n.getResource('en', 'exchangeErrorsUi', 'dismiss'),
          uiOther: i18n.getResource('en', 'exchangeErrorsUi', 'details'),
          message: i18n.getResource('en', 'binanceOptions', 'codes.-1121.messages.default'),
          title: i18n.getResource('en', 'binanceOptions', 'codes.-1121.title'),
        };
      });
      assert(resources.app === 'Options desk', `the app's own namespace changed: ${resources.app}`);
      assert(resources.ui === 'Close notice', `the app's UI override was replaced: ${resources.ui}`);
      assert(
        resources.message === 'That contract does not exist.',
        `the app's catalog override was replaced: ${resources.message}`,
      );
      assert(
        resources.title === EN.codes['-1121'].title,
        `the kit's catalog was not merged beside the override: ${resources.title}`,
      );
      assert(
        typeof resources.uiOther === 'string' && resources.uiOther !== '',
        "the kit's other UI texts were not added",
      );
      return 'overrides shown in the toast; catalog merged around them';
    });
    const ok2 = await check(names[1], async () => {
      await toast.waitFor({ timeout: 5_000 });
      const text = await toast.innerText();
      assert(text.includes('-1121'), `the toast does not show the code: ${text}`);
      const details = page.locator('section').filter({ hasText: EN.codes['-1102'].title });
      await details.waitFor({ timeout: 5_000 });
      const detailsText = await details.innerText();
      assert(detailsText.includes('quantity'), `ErrorDetails lost the value: ${detailsText}`);
      assert(detailsText.includes('-1102'), `ErrorDetails does not show the code: ${detailsText}`);
      const product = (await detailsRow(details, ui.en.product).innerText({ timeout: 5_000 })).trim();
      assert(
        product === ui.en.productOptions,
        `ErrorDetails' ${ui.en.product} row says "${product}", not "${ui.en.productOptions}"`,
      );
    });
    const ok3 = await check(names[2], async () => {
      await page.getByRole('button', { name: 'Buy spot' }).click();
      const note = await spotToastAndDetails(page, 'en', ui);
      await page.waitForLoadState('networkidle');
      const bodies = await recorded.settled();
      spotSeen = productBytes(bodies, markers.spot).length;
      // The same markers the toaster-only app must not receive are found here: the check there can fail.
      assert(
        spotSeen > 0,
        "no Spot-only text arrived though Spot's wording is shown: the markers cannot see a catalog in Vite's output",
      );
      // Spot's catalog and English texts, in English: no Chinese (its Chinese docs anchors come with the
      // zh texts). Spot's chunks hold many of its texts; the app's own code quotes one server message.
      const spotChunks = bodies.filter((b) => markers.spot.filter((t) => b.text.includes(t)).length >= 10);
      assert(
        spotChunks.length >= 2,
        `expected Spot's catalog and English texts among the responses, found ${spotChunks.length}`,
      );
      const chinese = spotChunks
        .filter((b) => (b.text.match(CJK)?.length ?? 0) > 0)
        .map((b) => `${new URL(b.url).pathname}: ${(b.text.match(CJK) ?? []).slice(0, 12).join('')}`);
      assert(chinese.length === 0, `Spot's chunks brought Chinese to an English page:\n${chinese.join('\n')}`);
      return `${note}; Spot-only texts in ${spotSeen} of the responses; Spot's ${spotChunks.length} chunks without a Chinese character`;
    });
    await check(names[3], async () => {
      assert(ok1 && ok2, 'the English checks failed first');
      await page.getByRole('button', { name: 'Chinese' }).click();
      await page.getByRole('heading', { name: '期权交易台' }).waitFor({ timeout: 5_000 });
      const zhToast = toasts(page).filter({ hasText: ZH.codes['-1121'].title });
      await zhToast.getByText(ZH.codes['-1121'].messages.default).waitFor({ timeout: 10_000 });
      await zhToast.getByRole('button', { name: ui.zh.dismiss, exact: true }).waitFor({ timeout: 2_000 });
      const details = page.locator('section').filter({ hasText: ZH.codes['-1102'].title });
      await details.waitFor({ timeout: 5_000 });
      assert((await details.innerText()).includes('quantity'), 'the Chinese ErrorDetails lost the value');
      const product = (await detailsRow(details, ui.zh.product).innerText({ timeout: 5_000 })).trim();
      assert(product === ui.zh.productOptions, `the Chinese ErrorDetails' ${ui.zh.product} row says "${product}"`);
    });
    await check(names[4], async () => {
      assert(ok3, 'the English Spot check failed first');
      // A second attempt in Chinese: a new toast, or the English one re-rendered and counted ×2.
      await page.getByRole('button', { name: '买入现货' }).click();
      return spotToastAndDetails(page, 'zh', ui);
    });
    await check(names[5], async () => {
      await page.waitForLoadState('networkidle');
      const bodies = await recorded.settled();
      const others = PRODUCTS.filter((p) => p.id !== 'options' && p.id !== 'spot');
      const leaks = others.flatMap((p) => productBytes(bodies, markers[p.id]).map((leak) => `${p.label}: ${leak}`));
      assert(
        leaks.length === 0,
        `catalogs of products the app does not register downloaded:\n${leaks.slice(0, 8).join('\n')}`,
      );
      return `${bodies.length} responses, both languages`;
    });
    await check(names[6], async () => {
      await page.waitForTimeout(200);
      assert(problems.length === 0, problems.join('\n'));
    });
  } catch (error) {
    notRun(
      names.filter((n) => !results.some((r) => r.name === n)),
      error instanceof Error ? error.message.split('\n')[0] : String(error),
    );
  } finally {
    await context.close();
  }
  return spotSeen;
}

const toasterAppNames = (variant) =>
  [
    'downloads no Chinese catalog',
    'downloads no ErrorDetails code until Details is opened',
    'downloads nothing of Spot, USDⓈ-M, COIN-M, Portfolio Margin or Bybit (installed beside it, not registered)',
    'no console error, no failed request',
  ].map((what) => `${variant}: toaster-only English app: ${what}`);

async function toasterAppChecks(browser, variant, url, markers, spotSeen) {
  const names = toasterAppNames(variant);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const problems = watch(page);
  const recorded = record(page);
  try {
    await page.goto(`${url}/toaster.html`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Place order' }).click();
    await toasts(page).filter({ hasText: EN.codes['-1121'].title }).waitFor({ timeout: 10_000 });
    await page.waitForLoadState('networkidle');
    const beforeDetails = [...(await recorded.settled())];
    await check(names[0], async () => {
      const leaks = beforeDetails.flatMap((b) =>
        ZH_CATALOG_TEXTS.filter((t) => b.text.includes(t)).map((t) => `${new URL(b.url).pathname}: "${t}"`),
      );
      assert(leaks.length === 0, `Chinese catalog text downloaded:\n${leaks.slice(0, 5).join('\n')}`);
      const requested = beforeDetails.map((b) => new URL(b.url).pathname);
      assert(!requested.some((p) => /\/zh[-.]/.test(p)), `a zh chunk was requested: ${requested.join(', ')}`);
      // Not the issue's "no Chinese bytes" yet: the kit's eager code still carries its zh UI strings.
      const cjk = beforeDetails.reduce((n, b) => n + (b.text.match(CJK)?.length ?? 0), 0);
      return `${cjk} Chinese characters still arrive inside the kit's eager code (its zh UI strings and section names)`;
    });
    await check(names[1], async () => {
      const early = beforeDetails.filter(
        (b) => new URL(b.url).pathname.endsWith('.js') && b.text.includes(DETAILS_MARKER),
      );
      assert(
        early.length === 0,
        `ErrorDetails code arrived before Details was opened: ${early.map((b) => b.url).join(', ')}`,
      );
      await page.getByRole('button', { name: 'Details' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('heading', { name: EN.codes['-1121'].title }).waitFor({ timeout: 10_000 });
      await page.waitForLoadState('networkidle');
      const late = (await recorded.settled())
        .slice(beforeDetails.length)
        .filter((b) => b.text.includes(DETAILS_MARKER));
      assert(
        late.length > 0,
        'the dialog opened but no ErrorDetails chunk was fetched for it (is it in the main chunk under another name?)',
      );
      return `${late.map((b) => new URL(b.url).pathname.split('/').pop()).join(', ')} fetched on Details`;
    });
    await check(names[2], async () => {
      // Everything the page got, the Details dialog's chunks included.
      await page.waitForLoadState('networkidle');
      const bodies = await recorded.settled();
      const others = PRODUCTS.filter((p) => p.id !== 'options');
      for (const p of others)
        assert(
          markers[p.id].length >= 20,
          `only ${markers[p.id].length} texts are ${p.label}'s alone: too few to tell its catalog`,
        );
      const leaks = others.flatMap((p) => productBytes(bodies, markers[p.id]).map((leak) => `${p.label}: ${leak}`));
      assert(leaks.length === 0, `other products' catalogs downloaded:\n${leaks.slice(0, 8).join('\n')}`);
      return `${bodies.length} responses searched for ${others.map((p) => `${markers[p.id].length} ${p.label}`).join(', ')} product-only texts; the full app's responses had Spot's in ${spotSeen}`;
    });
    await check(names[3], async () => {
      assert(problems.length === 0, problems.join('\n'));
    });
  } catch (error) {
    notRun(
      names.filter((n) => !results.some((r) => r.name === n)),
      error instanceof Error ? error.message.split('\n')[0] : String(error),
    );
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The run.

async function main() {
  const only = process.argv.includes('--variant') ? process.argv[process.argv.indexOf('--variant') + 1] : null;
  // `--frameworks`: the framework apps alone; `--no-frameworks`: everything else.
  const frameworksOnly = process.argv.includes('--frameworks');
  const withFrameworks = !process.argv.includes('--no-frameworks');
  const variants = frameworksOnly ? [] : Object.keys(VARIANTS).filter((v) => !only || v === only);
  const started = Date.now();
  mkdirSync(work, { recursive: true });
  console.log(`Packing with pnpm and auditing the tarballs (apps in ${work})…`);
  await check('isolation: no node_modules above the apps, so they see only what they installed', () => {
    const above = [];
    for (let dir = dirname(work); ; dir = dirname(dir)) {
      if (existsSync(join(dir, 'node_modules'))) above.push(join(dir, 'node_modules'));
      if (dir === parse(dir).root) break;
    }
    assert(above.length === 0, `found ${above.join(', ')}; set CONSUMER_WORK_DIR to a folder outside any project`);
  });

  let packed = [];
  const packedOk = await check(
    `pack: every package (the engine, the shared order rules, ${PRODUCTS.length} products, the React kit) packs with pnpm and its tarball passes the audit`,
    () => {
      packed = packAll(join(work, 'tarballs'));
      const missing = KIT.filter((name) => !packed.some((p) => p.name === name));
      assert(
        missing.length === 0,
        `not packed: ${missing.join(', ')} (packed: ${packed.map((p) => p.name).join(', ')})`,
      );
      const problems = packed.flatMap((p) => p.problems.map((problem) => `${p.name}: ${problem}`));
      assert(problems.length === 0, problems.join('\n'));
      return packed.map((p) => `${p.name} ${p.files} files, ${(p.size / 1024).toFixed(1)} KiB`).join('; ');
    },
  );
  await check('pack: the audit rejects a workspace: range, a test, a story helper and a map without its source', () => {
    const bad = new Map([
      [
        'package.json',
        Buffer.from(
          JSON.stringify({ name: 'x', exports: { '.': './dist/index.js' }, dependencies: { y: 'workspace:*' } }),
        ),
      ],
      ['README.md', Buffer.from('')],
      ['LICENSE', Buffer.from('')],
      ['CHANGELOG.md', Buffer.from('')],
      ['dist/index.js', Buffer.from('export {};\n//# sourceMappingURL=index.js.map')],
      ['dist/index.js.map', Buffer.from(JSON.stringify({ version: 3, sources: ['../src/index.ts'], mappings: '' }))],
      ['dist/index.test.js', Buffer.from('')],
      ['dist/stories-support/locale.js', Buffer.from('')],
    ]);
    const problems = auditTarball(bad);
    for (const expected of ['workspace:*', 'index.test.js', 'stories-support', 'src/index.ts']) {
      assert(
        problems.some((p) => p.includes(expected)),
        `the audit missed ${expected}: ${problems.join('; ')}`,
      );
    }
  });

  const tarballs = Object.fromEntries(packed.map((p) => [p.name, `file:${p.tarball}`]));
  const apps = Object.fromEntries(variants.map((v) => [v, writeApp(v, tarballs, VARIANTS[v])]));
  const service = writeNodeService(tarballs);
  const frameworks = withFrameworks ? writeFrameworks(work, pick(tarballs, FRAMEWORK_PACKAGES)) : null;

  console.log(
    `Installing the tarballs with npm into ${variants.length + (frameworksOnly ? 0 : 1) + (frameworks ? 1 : 0)} folders outside the workspace…`,
  );
  // All at once: npm's cache is shared, and the framework apps' install (the largest) overlaps the others.
  const frameworksInstall = packedOk && frameworks ? npmInstall(frameworks) : Promise.resolve(null);
  const installs = packedOk
    ? await Promise.all([...variants.map((v) => npmInstall(apps[v])), frameworksOnly ? null : npmInstall(service)])
    : [];
  const installed = {};
  for (const [i, v] of variants.entries()) {
    const name = `${v}: npm installs the packed tarballs (no workspace links) with ${Object.entries(VARIANTS[v])
      .slice(0, 4)
      .map(([n, ver]) => `${n} ${ver}`)
      .join(', ')}`;
    if (!packedOk) {
      notRun([name], 'packing failed');
      continue;
    }
    installed[v] = await check(name, () => {
      const r = installs[i];
      assert(r.code === 0, `npm install exited ${r.code}:\n${tail(r.stderr || r.stdout)}`);
      assertInstalledFromTarballs(apps[v], APP_PACKAGES, VARIANTS[v]);
    });
  }

  if (variants.length > 0) console.log('Type-checking and building the apps with Vite…');
  await Promise.all(
    variants.map(async (v) => {
      const names = [
        `${v}: the app type-checks against the published types (skipLibCheck: false)`,
        `${v}: Vite builds the full app and the toaster-only app`,
        `${v}: Node formats a log line with the packed catalog package`,
        `${v}: Node renders ErrorDetails to a string (SSR) in Chinese and English`,
      ];
      if (!installed[v]) return notRun(names, 'install failed');
      const tsc = exec('node', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { cwd: apps[v] });
      const builds = (async () => [
        await exec('node', ['node_modules/vite/bin/vite.js', 'build'], {
          cwd: apps[v],
          env: { ...appEnv, APP: 'full' },
        }),
        await exec('node', ['node_modules/vite/bin/vite.js', 'build'], {
          cwd: apps[v],
          env: { ...appEnv, APP: 'toaster' },
        }),
      ])();
      const log = exec('node', ['node/log.mjs'], { cwd: apps[v] });
      const ssrZh = exec('node', ['node/ssr.mjs', 'zh'], { cwd: apps[v] });
      const ssrEn = exec('node', ['node/ssr.mjs', 'en'], { cwd: apps[v] });
      await check(names[0], async () => {
        const r = await tsc;
        assert(r.code === 0, `tsc:\n${tail(r.stdout + r.stderr, 25)}`);
      });
      installed[v] = await check(names[1], async () => {
        for (const r of await builds)
          assert(r.code === 0, `vite build exited ${r.code}:\n${tail(r.stdout + r.stderr)}`);
        for (const app of ['full', 'toaster'])
          assert(existsSync(join(apps[v], 'dist', app, `${app}.html`)), `dist/${app}/${app}.html is missing`);
      });
      await check(names[2], async () => {
        const r = await log;
        assert(r.code === 0, `node/log.mjs exited ${r.code}:\n${tail(r.stderr)}`);
        const expected = [
          `[en] POST /eapi/v1/order failed: -1102 MANDATORY_PARAM_EMPTY_OR_MALFORMED (validation, retryable: false): ${EN.codes['-1102'].title}: ${EN.codes['-1102'].messages.param.replace('{{param}}', 'quantity')}`,
          `[zh-CN] POST /eapi/v1/order failed: -1102 MANDATORY_PARAM_EMPTY_OR_MALFORMED (validation, retryable: false): ${ZH.codes['-1102'].title}: ${ZH.codes['-1102'].messages.param.replace('{{param}}', 'quantity')}`,
        ];
        const lines = r.stdout.trim().split('\n');
        assert(
          JSON.stringify(lines) === JSON.stringify(expected),
          `got:\n${lines.join('\n')}\nexpected:\n${expected.join('\n')}`,
        );
        return lines[1];
      });
      await check(names[3], async () => {
        for (const [r, lng] of [
          [await ssrZh, 'zh'],
          [await ssrEn, 'en'],
        ]) {
          assert(r.code === 0, `node/ssr.mjs ${lng} exited ${r.code}:\n${tail(r.stderr)}`);
          const texts = lng === 'zh' ? ZH : EN;
          assert(r.stdout.startsWith('<section'), `not ErrorDetails' markup: ${r.stdout.slice(0, 120)}`);
          for (const part of [texts.codes['-1102'].title, texts.codes['-1102'].hint, 'quantity', '-1102']) {
            assert(r.stdout.includes(part.replace(/&/g, '&amp;')), `${lng}: the HTML lacks "${part}"`);
          }
        }
        return 'zh and en';
      });
    }),
  );

  if (variants.length > 0) console.log('Checking the built apps in Chromium…');
  const browserVariants = variants.filter((v) => installed[v]);
  const skipped = variants.filter((v) => !installed[v]);
  for (const v of skipped) {
    notRun([...fullAppNames(v), ...toasterAppNames(v)], 'install or build failed');
  }
  if (browserVariants.length > 0) {
    const markers = productMarkers();
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
    try {
      for (const v of browserVariants) {
        const full = await serveStatic(join(apps[v], 'dist', 'full'));
        const toaster = await serveStatic(join(apps[v], 'dist', 'toaster'));
        try {
          const spotSeen = await fullAppChecks(browser, v, full.url, markers);
          await toasterAppChecks(browser, v, toaster.url, markers, spotSeen);
        } finally {
          await full.close();
          await toaster.close();
        }
      }
    } finally {
      await browser.close();
    }
  }

  if (!frameworksOnly) console.log('A Node service with the engine, Options, Spot and USDⓈ-M (no React, no i18next)…');
  const serviceNames = [
    'node service: installs the engine, Options, Spot and USDⓈ-M tarballs alone; not i18next, React, COIN-M or PM',
    'node service: type-checks with skipLibCheck: false and exactOptionalPropertyTypes, without i18next',
    'node service: the compiled script formats a log line',
    'node service: format reads one -2022 body as Spot (by the cancel-replace URL and by product) and as USDⓈ-M (by /fapi/), each in its own catalog’s words, in en and zh',
    'node service: format with no URL or product leaves -2022 undecided: product null, productCandidates Spot and USDⓈ-M, the generic texts',
  ];
  if (frameworksOnly) {
    // Not part of this run.
  } else if (!packedOk) notRun(serviceNames, 'packing failed');
  else {
    const r = installs[variants.length];
    const ok = await check(serviceNames[0], () => {
      assert(r.code === 0, `npm install exited ${r.code}:\n${tail(r.stderr || r.stdout)}`);
      assertInstalledFromTarballs(service, SERVICE_PACKAGES, null);
      for (const name of [
        'i18next',
        'react',
        '@exchange-errors/react',
        '@exchange-errors/binance-coinm',
        '@exchange-errors/binance-pm',
      ]) {
        assert(
          !existsSync(join(service, 'node_modules', name)),
          `${name} got installed, though the service does not ask for it${name === 'i18next' ? ' (it is an optional peer)' : ''}`,
        );
      }
    });
    const tsc = ok
      ? await exec('node', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { cwd: service })
      : null;
    const compiled = await check(serviceNames[1], () => {
      assert(tsc, 'install failed');
      assert(tsc.code === 0, `tsc:\n${tail(tsc.stdout + tsc.stderr, 25)}`);
    });
    await check(serviceNames[2], async () => {
      assert(compiled, 'it did not compile');
      const out = await exec('node', ['dist/log.js', '{"code":-1121,"msg":"Invalid symbol."}'], { cwd: service });
      assert(out.code === 0, `exited ${out.code}: ${tail(out.stderr)}`);
      assert(
        out.stdout.trim() === '-1121 BAD_SYMBOL (known, validation, retryable: false): Invalid symbol.',
        `got: ${out.stdout.trim()}`,
      );
      return out.stdout.trim();
    });
    // Spot's answer to a failed cancel-replace; USDⓈ-M uses -2022 for a rejected reduce-only order.
    const body = { code: -2022, msg: 'Order cancel-replace failed.' };
    const among = compiled ? await exec('node', ['dist/among.js', JSON.stringify(body)], { cwd: service }) : null;
    const readings = () => {
      assert(among, 'it did not compile');
      assert(among.code === 0, `dist/among.js exited ${among.code}: ${tail(among.stderr)}`);
      return JSON.parse(among.stdout);
    };
    await check(serviceNames[3], async () => {
      const got = readings();
      const names = await codeNames(-2022);
      const expected = [];
      for (const [lng, key] of [
        ['en', 'en'],
        ['zh-CN', 'zh'],
      ]) {
        const spot = SPOT[key].codes['-2022'];
        const usdm = USDM[key].codes['-2022'];
        const spotReading = {
          product: 'spot',
          productCandidates: [],
          name: names.spot,
          title: spot.title,
          message: spot.messages.default,
          hintText: spot.hint,
        };
        expected.push({ hint: 'spot url', lng, ...spotReading }, { hint: 'spot product', lng, ...spotReading });
        // The message is USDⓈ-M's for an unrecognized server text: Spot's wording is none of its own.
        const usdmMessage = interpolate(USDM[key].fallback.code.message, { code: body.code, serverMessage: body.msg });
        expected.push({
          hint: 'usdm url',
          lng,
          product: 'usdm',
          productCandidates: [],
          name: names.usdm,
          title: usdm.title,
          message: usdmMessage,
          hintText: usdm.hint,
        });
        assert(
          spot.title !== usdm.title && spot.hint !== usdm.hint,
          `${key}: the catalogs give -2022 the same title or hint, so this check proves nothing`,
        );
      }
      for (const want of expected) {
        const reading = got.find((r) => r.hint === want.hint && r.lng === want.lng);
        assert(
          JSON.stringify(reading) === JSON.stringify(want),
          `${want.hint}, ${want.lng}:\n  got      ${JSON.stringify(reading)}\n  expected ${JSON.stringify(want)}`,
        );
      }
      const zh = got.filter((r) => r.lng === 'zh-CN');
      return `zh: ${zh.find((r) => r.hint === 'spot url').title} / ${zh.find((r) => r.hint === 'usdm url').title}`;
    });
    await check(serviceNames[4], () => {
      const got = readings();
      for (const [lng, key] of [
        ['en', 'en'],
        ['zh-CN', 'zh'],
      ]) {
        // Undecided: the generic texts, from the first product's namespace (Spot's here).
        const generic = SPOT[key].fallback.code;
        const want = {
          hint: 'none',
          lng,
          product: null,
          productCandidates: ['spot', 'usdm'],
          name: null,
          title: generic.title,
          message: interpolate(generic.message, { code: body.code, serverMessage: body.msg }),
          hintText: generic.hint,
        };
        const reading = got.find((r) => r.hint === 'none' && r.lng === lng);
        assert(
          JSON.stringify(reading) === JSON.stringify(want),
          `${lng}:\n  got      ${JSON.stringify(reading)}\n  expected ${JSON.stringify(want)}`,
        );
      }
      return 'productCandidates spot, usdm';
    });
  }

  if (frameworks) {
    console.log(
      'The framework apps: Next.js App Router, Next.js Pages Router, React Router 7 (one install, built and served on loopback)…',
    );
    const frameworksStarted = Date.now();
    const timings = await frameworkChecks(frameworks, await frameworksInstall);
    for (const { app, buildMs, checkMs } of timings)
      console.log(
        `  ${app}: build ${(buildMs / 1000).toFixed(1)} s, server and browser checks ${(checkMs / 1000).toFixed(1)} s`,
      );
    console.log(`  the framework apps after their install: ${((Date.now() - frameworksStarted) / 1000).toFixed(0)} s`);
  }

  const passed = results.filter((r) => r.status === 'passed').length;
  const failed = results.length - passed;
  mkdirSync(dirname(reportFile), { recursive: true });
  writeFileSync(
    reportFile,
    `${JSON.stringify(
      {
        numTotalTests: results.length,
        numPassedTests: passed,
        numFailedTests: failed,
        success: failed === 0,
        startTime: started,
        testResults: results,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`consumer: ${passed} passed, ${failed} failed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.exitCode = failed > 0 ? 1 : 0;
}

await main();
